/**
 * Where the fake platform servers report the bot's replies: per conversation, the bench waits
 * for a number of messages and gets the moment the last one reached the fake API
 * (`performance.now()`, the same clock the sender used).
 */

interface Waiter {
  count: number;
  resolve: (at: number) => void;
}

/** Reply arrivals by conversation key (`tg:<chat>`, `sl:<channel>`). */
export class ReplySink {
  private readonly arrived = new Map<string, number>();
  private readonly waiters = new Map<string, Waiter>();
  /** Replies whose text is an apology or "try again" (they count as errors). */
  failures = 0;

  /** Called by a fake server for each message the bot sent to `key`. */
  reply(key: string, text: string): void {
    if (/coba lagi|try again/i.test(text)) this.failures += 1;
    const total = (this.arrived.get(key) ?? 0) + 1;
    this.arrived.set(key, total);
    const waiter = this.waiters.get(key);
    if (waiter && total >= waiter.count) {
      this.waiters.delete(key);
      waiter.resolve(performance.now());
    }
  }

  /** How many replies reached `key` so far. */
  count(key: string): number {
    return this.arrived.get(key) ?? 0;
  }

  /** Resolves with the arrival time once `key` has `count` replies in all; rejects after `ms`. */
  until(key: string, count: number, ms = 15_000): Promise<number> {
    if (this.count(key) >= count) return Promise.resolve(performance.now());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        reject(new Error(`no reply for ${key} within ${ms} ms (${this.count(key)}/${count})`));
      }, ms);
      this.waiters.set(key, { count, resolve: (at) => { clearTimeout(timer); resolve(at); } });
    });
  }
}
