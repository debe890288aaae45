/**
 * Compact, versioned `callback_data` for inline buttons: `v1|<first 6 of graph version>|<id>`.
 * Telegram caps callback data at 64 bytes; ids that do not fit are replaced by a short hash kept
 * in a bounded map. The version prefix lets a press on a keyboard from an older flow version
 * reach the engine with that old version, so the engine treats it as stale.
 */
import { createHash } from 'node:crypto';

/** Telegram's limit on `callback_data`, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;
const PREFIX = 'v1';
const VERSION_CHARS = 6;
const HASH_MARK = '#';

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

  constructor(private readonly graphVersion: string, private readonly maxLongIds = 10_000) {
    this.shortVersion = graphVersion.slice(0, VERSION_CHARS);
  }

  /** The callback data for a button id; always ≤ 64 bytes. */
  encode(buttonId: string): string {
    const direct = `${PREFIX}|${this.shortVersion}|${buttonId}`;
    if (Buffer.byteLength(direct, 'utf8') <= CALLBACK_DATA_LIMIT && !buttonId.startsWith(HASH_MARK)) return direct;
    const hash = createHash('sha256').update(buttonId).digest('base64url').slice(0, 16);
    this.longIds.delete(hash);
    this.longIds.set(hash, buttonId);
    if (this.longIds.size > this.maxLongIds) {
      const oldest = this.longIds.keys().next().value;
      if (oldest !== undefined) this.longIds.delete(oldest);
    }
    return `${PREFIX}|${this.shortVersion}|${HASH_MARK}${hash}`;
  }

  /**
   * Decodes our callback data. Returns undefined for data that is not ours (another plugin's or
   * garbage). A forgotten long id or another version decodes with a version that is not the
   * current one, so the engine answers "that button is out of date".
   */
  decode(data: string): DecodedPress | undefined {
    const first = data.indexOf('|');
    const second = data.indexOf('|', first + 1);
    if (first < 0 || second < 0 || data.slice(0, first) !== PREFIX) return undefined;
    const version = data.slice(first + 1, second);
    let id = data.slice(second + 1);
    if (!id) return undefined;
    const current = version === this.shortVersion;
    if (id.startsWith(HASH_MARK)) {
      const known = current ? this.longIds.get(id.slice(1)) : undefined;
      if (known === undefined) return { id, graphVersion: `expired-${version}` };
      id = known;
    }
    return { id, graphVersion: current ? this.graphVersion : version };
  }
}
