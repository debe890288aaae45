import { describe, expect, it } from 'vitest';
import { FloodLimiter } from '../../../src/adapters/telegram/flood-limit.js';
import type { SharedState } from '../../../src/adapters/shared/index.js';

const takeMany = async (limiter: FloodLimiter, user: string, n: number) => {
  const verdicts: string[] = [];
  for (let i = 0; i < n; i++) verdicts.push(await limiter.take(user));
  return verdicts;
};

describe('per-user flood limit', () => {
  it('allows a burst of 20, warns once, then stays silent until the user calms down', async () => {
    let now = 0;
    const limiter = new FloodLimiter({ capacity: 20, now: () => now });
    const verdicts = await takeMany(limiter, 'u1', 25);
    expect(verdicts.filter((v) => v === 'allow')).toHaveLength(20);
    expect(verdicts[20]).toBe('warn');
    expect(verdicts.slice(21)).toEqual(['drop', 'drop', 'drop', 'drop']);
    now += 1000; // two tokens back: still not calm
    expect(await limiter.take('u1')).toBe('drop');
    now += 5000; // half the bucket back
    expect(await limiter.take('u1')).toBe('allow');
  });

  it('allows 30 messages per 10 seconds by default', async () => {
    const limiter = new FloodLimiter({ now: () => 0 });
    const verdicts = await takeMany(limiter, 'u', 31);
    expect(verdicts.filter((v) => v === 'allow')).toHaveLength(30);
  });

  it('keeps users apart and stays bounded', async () => {
    const limiter = new FloodLimiter({ capacity: 1, maxUsers: 2, now: () => 0 });
    expect(await limiter.take('a')).toBe('allow');
    expect(await limiter.take('b')).toBe('allow');
    expect(await limiter.take('a')).toBe('warn');
    await limiter.take('c'); // evicts the least recently active ('b')
    expect(await limiter.take('b')).toBe('allow');
  });

  it('lets the message through when its store fails', async () => {
    const broken = { takeToken: () => Promise.reject(new Error('redis down')) } as unknown as SharedState;
    expect(await new FloodLimiter({ shared: broken }).take('u')).toBe('allow');
  });
});
