import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export interface ReceivedActivity {
  conversationId: string;
  replyToId: string | null;
  authorization: string | undefined;
  activity: Record<string, unknown> & { type: string; text?: string };
}

/** The issuer Azure's Bot Connector puts on tokens it sends to bots. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

/**
 * A local stand-in for the Bot Framework service: the connector REST API the bot replies to
 * (`POST /v3/conversations/:id/activities[/:replyToId]`), and the OpenID metadata + signing keys
 * that bots use to validate the tokens the service sends them.
 */
export class FakeConnector {
  readonly received: ReceivedActivity[] = [];
  private server: Server | null = null;
  private privateKey: CryptoKey | null = null;
  private jwk: JWK | null = null;
  private waiters: Array<{ count: number; resolve: () => void }> = [];
  url = '';

  async start(): Promise<this> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.privateKey = privateKey;
    this.jwk = { ...(await exportJWK(publicKey)), kid: 'kysy-test-key', use: 'sig', alg: 'RS256' };
    this.server = createServer((req, res) => void this.route(req).then(([status, body]) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    }));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  get openIdMetadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  /** A channel token as the Bot Connector would send it, signed with this fake's published key. */
  async channelToken(claims: { appId: string; serviceUrl: string; issuer?: string }): Promise<string> {
    return new SignJWT({ serviceurl: claims.serviceUrl })
      .setProtectedHeader({ alg: 'RS256', kid: 'kysy-test-key', typ: 'JWT' })
      .setIssuer(claims.issuer ?? CHANNEL_ISSUER)
      .setAudience(claims.appId)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(this.privateKey!);
  }

  /** Resolves once at least `count` message activities (not typing) have arrived. */
  messages(count: number, timeoutMs = 5000): Promise<ReceivedActivity[]> {
    const done = () => this.received.filter((r) => r.activity.type === 'message');
    if (done().length >= count) return Promise.resolve(done());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} messages, got ${done().length}`)), timeoutMs);
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(done())) });
    });
  }

  private async route(req: IncomingMessage): Promise<[number, unknown]> {
    const url = new URL(req.url ?? '/', this.url);
    if (req.method === 'GET' && url.pathname === '/v1/.well-known/openidconfiguration') {
      return [200, { issuer: CHANNEL_ISSUER, jwks_uri: `${this.url}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }];
    }
    if (req.method === 'GET' && url.pathname === '/v1/.well-known/keys') {
      // Like Azure's, the key is endorsed for the channels it may sign activities of.
      return [200, { keys: [{ ...this.jwk, endorsements: ['webchat', 'msteams', 'emulator', 'directline', 'test'] }] }];
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url.pathname);
    if (req.method === 'POST' && match) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (typeof activity?.type !== 'string') return [400, { error: { code: 'BadArgument', message: 'activity.type is required' } }];
      this.received.push({
        conversationId: decodeURIComponent(match[1]!),
        replyToId: match[2] ? decodeURIComponent(match[2]) : null,
        authorization: req.headers.authorization,
        activity,
      });
      const count = this.received.filter((r) => r.activity.type === 'message').length;
      this.waiters = this.waiters.filter((w) => (w.count <= count ? (w.resolve(), false) : true));
      return [200, { id: `reply-${this.received.length}` }];
    }
    return [404, { error: { code: 'NotFound', message: `${req.method} ${url.pathname}` } }];
  }
}
