import { createServer, IncomingMessage, type Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  /**
   * Stops accepting connections and waits for requests in flight; connections still open after
   * `graceMs` (long-lived event streams) are cut.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * A constructor of Node's `base` objects born with `proto` (Express's request or response, made for
 * `app`) as their prototype. Express gives each request and response its prototype on arrival
 * (Object.setPrototypeOf), and an object whose prototype is swapped after it was built is slow to
 * use for the rest of its life in V8 (property loads go megamorphic). Born with it, Express's swap
 * changes nothing: the widget's requests cost the server a quarter less CPU (bench/http/ab.ts).
 */
function bornWith<T extends typeof IncomingMessage | typeof ServerResponse>(base: T, proto: object): T {
  // Node's constructors are plain functions: one called on a new object builds it in place.
  const build = base as unknown as (this: object, ...args: unknown[]) => void;
  function Born(this: object, ...args: unknown[]) {
    build.apply(this, args);
  }
  Born.prototype = proto;
  return Born as unknown as T;
}

export function listen(app: Express, port: number, host: string): Promise<RunningServer> {
  const server = createServer(
    {
      IncomingMessage: bornWith(IncomingMessage, app.request),
      ServerResponse: bornWith(ServerResponse, app.response),
    },
    app,
  );
  // Keep-alive longer than typical load balancer idle timeouts, so they close first.
  server.keepAliveTimeout = 65_000;
  // Once closing, a connection goes as soon as its request in flight is answered: kept alive, it
  // would hold the close until the grace period cuts it.
  let closing = false;
  server.on('request', (_req, res) => {
    res.on('finish', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const bound = (server.address() as AddressInfo).port;
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({
        server,
        port: bound,
        url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${bound}`,
        close: (graceMs = 5_000) =>
          new Promise<void>((done, fail) => {
            closing = true;
            const cut = setTimeout(() => server.closeAllConnections(), graceMs);
            cut.unref();
            server.close((error) => {
              clearTimeout(cut);
              if (error) fail(error);
              else done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
