/**
 * Channel threads the bot is part of (it was mentioned there or started them), so follow-up
 * messages in the thread continue the conversation without another mention. Kept in the shared
 * state (Redis when configured), so a follow-up reaching another replica, or this one after a
 * restart, is still answered; a bounded local copy answers repeat questions without a round trip
 * (a thread never stops being ours before its expiry). A thread rooted in the bot's own message
 * always counts (the event's `parent_user_id`), and a new mention re-activates any other.
 */
import { MemorySharedState, type SharedState } from '../shared/index.js';

/** Options of {@link ActiveThreads}. */
export interface ActiveThreadsOptions {
  /** Bound of the local copy (default 10,000 threads). */
  maxEntries?: number;
  /** How long a thread stays ours after its last message (default a week). */
  ttlMs?: number;
  now?: () => number;
  /** Where the replicas keep the threads; this process's memory by default. */
  shared?: SharedState;
}

/** Threads the bot takes part in. */
export class ActiveThreads {
  private readonly keys = new Map<string, number>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly shared: SharedState;

  constructor(options: ActiveThreadsOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.ttlMs = options.ttlMs ?? 7 * 24 * 3600_000;
    this.now = options.now ?? Date.now;
    this.shared = options.shared ?? new MemorySharedState({ maxEntries: this.maxEntries, now: this.now });
  }

  /** Marks a thread as one the bot takes part in. */
  async add(key: string): Promise<void> {
    this.remember(key, this.now() + this.ttlMs);
    await this.shared.set(this.sharedKey(key), '1', this.ttlMs).catch(() => undefined);
  }

  /** True when the bot takes part in the thread. */
  async has(key: string): Promise<boolean> {
    const expires = this.keys.get(key);
    if (expires !== undefined && expires > this.now()) return true;
    if (expires !== undefined) this.keys.delete(key);
    const shared = await this.shared.get(this.sharedKey(key)).catch(() => undefined);
    // Remembered locally for a short while only: the shared record carries the real expiry.
    if (shared !== undefined) this.remember(key, this.now() + Math.min(this.ttlMs, 3600_000));
    return shared !== undefined;
  }

  private remember(key: string, expires: number): void {
    this.keys.delete(key);
    this.keys.set(key, expires);
    if (this.keys.size > this.maxEntries) {
      const oldest = this.keys.keys().next();
      if (!oldest.done) this.keys.delete(oldest.value);
    }
  }

  private sharedKey(key: string): string {
    return `slack:thread:${key}`;
  }
}
