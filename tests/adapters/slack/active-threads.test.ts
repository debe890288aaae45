import { describe, expect, it } from 'vitest';
import { ActiveThreads } from '../../../src/adapters/slack/active-threads.js';
import { MemorySharedState } from '../../../src/adapters/shared/index.js';

describe('ActiveThreads', () => {
  it('remembers threads, forgets the oldest beyond its bound and after expiry', async () => {
    let now = 0;
    const threads = new ActiveThreads({ maxEntries: 2, ttlMs: 1000, now: () => now });
    await threads.add('a');
    await threads.add('b');
    await threads.add('c');
    expect([await threads.has('a'), await threads.has('b'), await threads.has('c')]).toEqual([false, true, true]);
    now = 2000;
    expect(await threads.has('b')).toBe(false);
  });

  it('a thread joined on one replica is known on another (shared state)', async () => {
    const shared = new MemorySharedState();
    const [a, b] = [new ActiveThreads({ shared }), new ActiveThreads({ shared })];
    await a.add('T:C1:1.1');
    expect(await b.has('T:C1:1.1')).toBe(true);
    expect(await b.has('T:C1:2.2')).toBe(false);
  });
});
