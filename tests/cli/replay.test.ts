import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliProcess, requireBuild } from './cli-process.js';
import { describeRedis, redisUrl } from '../support/redis.js';

const dir = mkdtempSync(join(tmpdir(), 'replay-'));
const png = join(dir, 'capture.png');
const pdf = join(dir, 'letter.pdf');
beforeAll(() => {
  requireBuild();
  writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]));
  writeFileSync(pdf, '%PDF-1.4\n%fake\n');
});

describe('replay (streaming JSON lines)', () => {
  it('answers each line with text lines and exactly one end line, before the next is read', async () => {
    const cli = new CliProcess(['replay']);
    const t0 = await cli.turn({ text: '/start' });
    expect(t0.at(-1)).toEqual({ turn: 0, end: true, awaiting: { kind: 'free' } });
    expect(t0.filter((l) => l['end']).length).toBe(1);
    expect(t0[0]).toMatchObject({ turn: 0, topic: 'greeting', buttons: expect.arrayContaining([{ id: 'topic:profile', label: 'Cek profil AMS' }]) });
    expect(Object.keys(t0[0]!)).toEqual(['turn', 'text', 'buttons', 'topic']);

    const t1 = await cli.turn({ press: 'topic:profile' });
    expect(t1.at(-1)).toEqual({ turn: 1, end: true, awaiting: { kind: 'text', slot: 'name' } });
    await cli.turn({ text: 'Siti Aminah' });
    await cli.turn({ text: 'Analis' });
    const t4 = await cli.turn({ text: 'Sekretariat Jenderal' });
    expect(String(t4[0]!['text'])).toContain('sudah sesuai ketentuan');
    expect(String(t4[0]!['text'])).not.toContain('**');
    const t5 = await cli.turn({ photo: png });
    expect(String(t5[0]!['text'])).toContain('Saat ini saya tidak meminta gambar');
    expect(t5[0]!['topic']).toBe('profile');
    expect(await cli.finish()).toBe(0);
  });

  it('presses by label, turns markup into plain text, reports bad lines and goes on', async () => {
    const cli = new CliProcess(['replay']);
    await cli.turn({ text: '/start' });
    const login = await cli.turn({ press: 'Login AMS BSSN 3.0' });
    const text = String(login[0]!['text']);
    expect(text).toContain('https://portal-bsre.bssn.go.id');
    expect(text).not.toContain('portal-bsre.bssn.go.id (https://portal-bsre.bssn.go.id)');
    expect(text).not.toMatch(/\*\*|\]\(/);
    const bad = await cli.turn('{"text": oops');
    expect(bad).toEqual([{ turn: 2, error: 'invalid JSON line' }, { turn: 2, end: true, awaiting: { kind: 'choice' } }]);
    // A path that does not exist is still the user's photo: a clear answer, the step unchanged.
    const missing = await cli.turn({ photo: join(dir, 'nope.png') });
    expect(missing.some((l) => 'error' in l)).toBe(false);
    expect(String(missing[0]!['text'])).toMatch(/tidak meminta gambar/);
    expect(missing.at(-1)).toMatchObject({ turn: 3, end: true, awaiting: { kind: 'choice' } });
    const unknown = await cli.turn({ press: 'no such button' });
    expect(String(unknown[0]!['text'])).toContain('sudah tidak aktif');
    const byTitle = await cli.turn({ press: 'Cek profil AMS' });
    expect(byTitle.at(-1)).toMatchObject({ awaiting: { kind: 'text', slot: 'name' } });
    const odd = await cli.turn({ foo: 1 });
    expect(odd[0]).toMatchObject({ turn: 6, error: expect.any(String) });
    await cli.finish();
  });

  it('emits ticket lines for a ready 15.1 draft with the capture attached', async () => {
    const cli = new CliProcess(['replay']);
    await cli.turn({ text: '/start' });
    await cli.turn({ press: 'topic:register-failed' });
    let lines = await cli.turn({ press: 'Buat draf tiket di sini' });
    // Answer whatever the collection asks until it is ready (identity fields, capture, confirm).
    const answers: Record<string, unknown> = {
      name: { text: 'Siti Aminah' }, nip: { text: '198503122010011001' }, email: { text: 'siti.aminah@kemenkeu.go.id' },
      nik: { text: '3171015203850002' }, photo: { photo: png }, confirm: { text: 'ya' },
    };
    let ticket: Record<string, unknown> | undefined;
    for (let i = 0; i < 12 && !ticket; i += 1) {
      const awaiting = lines.at(-1)!['awaiting'] as { kind: string; slot?: string };
      const answer = answers[awaiting.slot ?? ''] ?? answers[awaiting.kind] ?? { press: (lines[0]!['buttons'] as Array<{ id: string }>)[0]?.id };
      lines = await cli.turn(answer);
      const t = lines.find((l) => l['ticket'] && (l['ticket'] as { status: string }).status === 'ready');
      if (t) ticket = t['ticket'] as Record<string, unknown>;
    }
    expect(ticket).toMatchObject({ service: '15.1', status: 'ready' });
    expect((ticket!['attachments'] as unknown[]).length).toBeGreaterThanOrEqual(1);
    await cli.finish();
  });

  it('accepts documents: a PDF where a capture is expected gets a clear message', async () => {
    const cli = new CliProcess(['replay']);
    await cli.turn({ text: '/start' });
    const r = await cli.turn({ document: pdf });
    expect(String(r[0]!['text'])).toMatch(/berkas/);
    await cli.finish();
  });
});

describeRedis('replay --store redis:// survives a process restart', () => {
  it('a second process continues the first one\'s conversation', async () => {
    const user = `u-${randomUUID()}`;
    const first = new CliProcess(['replay', '--user', user, '--store', redisUrl()]);
    await first.turn({ text: '/start' });
    await first.turn({ press: 'topic:profile' });
    const named = await first.turn({ text: 'Siti Aminah' });
    expect(named.at(-1)!['awaiting']).toEqual({ kind: 'text', slot: 'position' });
    expect(await first.finish()).toBe(0);

    const second = new CliProcess(['replay', '--user', user, '--store', redisUrl()]);
    const next = await second.turn({ text: 'Analis' });
    expect(next.at(-1)).toEqual({ turn: 0, end: true, awaiting: { kind: 'text', slot: 'unit' } });
    const done = await second.turn({ text: 'Sekretariat Jenderal' });
    expect(String(done[0]!['text'])).toContain('sudah sesuai ketentuan');
    expect(await second.finish()).toBe(0);
  });

  it('with Redis unreachable, each turn gets a polite answer and the process stays up', async () => {
    const cli = new CliProcess(['replay', '--store', 'redis://127.0.0.1:1']);
    const r = await cli.turn({ text: 'lupa password' });
    expect(String(r[0]!['text'])).toContain('coba lagi');
    const again = await cli.turn({ text: '/start' });
    expect(again.at(-1)).toMatchObject({ turn: 1, end: true });
    expect(await cli.finish()).toBe(0);
  });
});
