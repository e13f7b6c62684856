import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CustomerSite {
  origin: string;
  /** Sets the page served at every path. */
  setPage(html: string): void;
  close(): Promise<void>;
}

/**
 * A third-party site on its own loopback origin that embeds the widget. A real server rather than
 * a browser route: Chromium only lets loopback pages load loopback scripts.
 */
export async function startCustomerSite(): Promise<CustomerSite> {
  let page = '<!doctype html><title>empty</title>';
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    setPage: (html) => {
      page = html;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
