/**
 * The operations routes: `GET /healthz` (the process is alive), `GET /readyz` (it can serve:
 * 200, or 503 with the reasons in JSON) and `GET /metrics` (Prometheus text). Plain node:http
 * handlers, so they mount on any listener: their own ({@link startOpsServer}), Bolt's HTTP
 * receiver (`customRoutes`) or the Telegram webhook listener.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from './metrics.js';
import type { ReadinessReport } from './readiness.js';

/** A GET route on a node:http listener (structurally Bolt's `CustomRoute`). */
export interface OpsRoute {
  path: string;
  method: 'GET';
  handler(req: IncomingMessage, res: ServerResponse): void;
}

/** What the routes answer from. */
export interface OpsRoutesOptions {
  metrics: Metrics;
  /** `/readyz`: the current readiness. */
  readiness(): Promise<ReadinessReport>;
}

/** The paths served, in the order a reader expects. */
export const OPS_PATHS = ['/healthz', '/readyz', '/metrics'] as const;

const startedAt = Date.now();

/** The three routes. */
export function opsRoutes(options: OpsRoutesOptions): OpsRoute[] {
  const guard = (work: (res: ServerResponse) => Promise<void> | void) => (_req: IncomingMessage, res: ServerResponse) => {
    Promise.resolve()
      .then(() => work(res))
      .catch((error: unknown) => {
        options.metrics.error('ops route failed');
        json(res, 500, { error: error instanceof Error ? error.message : String(error) });
      });
  };
  return [
    { path: '/healthz', method: 'GET', handler: guard((res) => json(res, 200, { status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) })) },
    {
      path: '/readyz', method: 'GET', handler: guard(async (res) => {
        const report = await options.readiness();
        json(res, report.ready ? 200 : 503, report);
      }),
    },
    {
      path: '/metrics', method: 'GET', handler: guard(async (res) => {
        const body = await options.metrics.text();
        res.writeHead(200, { 'content-type': options.metrics.contentType, 'cache-control': 'no-store' });
        res.end(body);
      }),
    },
  ];
}

/** The routes as one handler: answers and returns true for an ops path, false otherwise. */
export function opsRequestHandler(routes: readonly OpsRoute[]): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((r) => r.path === path);
    if (!route) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET' }).end();
      return true;
    }
    route.handler(req, res);
    return true;
  };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(`${JSON.stringify(value)}\n`);
}
