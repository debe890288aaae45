/**
 * A conversation turn in one Redis round trip when this process saw the conversation last:
 * the state it wrote is kept here (bounded), the engine runs on it, and one script saves the
 * new state only if the conversation's lock is free and the stored state is still exactly the
 * one the turn started from (compared as stored text). Atomic in Redis, the script is a lock taken and
 * released around the write, so it never writes while a replica holds the `SET NX PX` lock, and
 * never over a state it did not see: one chat's turns cannot interleave.
 *
 * Otherwise: a stale state (another replica moved on) comes back in the same reply, is validated,
 * and the turn runs again on it (two round trips); a conversation this process does not know is
 * tried as a new one ("no state yet"), with the same fallback; a busy lock is waited for. A
 * conversation found moved on last time (a load balancer alternating replicas) is read first
 * (two round trips, the engine run once). A turn whose effects must run under the lock (ticket
 * drafts) takes the locked way of redis-turn.ts. Every call is bounded.
 */
import type { RedisClientType } from '@redis/client';
import { luaScript } from './lua-script.js';
import { runRedisTurn, type PendingReleases, type RedisTurnCommit, type RedisTurnKeys, type RedisTurnOptions } from './redis-turn.js';
import { StoreError, bounded } from './store-errors.js';

/**
 * KEYS: lock, state. ARGV: the stored text the turn started from ('' for none: stored values are
 * JSON, never empty), new value, ttl ms. Returns {1} saved, {0} the lock is held, {2, current}
 * the state moved on ({2}: there is none).
 */
const SAVE_IF_UNCHANGED = luaScript([
  "if redis.call('exists', KEYS[1]) == 1 then return {0} end",
  "local current = redis.call('get', KEYS[2])",
  "local seen = current or ''",
  'if seen ~= ARGV[1] then',
  '  if current then return {2, current} end',
  '  return {2}',
  'end',
  "redis.call('set', KEYS[2], ARGV[2], 'PX', ARGV[3])",
  'return {1}',
].join('\n'));

/** A conversation as this process last wrote it: the stored text and what it decodes to. */
export interface KnownState<S> {
  raw: string | null;
  loaded: S;
  /** Another replica had moved it on the last time: the next turn reads it first. */
  contested: boolean;
}

/** The states this process wrote last, least recently used forgotten first. */
export class KnownStates<S> {
  private readonly entries = new Map<string, KnownState<S>>();
  constructor(private readonly limit = 5000) {}

  get(key: string): KnownState<S> | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: KnownState<S>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

/** A turn's outcome as the optimistic path needs it: the stored form and the decoded state. */
export interface OptimisticCommit<S, T> extends RedisTurnCommit<T> {
  /** What `value` decodes to (kept for the next turn). */
  loaded: S;
}

/** Everything one optimistic turn works with. */
export interface OptimisticTurn<S, T> {
  redis: RedisClientType;
  connect: () => Promise<unknown>;
  key: string;
  keys: RedisTurnKeys;
  options: RedisTurnOptions;
  known: KnownStates<S>;
  pending: PendingReleases;
  /** A fresh lock token (the locked path). */
  token: () => string;
  /** The state of a stored text (validated), and the state of a conversation with none. */
  decode: (raw: string | null) => S;
  work: (loaded: S) => Promise<OptimisticCommit<S, T>>;
}

/** Runs one turn (see the file comment); resolves with the work's result once it is saved. */
export async function runOptimisticTurn<S, T>(turn: OptimisticTurn<S, T>): Promise<T> {
  try {
    return await attempt(turn);
  } catch (error) {
    // A save that timed out may have landed: the next turn reads what Redis holds.
    turn.known.delete(turn.key);
    throw error;
  }
}

async function attempt<S, T>(turn: OptimisticTurn<S, T>): Promise<T> {
  const { redis, keys, options, known } = turn;
  if (!redis.isReady) await bounded('connect', options.callTimeoutMs, turn.connect);
  const entry = known.get(turn.key);
  const deadline = Date.now() + options.waitMs;
  // Unknown here: tried as a new conversation (most are, at first sight).
  let base: KnownState<S> = entry ?? { raw: null, loaded: turn.decode(null), contested: false };
  // Contested next time only if a state this process knew had been moved on.
  let moved = false;
  if (entry?.contested) {
    // Moved on by another replica last time (a load balancer alternating replicas): read first
    // rather than run the engine on a state that is likely old.
    const raw = await bounded('load', options.callTimeoutMs, () => redis.get(keys.state));
    moved = raw !== entry.raw;
    base = { raw, loaded: moved ? turn.decode(raw) : entry.loaded, contested: moved };
  }
  for (let round = 0; ; round += 1) {
    const commit = await turn.work(base.loaded);
    if (commit.after) return locked(turn, base, commit);
    const reply = await bounded('save', options.callTimeoutMs, () =>
      SAVE_IF_UNCHANGED.run(redis, [keys.lock, keys.state], [base.raw ?? '', commit.value, String(options.stateTtlMs)]));
    const [code, current] = (Array.isArray(reply) ? reply : []) as [number?, string?];
    if (code === 1) {
      known.set(turn.key, { raw: commit.value, loaded: commit.loaded, contested: moved });
      return commit.result;
    }
    if (code === 2) {
      // Another replica moved the conversation on, or it existed before this process saw it: run
      // on the stored state (validated) instead.
      moved = moved || entry !== undefined;
      base = { raw: current ?? null, loaded: turn.decode(current ?? null), contested: moved };
    } else if (code !== 0) {
      throw new StoreError('STORE_UNAVAILABLE', `unexpected reply to the save script: ${JSON.stringify(reply)}`);
    }
    if (Date.now() >= deadline) throw new StoreError('LOCK_TIMEOUT', `conversation ${keys.state} stayed busy`);
    // Busy: a replica holds the lock (a turn writing a ticket draft, an older replica); wait.
    if (code === 0) await new Promise((resolve) => setTimeout(resolve, Math.min(5 * 2 ** round, 100)));
  }
}

/**
 * The locked way (lock + read, fenced save, work, release). `base` and `first`: a commit already
 * computed on a known state, reused when the stored state is still that one. Afterwards the
 * conversation counts as contested when someone else had written it since this process did.
 */
async function locked<S, T>(turn: OptimisticTurn<S, T>, base?: KnownState<S>, first?: OptimisticCommit<S, T>): Promise<T> {
  let last = first;
  let contested = false;
  const result = await runRedisTurn(turn.redis, turn.connect, turn.keys, turn.token(), turn.options, turn.pending, async (raw) => {
    contested = base !== undefined && raw !== base.raw;
    if (!last || (base && raw !== base.raw)) last = await turn.work(turn.decode(raw));
    return last;
  });
  turn.known.set(turn.key, { raw: last!.value, loaded: last!.loaded, contested });
  return result;
}
