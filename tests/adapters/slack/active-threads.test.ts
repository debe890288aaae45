import { describe, expect, it } from 'vitest';
import { ActiveThreads } from '../../../src/adapters/slack/active-threads.js';

describe('ActiveThreads', () => {
  it('remembers threads, forgets the oldest beyond its bound and after expiry', () => {
    let now = 0;
    const threads = new ActiveThreads(2, 1000, () => now);
    threads.add('a');
    threads.add('b');
    threads.add('c');
    expect([threads.has('a'), threads.has('b'), threads.has('c')]).toEqual([false, true, true]);
    now = 2000;
    expect(threads.has('b')).toBe(false);
  });
});
