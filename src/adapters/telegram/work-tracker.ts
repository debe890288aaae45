/**
 * Keeps count of work in flight so `stop()` can wait for it (clean shutdown on SIGTERM), and
 * orders each chat's work: a per-chat promise chain, the webhook-mode twin of the runner's
 * `sequentialize` (Telegram may deliver a chat's updates in parallel over several requests).
 */

/** Tracks promises until they settle; {@link WorkTracker.idle} resolves when none are left. */
export class WorkTracker {
  private readonly pending = new Set<Promise<unknown>>();

  /** Registers `work`; returns it unchanged. Rejections are the caller's to handle. */
  track<T>(work: Promise<T>): Promise<T> {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return work;
  }

  /** Number of unsettled pieces of work. */
  get size(): number {
    return this.pending.size;
  }

  /** Resolves once everything tracked so far (and anything they started) has settled. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}

/** Runs tasks one after another per key, tasks of different keys in parallel. */
export class ChatQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly tracker = new WorkTracker();

  /** Queues `task` behind the key's earlier tasks. The task must handle its own errors. */
  enqueue(key: string, task: () => Promise<void>): void {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task).catch(() => undefined);
    this.tails.set(key, next);
    void this.tracker.track(next).then(() => {
      // Forget the chain once it is drained, so idle chats cost nothing.
      if (this.tails.get(key) === next) this.tails.delete(key);
    });
  }

  /** Resolves when every queued task has finished. */
  idle(): Promise<void> {
    return this.tracker.idle();
  }
}
