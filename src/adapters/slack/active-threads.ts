/**
 * Channel threads the bot is part of (it was mentioned there or started them), so follow-up
 * messages in the thread continue the conversation without another mention. Kept in memory,
 * bounded (oldest forgotten first); after a restart a thread rooted in the bot's own message
 * still counts (the event's `parent_user_id`), and a new mention re-activates any other.
 */
export class ActiveThreads {
  private readonly keys = new Map<string, number>();

  constructor(private readonly maxEntries = 10_000, private readonly ttlMs = 7 * 24 * 3600_000, private readonly now: () => number = Date.now) {}

  /** Marks a thread as one the bot takes part in. */
  add(key: string): void {
    this.keys.delete(key);
    this.keys.set(key, this.now() + this.ttlMs);
    if (this.keys.size > this.maxEntries) {
      const oldest = this.keys.keys().next();
      if (!oldest.done) this.keys.delete(oldest.value);
    }
  }

  /** True when the bot takes part in the thread. */
  has(key: string): boolean {
    const expires = this.keys.get(key);
    if (expires === undefined) return false;
    if (expires <= this.now()) {
      this.keys.delete(key);
      return false;
    }
    return true;
  }
}
