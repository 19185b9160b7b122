// Local HTTP servers for the fetch and watch tests: a handler per path, every request counted.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface TestServer {
  /** http://host:port */
  base: string;
  port: number;
  /** Requests by path, and the last request's headers by path. */
  hits: Map<string, number>;
  headers: Map<string, http.IncomingHttpHeaders>;
  route(path: string, h: Handler): void;
  close(): Promise<void>;
}

export async function startServer(host = '127.0.0.1'): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const hits = new Map<string, number>();
  const headers = new Map<string, http.IncomingHttpHeaders>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    headers.set(path, req.headers);
    const h = routes.get(path);
    if (h) h(req, res);
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://${host}:${port}`,
    port,
    hits,
    headers,
    route: (p, h) => void routes.set(p, h),
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
