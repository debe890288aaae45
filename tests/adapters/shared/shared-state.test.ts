import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { FallbackSharedState, MemorySharedState, RedisSharedState, createSharedState, type SharedState } from '../../../src/adapters/shared/index.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { describeRedis, redisUrl } from '../../support/redis.js';
import { pino } from 'pino';

const opened: SharedState[] = [];
afterEach(async () => { await Promise.all(opened.splice(0).map((s) => s.close())); });
const keep = <T extends SharedState>(s: T): T => { opened.push(s); return s; };

/** What every backend keeps: records with expiry, consume once, dedupe, a token bucket. */
async function contract(make: () => SharedState): Promise<void> {
  const a = keep(make());
  const b = keep(make());
  await a.set('r', 'one', 60_000);
  expect(await b.get('r')).toBe('one');
  expect(await b.consume('r')).toBe('one');
  expect(await a.consume('r')).toBeUndefined();
  await a.set('short', 'x', 30);
  await new Promise((r) => setTimeout(r, 80));
  expect(await b.get('short')).toBeUndefined();
  expect(await a.firstTime('u1', 60_000)).toBe(true);
  expect(await b.firstTime('u1', 60_000)).toBe(false);
  const rule = { capacity: 3, windowMs: 60_000 };
  const verdicts = [];
  for (const s of [a, b, a, b, a, b]) verdicts.push(await s.takeToken('flood', rule));
  expect(verdicts).toEqual(['allow', 'allow', 'allow', 'warn', 'drop', 'drop']);
}

describe('shared adapter state in memory', () => {
  it('keeps records, consumes once, dedupes and limits (one process)', async () => {
    const one = new MemorySharedState();
    await contract(() => one);
  });
});

describeRedis('shared adapter state in Redis', () => {
  it('two replicas agree on records, dedupe and one flood bucket', async () => {
    const prefix = `test:${randomUUID()}:`;
    await contract(() => new RedisSharedState({ url: redisUrl(), prefix, seenPrefix: `${prefix}seen:` }));
  });

  it('refills the bucket on the Redis clock: calm again after half the window', async () => {
    const prefix = `test:${randomUUID()}:`;
    const s = keep(new RedisSharedState({ url: redisUrl(), prefix, seenPrefix: `${prefix}seen:` }));
    const rule = { capacity: 2, windowMs: 200 };
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await s.takeToken('u', rule));
    expect(verdicts).toEqual(['allow', 'allow', 'warn', 'drop']);
    await new Promise((r) => setTimeout(r, 150));
    expect(await s.takeToken('u', rule)).toBe('allow');
  });
});

describe('shared adapter state when Redis is unreachable', () => {
  it('never throws: decides in this process, and says so once, not per call', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const s = keep(new FallbackSharedState(new RedisSharedState({ url: 'redis://127.0.0.1:1', timeoutMs: 200 }), logger));
    const started = Date.now();
    expect(await s.firstTime('e1', 60_000)).toBe(true);
    expect(await s.firstTime('e1', 60_000)).toBe(false);
    expect(await s.takeToken('u', { capacity: 1, windowMs: 60_000 })).toBe('allow');
    await s.set('r', 'mine', 60_000);
    expect(await s.get('r')).toBe('mine');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(lines.filter((l) => l.includes('unavailable'))).toHaveLength(1);
  });

  it('createSharedState without a URL is memory', () => {
    expect(keep(createSharedState(undefined, silentLogger())).kind).toBe('memory');
  });
});
