import { describe, expect, it } from 'vitest';
import { ChatQueue, WorkTracker } from '../../../src/adapters/telegram/work-tracker.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('work tracking and per-chat order', () => {
  it('waits for tracked work, including failed work', async () => {
    const tracker = new WorkTracker();
    let done = false;
    void tracker.track(sleep(30).then(() => (done = true)));
    void tracker.track(Promise.reject(new Error('x'))).catch(() => undefined);
    await tracker.idle();
    expect(done).toBe(true);
    expect(tracker.size).toBe(0);
  });

  it('runs one chat in order and different chats side by side, surviving a failing task', async () => {
    const queue = new ChatQueue();
    const log: string[] = [];
    queue.enqueue('a', async () => { await sleep(40); log.push('a1'); });
    queue.enqueue('a', async () => { throw new Error('boom'); });
    queue.enqueue('a', async () => { log.push('a3'); });
    queue.enqueue('b', async () => { log.push('b1'); });
    await queue.idle();
    expect(log).toEqual(['b1', 'a1', 'a3']);
  });
});
