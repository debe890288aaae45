/**
 * A listener of its own for the operations routes, for when no channel listens on the port
 * (long polling, Socket Mode, the terminal) or when OPS_PORT keeps them off the public port.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { opsRequestHandler, type OpsRoute } from './ops-routes.js';

/** A running ops listener. */
export interface OpsServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Options of {@link startOpsServer}. */
export interface OpsServerOptions {
  port: number;
  /** Default all interfaces (a container's probes come from outside it). */
  host?: string;
  routes: readonly OpsRoute[];
}

/** Starts listening; resolves once the port is bound, rejects when it cannot be (port in use). */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const handle = opsRequestHandler(options.routes);
  const server = createServer((req, res) => {
    if (handle(req, res)) return;
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}\n');
  });
  // Probes are short: do not let an idle keep-alive socket hold a stopping process open.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    const refused = (error: Error) => reject(new Error(`cannot serve /healthz, /readyz and /metrics on port ${options.port}: ${error.message}`));
    server.once('error', refused);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', refused);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
