/**
 * Captures uploaded from the page: kept in a private temporary folder of the server (removed
 * when it stops) and handed to the engine as an inbound photo whose `ref` is the file's path,
 * as the `replay` command does with `{"photo": path}`.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The image types a capture may have (what Telegram and Slack show as a picture). */
// A Map: a content type such as "constructor" must not find Object.prototype's members.
export const CAPTURE_TYPES: ReadonlyMap<string, string> = new Map([['image/png', 'png'], ['image/jpeg', 'jpg'], ['image/webp', 'webp'], ['image/gif', 'gif']]);

/** Largest capture accepted (Telegram's photo limit). */
export const MAX_CAPTURE_BYTES = 10 * 1024 * 1024;

/** One stored capture. */
export type StoredCapture = { id: string; tab: string; path: string; name: string; mime: string; size: number };

/** A readable file name for the ticket: letters, digits, `.`, `-`, `_`, with the type's extension. */
export function safeCaptureName(name: string, mime: string): string {
  const ext = CAPTURE_TYPES.get(mime) ?? 'bin';
  const stem = name.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 40);
  return `${stem || 'capture'}.${ext}`;
}

/** The server's captures. */
export class CaptureUploads {
  private readonly dir = mkdtempSync(join(tmpdir(), 'ds-playground-'));
  private readonly stored = new Map<string, StoredCapture>();

  /** Keeps a capture of `tab`; the id is what the page sends back in a chat `photo` input. */
  async save(tab: string, name: string, mime: string, bytes: Buffer): Promise<StoredCapture> {
    const id = randomUUID();
    // A folder per capture keeps the original name (what the service desk reads) unique.
    const folder = join(this.dir, id);
    await mkdir(folder);
    const path = join(folder, safeCaptureName(name, mime));
    await writeFile(path, bytes);
    const capture = { id, tab, path, name: safeCaptureName(name, mime), mime, size: bytes.length };
    this.stored.set(id, capture);
    return capture;
  }

  /** A capture of `tab` by id (another tab's captures are not visible). */
  get(tab: string, id: string): StoredCapture | undefined {
    const capture = this.stored.get(id);
    return capture && capture.tab === tab ? capture : undefined;
  }

  /** Any tab's capture by id (serving the picture back to the page that has its id). */
  byId(id: string): StoredCapture | undefined {
    return this.stored.get(id);
  }

  /** Removes the captures of a tab that went away. */
  forget(tab: string): void {
    for (const capture of [...this.stored.values()]) {
      if (capture.tab !== tab) continue;
      this.stored.delete(capture.id);
      rmSync(dirname(capture.path), { recursive: true, force: true });
    }
  }

  /** Removes the folder and everything in it. */
  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
    this.stored.clear();
  }
}
