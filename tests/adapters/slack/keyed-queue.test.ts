import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../src/adapters/slack/keyed-queue.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedQueue', () => {
  it('runs one key in order and different keys side by side', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name}>`);
      await sleep(ms);
      log.push(`<${name}`);
    };
    void queue.run('a', task('a1', 40));
    void queue.run('a', task('a2', 1));
    void queue.run('b', task('b1', 5));
    await queue.drain();
    expect(log.indexOf('<a1')).toBeLessThan(log.indexOf('a2>'));
    expect(log.indexOf('<b1')).toBeLessThan(log.indexOf('<a1'));
    expect(queue.busy).toBe(0);
  });

  it('keeps going after a failing task', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    void queue.run('a', async () => {
      throw new Error('x');
    });
    await queue.run('a', async () => {
      log.push('after');
    });
    expect(log).toEqual(['after']);
  });
});
