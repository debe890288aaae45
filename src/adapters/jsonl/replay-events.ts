/**
 * Parses one input line of `replay` into an engine input: `{"text"}`, `{"press"}` (a button id or
 * the label of a button offered in the last turn), `{"photo"}`, `{"document"}` (local paths).
 */
import type { Button, Inbound } from '../../dialogs/messages.js';
import { basename } from 'node:path';
import type { FileRef } from '../../dialogs/messages.js';
import { fileRefOf } from './file-type.js';

/** A line that cannot become an input; the message goes to the turn's error line. */
export class ReplayLineError extends Error {
  override readonly name = 'ReplayLineError';
}

/** Turns `line` into an inbound event; `offered` are the buttons of the previous turn. */
export async function parseReplayLine(line: string, offered: readonly Button[]): Promise<Inbound> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ReplayLineError('invalid JSON line');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ReplayLineError('expected a JSON object');
  const event = value as Record<string, unknown>;
  if (typeof event['text'] === 'string') return { type: 'text', text: event['text'] };
  if (typeof event['press'] === 'string') return { type: 'button', id: pressedId(event['press'], offered) };
  for (const kind of ['photo', 'document'] as const) {
    const path = event[kind];
    if (typeof path === 'string') {
      if (path.trim().length === 0) throw new ReplayLineError(`"${kind}" needs a file path`);
      // A path that does not exist here is still the user's file reference (as a channel's file
      // id would be): the conversation goes on instead of failing the turn.
      const file = await fileRefOf(path).catch(() => unreadFileRef(path, kind));
      return { type: kind, file };
    }
  }
  throw new ReplayLineError('expected one of "text", "press", "photo", "document" with a string value');
}

/**
 * The id of the offered button `press` names: by id, then label (case-insensitive), then the one
 * label sharing the most words with it ("Via HRIS" for "Lewat HRIS"); else `press` itself, which
 * the engine answers as a stale button.
 */
function pressedId(press: string, offered: readonly Button[]): string {
  if (offered.some((b) => b.id === press)) return press;
  const wanted = press.trim().toLowerCase();
  const byLabel = offered.find((b) => b.label.trim().toLowerCase() === wanted);
  if (byLabel) return byLabel.id;
  // Something shaped like an id ("step#choice", "topic:x") is an old or unknown button, not a label.
  if (/^\S+$/.test(press) && /[#:.]/.test(press)) return press;
  // The current question's own buttons first: "Via HRIS" means its "Lewat HRIS", not a menu topic.
  const local = offered.filter((b) => !b.id.startsWith('topic:'));
  return closestLabel(wanted, local) ?? closestLabel(wanted, offered) ?? press;
}

const GENERIC = new Set(['via', 'lewat', 'the', 'dan', 'and', 'di', 'ke', 'saya', 'sudah', 'belum', 'tidak', 'yang', 'with', 'from', 'dari']);

function labelWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !GENERIC.has(w)));
}

/** The id of the only offered button whose label shares the most distinctive words with `wanted`. */
function closestLabel(wanted: string, offered: readonly Button[]): string | undefined {
  const target = labelWords(wanted);
  if (target.size === 0) return undefined;
  const scored = offered.map((b) => ({ id: b.id, score: [...labelWords(b.label)].filter((w) => target.has(w)).length }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  return best > 0 && top.length === 1 ? top[0]!.id : undefined;
}

// A Map: an extension such as ".constructor" must not find Object.prototype's members.
const MIME_BY_EXT: ReadonlyMap<string, string> = new Map([
  ['png', 'image/png'], ['jpg', 'image/jpeg'], ['jpeg', 'image/jpeg'], ['gif', 'image/gif'], ['webp', 'image/webp'], ['pdf', 'application/pdf'],
]);

/** A reference for a file that cannot be read here; its type comes from the name (a photo is an image). */
function unreadFileRef(path: string, kind: 'photo' | 'document'): FileRef {
  const name = basename(path);
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const mime = MIME_BY_EXT.get(ext) ?? (kind === 'photo' ? 'image/jpeg' : undefined);
  return { ref: path, name, ...(mime ? { mime } : {}) };
}
