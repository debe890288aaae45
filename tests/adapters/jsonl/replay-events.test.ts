/** Replay's input lines: a file that cannot be read here keeps a type guessed from its name. */
import { describe, expect, it } from 'vitest';
import { parseReplayLine } from '../../../src/adapters/jsonl/replay-events.js';

describe('parseReplayLine, a file that is not here', () => {
  it.each([
    ['photo', '/no/such/dir/layar.png', 'image/png'],
    ['document', '/no/such/dir/surat.pdf', 'application/pdf'],
    ['photo', '/no/such/dir/layar.heic', 'image/jpeg'],
    ['document', '/no/such/dir/berkas.xyz', undefined],
    // Names of Object.prototype's members are no known extension.
    ['document', '/no/such/dir/berkas.constructor', undefined],
    ['photo', '/no/such/dir/layar.constructor', 'image/jpeg'],
  ] as const)('%s %s → %s', async (kind, path, mime) => {
    const input = await parseReplayLine(JSON.stringify({ [kind]: path }), []);
    expect(input).toMatchObject({ type: kind, file: { ref: path } });
    expect(input.type === kind && 'file' in input ? input.file.mime : 'no file').toBe(mime);
  });
});
