/**
 * The operations routes over real HTTP on their own listener: /healthz, /readyz (200, or 503
 * with the reasons), /metrics in Prometheus text; other paths 404, other methods 405; a port
 * in use is a clear error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/ops/metrics.js';
import { opsRoutes } from '../../src/ops/ops-routes.js';
import { startOpsServer, type OpsServer } from '../../src/ops/ops-server.js';
import { checkReadiness, type ReadinessCheck } from '../../src/ops/readiness.js';

const servers: OpsServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function serve(checks: ReadinessCheck[]) {
  const metrics = createMetrics({ processMetrics: false });
  const server = await startOpsServer({ port: 0, host: '127.0.0.1', routes: opsRoutes({ metrics, readiness: () => checkReadiness(checks, 200) }) });
  servers.push(server);
  return { metrics, base: `http://127.0.0.1:${server.port}` };
}

describe('ops server', () => {
  it('answers /healthz, /readyz and /metrics', async () => {
    const { metrics, base } = await serve([{ name: 'store', check: () => undefined }]);
    metrics.turn('cli', 0.001, 'answered');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, reasons: [], checks: { store: { ok: true } } });
    const scrape = await fetch(`${base}/metrics?x=1`);
    expect(scrape.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await scrape.text()).toContain('dsh_turns_total{channel="cli",result="answered"} 1');
  });

  it('answers 503 with every reason when a part is not ready, a hanging one included', async () => {
    const { base } = await serve([
      { name: 'store', check: async () => { throw new Error('ping failed: ECONNREFUSED'); } },
      { name: 'telegram', check: () => 'long polling stopped' },
      { name: 'slack', check: () => new Promise(() => undefined) },
      { name: 'fine', check: async () => undefined },
    ]);
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    const body = await res.json() as { ready: boolean; reasons: string[]; checks: Record<string, { ok: boolean }> };
    expect(body.ready).toBe(false);
    expect(body.reasons).toEqual(['store: ping failed: ECONNREFUSED', 'telegram: long polling stopped', 'slack: no answer within 200 ms']);
    expect(body.checks['fine']!.ok).toBe(true);
  });

  it('refuses other paths and methods', async () => {
    const { base } = await serve([]);
    expect((await fetch(`${base}/slack/events`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${base}/healthz`, { method: 'HEAD' })).status).toBe(200);
  });

  it('says which port it could not take', async () => {
    const { base } = await serve([]);
    const port = Number(new URL(base).port);
    await expect(startOpsServer({ port, host: '127.0.0.1', routes: [] })).rejects.toThrow(`cannot serve /healthz, /readyz and /metrics on port ${port}`);
  });
});
