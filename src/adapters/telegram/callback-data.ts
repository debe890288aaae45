/**
 * Compact, versioned `callback_data` for inline buttons: `v1|<first 6 of graph version>|<id>`.
 * Telegram caps callback data at 64 bytes; ids that do not fit are replaced by a short hash of
 * the id. The hash → id pairs are kept in a bounded map here and, with Redis, in the shared
 * state, so a press reaching another replica (or this one after a restart) still resolves. The
 * version prefix lets a press on a keyboard from an older flow version reach the engine with
 * that old version, so the engine treats it as stale.
 */
import { createHash } from 'node:crypto';
import type { SharedState } from '../shared/index.js';

/** Telegram's limit on `callback_data`, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;
const PREFIX = 'v1';
const VERSION_CHARS = 6;
const HASH_MARK = '#';
/** As long as a conversation is kept: an old keyboard's long ids still resolve. */
const LONG_ID_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** A decoded press: the engine's button id and the graph version it was rendered with. */
export interface DecodedPress {
  id: string;
  graphVersion: string;
}

/** Encodes and decodes button ids for one graph version. */
export class CallbackCodec {
  private readonly shortVersion: string;
  /** hash → id for ids too long to embed; insertion-ordered so the oldest go first. */
  private readonly longIds = new Map<string, string>();

  /** `shared`: where other replicas find the long ids (none: this process's bounded map only). */
  constructor(private readonly graphVersion: string, private readonly maxLongIds = 10_000, private readonly shared?: SharedState) {
    this.shortVersion = graphVersion.slice(0, VERSION_CHARS);
  }

  /** The callback data for a button id; always ≤ 64 bytes. */
  encode(buttonId: string): string {
    const direct = `${PREFIX}|${this.shortVersion}|${buttonId}`;
    if (Buffer.byteLength(direct, 'utf8') <= CALLBACK_DATA_LIMIT && !buttonId.startsWith(HASH_MARK)) return direct;
    const hash = createHash('sha256').update(buttonId).digest('base64url').slice(0, 16);
    // Every time (a Redis restart or the TTL may have dropped it); sent before the keyboard is,
    // so any replica knows it by the time the button can be pressed.
    this.shared?.set(this.sharedKey(hash), buttonId, LONG_ID_TTL_MS).catch(() => undefined);
    this.remember(hash, buttonId);
    return `${PREFIX}|${this.shortVersion}|${HASH_MARK}${hash}`;
  }

  /**
   * Decodes our callback data. Returns undefined for data that is not ours (another plugin's or
   * garbage). A forgotten long id or another version decodes with a version that is not the
   * current one, so the engine answers "that button is out of date".
   */
  async decode(data: string): Promise<DecodedPress | undefined> {
    const first = data.indexOf('|');
    const second = data.indexOf('|', first + 1);
    if (first < 0 || second < 0 || data.slice(0, first) !== PREFIX) return undefined;
    const version = data.slice(first + 1, second);
    let id = data.slice(second + 1);
    if (!id) return undefined;
    const current = version === this.shortVersion;
    if (id.startsWith(HASH_MARK)) {
      const known = current ? await this.lookUp(id.slice(1)) : undefined;
      if (known === undefined) return { id, graphVersion: `expired-${version}` };
      id = known;
    }
    return { id, graphVersion: current ? this.graphVersion : version };
  }

  private async lookUp(hash: string): Promise<string | undefined> {
    const local = this.longIds.get(hash);
    if (local !== undefined || !this.shared) return local;
    const shared = await this.shared.get(this.sharedKey(hash)).catch(() => undefined);
    if (shared !== undefined) this.remember(hash, shared);
    return shared;
  }

  private remember(hash: string, buttonId: string): void {
    this.longIds.delete(hash);
    this.longIds.set(hash, buttonId);
    if (this.longIds.size > this.maxLongIds) {
      const oldest = this.longIds.keys().next().value;
      if (oldest !== undefined) this.longIds.delete(oldest);
    }
  }

  private sharedKey(hash: string): string {
    return `tg:btn:${this.shortVersion}:${hash}`;
  }
}
