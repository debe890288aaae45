/**
 * Small pieces of adapter state that several replicas behind one webhook must agree on: which
 * deliveries were handled (dedupe), each user's flood bucket, and short keyed records (Slack
 * threads the bot joined, helpdesk prompts waiting for a reply, board post ids, Telegram's long
 * button ids). In Redis when configured, in this process's memory otherwise.
 */
import type { SeenStore } from '../dedupe.js';
import type { BucketRule, BucketVerdict } from './token-bucket.js';

/** Adapter state shared by the replicas (a {@link SeenStore} too). */
export interface SharedState extends SeenStore {
  readonly kind: 'memory' | 'redis';
  /** Takes one token from the bucket `key` (see token-bucket.ts). */
  takeToken(key: string, rule: BucketRule): Promise<BucketVerdict>;
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Reads and deletes `key` at once, so only one replica ever gets the value. */
  consume(key: string): Promise<string | undefined>;
  close(): Promise<void>;
}
