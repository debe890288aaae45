import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileRefOf, sniffMime } from '../../../src/adapters/jsonl/file-type.js';

describe('file type by magic bytes', () => {
  it.each([
    ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])],
    ['image/gif', Buffer.from('GIF89a......')],
    ['image/webp', Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')],
    ['application/pdf', Buffer.from('%PDF-1.7\n')],
    ['application/octet-stream', Buffer.from('hello world')],
  ])('%s', (mime, head) => {
    expect(sniffMime(head)).toBe(mime);
  });

  it('builds a FileRef from a path whatever its extension, and fails clearly when missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ft-'));
    const path = join(dir, 'screenshot.txt');
    writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 0xdb, 1, 2, 3]));
    expect(await fileRefOf(path)).toEqual({ ref: path, name: 'screenshot.txt', mime: 'image/jpeg', size: 7 });
    await expect(fileRefOf(join(dir, 'missing.png'))).rejects.toThrow('file not found');
  });
});
