/**
 * docker-compose.yml, read as Compose reads it: the bot and Redis, Redis with append-only
 * persistence on a named volume and a health check, the bot waiting for Redis to be healthy.
 * Redis's own command line is then run here (a real redis-server on a free port and a scratch
 * folder) to show the flags it is given start a Redis with AOF on.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@redis/client';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freePort } from '../../src/bench/redis-server.js';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  init?: boolean;
  volumes?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const { bot, redis } = compose.services as { bot: Service; redis: Service };
// The image's redis-server is stood in for by the one on PATH (CI installs it).
const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0 || process.env.CI === 'true';

describe('docker-compose.yml', () => {
  it('runs the bot built from the Dockerfile, with an init, against the redis service', () => {
    expect(bot.build).toBe('.');
    expect(bot.init).toBe(true);
    expect(bot.environment?.['REDIS_URL']).toBe('redis://redis:6379');
    expect(bot.ports).toContain(`${bot.environment?.['PORT']}:3000`);
  });

  it('starts the bot only once Redis is healthy', () => {
    expect(bot.depends_on).toEqual({ redis: { condition: 'service_healthy' } });
    expect(redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
  });

  it('keeps Redis append-only on a named volume at /data', () => {
    expect(redis.command?.join(' ')).toMatch(/--appendonly yes/);
    const [volume, path] = (redis.volumes?.[0] ?? '').split(':');
    expect(path).toBe('/data');
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it.skipIf(!hasRedisServer)('redis-server started with those flags has append-only persistence on', async () => {
    const [program, ...flags] = redis.command!;
    const dir = mkdtempSync(join(tmpdir(), 'dsh-aof-'));
    const port = await freePort();
    const server = spawn(program!, [...flags, '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''], { stdio: 'ignore' });
    const client = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: (n) => (n > 40 ? new Error('no redis') : 50) } });
    client.on('error', () => undefined);
    try {
      await client.connect();
      expect(await client.ping()).toBe('PONG');
      expect(await client.configGet('appendonly')).toEqual({ appendonly: 'yes' });
    } finally {
      if (client.isOpen) await client.close();
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
