import { createServer, type Server } from 'node:http';
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

export function listen(app: Express, port: number, host: string): Promise<RunningServer> {
  const server = createServer(app);
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
