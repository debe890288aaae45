import { describe, expect, it } from 'vitest';
import { CallbackCodec } from '../../../src/adapters/telegram/callback-data.js';

describe('versioned callback data', () => {
  const codec = new CallbackCodec('a1b2c3d4e5f6');

  it('encodes compactly with a version prefix and decodes back with the full version', () => {
    expect(codec.encode('topic:login')).toBe('v1|a1b2c3|topic:login');
    expect(codec.decode('v1|a1b2c3|topic:login')).toEqual({ id: 'topic:login', graphVersion: 'a1b2c3d4e5f6' });
  });

  it('keeps every encoding within 64 bytes, hashing long and multibyte ids', () => {
    for (const id of ['x'.repeat(53), 'x'.repeat(54), 'opt:' + 'é'.repeat(40), 'topic:' + 'sangat-panjang-'.repeat(8)]) {
      const data = codec.encode(id);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(codec.decode(data)).toEqual({ id, graphVersion: 'a1b2c3d4e5f6' });
    }
  });

  it('reports presses from another version with that version (stale)', () => {
    expect(codec.decode('v1|000000|topic:login')).toEqual({ id: 'topic:login', graphVersion: '000000' });
    const older = new CallbackCodec('ffffffffffff');
    const data = older.encode('opt:' + 'y'.repeat(70));
    expect(codec.decode(data)?.graphVersion).not.toBe('a1b2c3d4e5f6');
  });

  it('forgets the oldest long ids beyond its bound; a forgotten one decodes as stale', () => {
    const small = new CallbackCodec('a1b2c3d4e5f6', 2);
    const first = small.encode('a'.repeat(80));
    small.encode('b'.repeat(80));
    small.encode('c'.repeat(80));
    expect(small.decode(first)?.graphVersion).toBe('expired-a1b2c3');
  });

  it('does not claim data that is not its own', () => {
    expect(codec.decode('helpdesk:claim:T-1')).toBeUndefined();
    expect(codec.decode('v1|a1b2c3|')).toBeUndefined();
    expect(codec.decode('')).toBeUndefined();
  });
});
