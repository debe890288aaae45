import { describe, expect, it } from 'vitest';
import { FloodLimiter } from '../../../src/adapters/telegram/flood-limit.js';

describe('per-user flood limit', () => {
  it('allows a burst of 20, warns once, then stays silent until the user calms down', () => {
    let now = 0;
    const limiter = new FloodLimiter({ capacity: 20, now: () => now });
    const verdicts = Array.from({ length: 25 }, () => limiter.take('u1'));
    expect(verdicts.filter((v) => v === 'allow')).toHaveLength(20);
    expect(verdicts[20]).toBe('warn');
    expect(verdicts.slice(21)).toEqual(['drop', 'drop', 'drop', 'drop']);
    now += 1000; // two tokens back: still not calm
    expect(limiter.take('u1')).toBe('drop');
    now += 5000; // half the bucket back
    expect(limiter.take('u1')).toBe('allow');
  });

  it('allows 30 messages per 10 seconds by default', () => {
    const limiter = new FloodLimiter({ now: () => 0 });
    const verdicts = Array.from({ length: 31 }, () => limiter.take('u'));
    expect(verdicts.filter((v) => v === 'allow')).toHaveLength(30);
  });

  it('keeps users apart and stays bounded', () => {
    const limiter = new FloodLimiter({ capacity: 1, maxUsers: 2, now: () => 0 });
    expect(limiter.take('a')).toBe('allow');
    expect(limiter.take('b')).toBe('allow');
    expect(limiter.take('a')).toBe('warn');
    limiter.take('c'); // evicts the least recently active ('b')
    expect(limiter.take('b')).toBe('allow');
  });
});
