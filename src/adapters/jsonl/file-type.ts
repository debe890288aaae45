/**
 * Recognises a file's type from its first bytes (magic numbers), so `{"photo": path}` in a
 * replay carries a truthful mime type whatever the file is called.
 */
import { open, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { FileRef } from '../../dialogs/messages.js';

const SIGNATURES: Array<{ mime: string; test: (b: Buffer) => boolean }> = [
  { mime: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', test: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')) },
  { mime: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { mime: 'application/pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

/** The mime type of `head` (the first 16 bytes), or `application/octet-stream`. */
export function sniffMime(head: Buffer): string {
  return SIGNATURES.find((s) => s.test(head))?.mime ?? 'application/octet-stream';
}

/** A FileRef for a local file; throws a readable error when it is missing or not a file. */
export async function fileRefOf(path: string): Promise<FileRef> {
  const full = resolve(path);
  const info = await stat(full).catch(() => undefined);
  if (!info?.isFile()) throw new Error(`file not found: ${path}`);
  const handle = await open(full, 'r');
  try {
    const head = Buffer.alloc(16);
    await handle.read(head, 0, 16, 0);
    return { ref: full, name: basename(full), mime: sniffMime(head), size: info.size };
  } finally {
    await handle.close();
  }
}
