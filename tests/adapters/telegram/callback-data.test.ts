import { describe, expect, it } from 'vitest';
import { CallbackCodec } from '../../../src/adapters/telegram/callback-data.js';
import { MemorySharedState } from '../../../src/adapters/shared/index.js';

describe('versioned callback data', () => {
  const codec = new CallbackCodec('a1b2c3d4e5f6');

  it('encodes compactly with a version prefix and decodes back with the full version', async () => {
    expect(codec.encode('topic:login')).toBe('v1|a1b2c3|topic:login');
    expect(await codec.decode('v1|a1b2c3|topic:login')).toEqual({ id: 'topic:login', graphVersion: 'a1b2c3d4e5f6' });
  });

  it('keeps every encoding within 64 bytes, hashing long and multibyte ids', async () => {
    for (const id of ['x'.repeat(53), 'x'.repeat(54), 'opt:' + 'é'.repeat(40), 'topic:' + 'sangat-panjang-'.repeat(8)]) {
      const data = codec.encode(id);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(await codec.decode(data)).toEqual({ id, graphVersion: 'a1b2c3d4e5f6' });
    }
  });

  it('reports presses from another version with that version (stale)', async () => {
    expect(await codec.decode('v1|000000|topic:login')).toEqual({ id: 'topic:login', graphVersion: '000000' });
    const older = new CallbackCodec('ffffffffffff');
    const data = older.encode('opt:' + 'y'.repeat(70));
    expect((await codec.decode(data))?.graphVersion).not.toBe('a1b2c3d4e5f6');
  });

  it('forgets the oldest long ids beyond its bound; a forgotten one decodes as stale', async () => {
    const small = new CallbackCodec('a1b2c3d4e5f6', 2);
    const first = small.encode('a'.repeat(80));
    small.encode('b'.repeat(80));
    small.encode('c'.repeat(80));
    expect((await small.decode(first))?.graphVersion).toBe('expired-a1b2c3');
  });

  it('does not claim data that is not its own', async () => {
    expect(await codec.decode('helpdesk:claim:T-1')).toBeUndefined();
    expect(await codec.decode('v1|a1b2c3|')).toBeUndefined();
    expect(await codec.decode('')).toBeUndefined();
  });
});

describe('long ids across replicas', () => {
  it('a long id encoded by one replica decodes on another through the shared state', async () => {
    const shared = new MemorySharedState();
    const [a, b] = [new CallbackCodec('a1b2c3d4e5f6', 10, shared), new CallbackCodec('a1b2c3d4e5f6', 10, shared)];
    const id = 'step:' + 'panjang-'.repeat(10);
    const data = a.encode(id);
    await new Promise((r) => setImmediate(r));
    expect(await b.decode(data)).toEqual({ id, graphVersion: 'a1b2c3d4e5f6' });
  });
});
