/** The container HEALTHCHECK script: the URL it probes and its exit codes. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/bench/redis-server.js';
import { healthUrl, probe } from '../../src/ops/healthcheck.js';

describe('healthcheck', () => {
  it('probes OPS_PORT, else PORT, else 3000', () => {
    expect(healthUrl({ OPS_PORT: '9100', PORT: '3000' })).toBe('http://127.0.0.1:9100/healthz');
    expect(healthUrl({ PORT: '8080' })).toBe('http://127.0.0.1:8080/healthz');
    expect(healthUrl({})).toBe('http://127.0.0.1:3000/healthz');
  });

  it('exits 0 on 200, 1 on anything else or nothing listening', async () => {
    let status = 200;
    const server = createServer((_req, res) => res.writeHead(status).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`;
    try {
      expect(await probe(url)).toBe(0);
      status = 503;
      expect(await probe(url)).toBe(1);
    } finally {
      await new Promise((r) => server.close(r));
    }
    expect(await probe(`http://127.0.0.1:${await freePort()}/healthz`, 500)).toBe(1);
  });
});
