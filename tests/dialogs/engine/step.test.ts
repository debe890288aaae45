import { describe, expect, it } from 'vitest';
import { step } from '../../../src/dialogs/engine/step.js';
import { ConversationState } from '../../../src/dialogs/engine/conversation-state.js';
import { buttonIds, fixtureDeps, fixtureGraph, meta, photo, play, press, text, textOf } from './fixtures.js';

describe('engine: menu and topics', () => {
  it('/start shows the welcome and a button per menu topic, awaiting free text', () => {
    const [r] = play([text('/start')]);
    expect(textOf(r!)).toMatch(/^Halo! Saya membantu/);
    expect(buttonIds(r!)).toEqual(['topic:login', 'topic:forgot-password', 'topic:profile', 'topic:register']);
    expect(r!.awaiting).toEqual({ kind: 'free' });
    expect(r!.outputs[0]).toMatchObject({ topic: 'greeting' });
  });

  it('a topic button starts its flow with message, links and option buttons', () => {
    const [, r] = play([text('/start'), press('topic:login')]);
    expect(textOf(r!)).toContain('Buka portal AMS');
    expect(textOf(r!)).toContain('[Portal AMS](https://portal-bsre.bssn.go.id)');
    expect(buttonIds(r!)).toEqual(['login.start#sudah', 'login.start#belum']);
    expect(r!.awaiting).toEqual({ kind: 'choice' });
    expect(r!.state.offered).toEqual(['login.start#sudah', 'login.start#belum']);
  });

  it('pressing an option goes on; terminals show a menu button and await a choice', () => {
    const [, , r] = play([text('/start'), press('topic:login'), press('login.start#sudah')]);
    expect(textOf(r!)).toBe('Bagus, selesai.');
    expect(buttonIds(r!)).toEqual(['menu']);
    expect(r!.awaiting).toEqual({ kind: 'choice' });
    expect(r!.state.journey).toEqual([{ step: 'login.start', answer: 'Sudah' }]);
  });

  it('free text is routed to a topic; greeting answers with the menu; out of scope says so', () => {
    const [r] = play([text('bagaimana cara login ke portal AMS?')]);
    expect(r!.state.step).toBe('login.start');
    const [g] = play([text('halo')]);
    expect(textOf(g!)).toBe('Halo juga!');
    expect(buttonIds(g!)).toContain('topic:login');
    const [u] = play([text('jadwal rapat besok jam berapa')]);
    expect(textOf(u!)).toContain('di luar topik');
    expect(buttonIds(u!)).toContain('topic:profile');
    expect(u!.awaiting.kind).toBe('free');
  });
});

describe('engine: acknowledgements', () => {
  it.each(['ok', 'baik', 'siap', 'oke deh', 'ya sudah'])('"%s" after an answer is taken as thanks', (ack) => {
    const r = play([press('topic:login'), text('sudah'), text(ack)]).at(-1)!;
    expect(textOf(r)).toBe('Sama-sama!');
    expect(r.awaiting.kind).toBe('free');
  });
});

describe('engine: free text at a choice', () => {
  it.each([['sudah', 'Bagus'], ['udah', 'Bagus'], ['yes', 'Bagus'], ['ya', 'Bagus'], ['1', 'Bagus'],
    ['belum', 'Lupa Password'], ['nggak', 'Lupa Password'], ['tidak', 'Lupa Password'], ['2', 'Lupa Password'], ['masih gagal', 'Lupa Password']])(
    '"%s" selects the right option', (typed, expected) => {
      const [, r] = play([press('topic:login'), text(typed)]);
      expect(textOf(r!)).toContain(expected);
    });

  it('text that is no option is reprompted with the options', () => {
    const [, r] = play([press('topic:login'), text('hmm kucing oranye')]);
    expect(textOf(r!)).toContain('belum menangkap pilihan');
    expect(buttonIds(r!)).toEqual(['login.start#sudah', 'login.start#belum']);
    expect(r!.state.step).toBe('login.start');
    // "hmm entahlah" ("I don't know") keeps the options too, with how to go on.
    const [, unsure] = play([press('topic:login'), text('hmm entahlah')]);
    expect(textOf(unsure!)).toContain('paling mendekati');
    expect(buttonIds(unsure!)).toEqual(['login.start#sudah', 'login.start#belum']);
  });

  it('a clear question about another topic switches to it', () => {
    const [, r] = play([press('topic:login'), text('saya lupa password AMS saya')]);
    expect(r!.state.topic).toBe('forgot-password');
    expect(textOf(r!)).toContain('Lupa Password');
  });
});

describe('engine: global commands', () => {
  it('menu, batal, bantuan, kembali and ulang work mid-flow', () => {
    const flow = [press('topic:register'), text('198503122010011001')];
    const [, atConfirm] = play(flow);
    expect(atConfirm!.awaiting).toEqual({ kind: 'confirm', slot: 'has-email' });

    const help = play([...flow, text('bantuan')]).at(-1)!;
    expect(textOf(help)).toContain('Cara memakai bot');
    expect(help.state.step).toBe('reg.agree');
    expect(help.awaiting.kind).toBe('confirm');

    const back = play([...flow, text('kembali')]).at(-1)!;
    expect(back.state.step).toBe('reg.nip');
    expect(textOf(back)).toContain('Tulis NIP');

    const cancel = play([...flow, text('batal')]).at(-1)!;
    expect(cancel.state.step).toBeUndefined();
    expect(buttonIds(cancel)).toContain('topic:login');

    const restart = play([...flow, text('ulang')]).at(-1)!;
    expect(restart.state.slots).toEqual({});
    expect(textOf(restart)).toContain('Halo!');

    const menu = play([...flow, { type: 'command', command: 'menu' }]).at(-1)!;
    expect(menu.awaiting.kind).toBe('free');
  });

  it('kembali with nothing behind shows the menu', () => {
    const [r] = play([text('back')]);
    expect(buttonIds(r!)).toContain('topic:login');
  });
});

describe('engine: typed prompts', () => {
  it('a wrong NIP gets a specific reprompt with an example; three misses offer menu or ticket', () => {
    const results = play([press('topic:register'), text('12345'), text('abc'), text('999')]);
    expect(textOf(results[1]!)).toMatch(/NIP/);
    expect(textOf(results[1]!)).toContain('Contoh');
    expect(results[1]!.state.misses).toBe(1);
    expect(buttonIds(results[3]!)).toEqual(['menu', 'topic:ticket']);
    expect(results[3]!.awaiting).toEqual({ kind: 'nip', slot: 'nip' });
  });

  it('confirm prompts take ya/tidak and buttons', () => {
    const yes = play([press('topic:register'), text('198503122010011001'), text('ya')]).at(-1)!;
    expect(yes.awaiting).toEqual({ kind: 'photo', slot: 'hris' });
    const no = play([press('topic:register'), text('198503122010011001'), press('reg.agree#no')]).at(-1)!;
    expect(textOf(no)).toContain('email dinas dulu');
  });

  it('the profile check lists every violation with its fix at the end', () => {
    const r = play([press('topic:profile'), text('Dr. Siti Aminah, S.E.'), text('Analis (Ahli)'), text('DJP')]).at(-1)!;
    const said = textOf(r);
    expect(said).toContain('Data profil perlu diperbaiki.');
    expect(said).toContain('Yang perlu diperbaiki:');
    expect(said.split('\n').filter((l) => l.startsWith('- ')).length).toBeGreaterThanOrEqual(3);
    expect(r.state.violations).toEqual([]);
    const ok = play([press('topic:profile'), text('Siti Aminah'), text('Analis'), text('Sekretariat Jenderal')]).at(-1)!;
    expect(textOf(ok)).toBe('Data profil Anda sudah sesuai ketentuan.');
    expect(buttonIds(ok)).toEqual(['menu']);
  });
});

describe('engine: files', () => {
  it('a photo prompt accepts photos and image documents, refuses other documents', () => {
    const base = [press('topic:register'), text('198503122010011001'), text('ya')];
    const ok = play([...base, photo('tg-file-9')]).at(-1)!;
    expect(ok.state.slots['hris']).toBe('tg-file-9');
    expect(textOf(ok)).toContain('data lengkap');
    const doc = play([...base, { type: 'document', file: { ref: 'd1', mime: 'image/jpeg' } }]).at(-1)!;
    expect(doc.state.slots['hris']).toBe('d1');
    const pdf = play([...base, { type: 'document', file: { ref: 'd2', mime: 'application/pdf' } }]).at(-1)!;
    expect(textOf(pdf)).toContain('bukan gambar');
    expect(pdf.state.step).toBe('reg.shot');
  });

  it('a photo where text is expected is answered and nothing is lost', () => {
    const atTerminal = play([press('topic:login'), text('sudah'), photo()]).at(-1)!;
    expect(textOf(atTerminal)).toBe('Saat ini saya tidak meminta gambar. Pilih topik dari menu atau tulis pertanyaan Anda.');
    expect(buttonIds(atTerminal)).toEqual(['menu']);
    expect(atTerminal.awaiting).toEqual({ kind: 'choice' });
    const atPrompt = play([press('topic:register'), photo()]).at(-1)!;
    expect(textOf(atPrompt)).toContain('tidak meminta gambar');
    expect(atPrompt.state.step).toBe('reg.nip');
    expect(atPrompt.awaiting).toEqual({ kind: 'nip', slot: 'nip' });
  });
});

describe('engine: stale buttons', () => {
  it.each([
    ['an unknown id', press('nonsense#x')],
    ['an id from another step', press('login.start#sudah')],
    ['an old graph version', press('reg.agree#yes', 'old-version')],
    ['an unknown topic', press('topic:nope')],
  ])('%s gets a friendly answer and the menu', (_name, input) => {
    const r = play([press('topic:register'), text('198503122010011001'), input]).at(-1)!;
    expect(textOf(r)).toContain('sudah tidak aktif');
    expect(buttonIds(r)).toContain('menu');
  });

  it('state from an older graph version drops buttons but keeps working', () => {
    const [first] = play([press('topic:login')]);
    const old = { ...first!.state, graphVersion: 'older' };
    const r = step(fixtureGraph, old, press('login.start#sudah'), meta, fixtureDeps());
    expect(textOf(r)).toContain('sudah tidak aktif');
    const again = step(fixtureGraph, old, text('sudah'), meta, fixtureDeps());
    expect(textOf(again)).toContain('Bagus');
  });
});

describe('engine: wait-email terminal', () => {
  it('offers "Email tidak datang", which leads to ifMissing and a ticket draft', () => {
    const [r] = play([press('topic:forgot-password')]);
    expect(textOf(r!)).toContain('noreply@bsre.id');
    expect(buttonIds(r!)).toEqual(['pw.start#missing', 'menu']);
    const [, missing] = play([press('topic:forgot-password'), press('pw.start#missing')]);
    expect(textOf(missing!)).toContain('Kita buat tiket.');
    expect(missing!.state.ticket).toBeDefined();
    const typed = play([press('topic:forgot-password'), text('email tidak datang')]).at(-1)!;
    expect(typed.state.ticket).toBeDefined();
    const cancelled = play([press('topic:forgot-password'), text('email tidak datang'), text('batal')]).at(-1)!;
    expect(cancelled.state.ticket).toBeUndefined();
    expect(cancelled.effects.some((e) => e.type === 'ticket-saved' && e.ticket.status === 'cancelled')).toBe(true);
  });
});

describe('engine: language', () => {
  it('switches to English when the user writes English and back when they write Indonesian', () => {
    const [en] = play([text('I forgot my AMS password, how can I reset it?')]);
    expect(en!.state.locale).toBe('en');
    expect(textOf(en!)).toContain('Click Forgot Password');
    const back = play([text('I forgot my AMS password'), text('saya tidak bisa login ke AMS')]).at(-1)!;
    expect(back.state.locale).toBe('id');
    const hinted = step(fixtureGraph, undefined, text('/start'), { ...meta, locale: 'en' }, fixtureDeps());
    expect(textOf(hinted)).toContain('Hello!');
  });
});

describe('engine: bad input never throws', () => {
  const inputs: Array<[string, string]> = [
    ['empty', ''], ['whitespace', '   \n\t '], ['10,000 characters', 'a'.repeat(10_000)],
    ['control characters', 'lupa\u0000\u0007 password\u001b[31m'], ['emoji only', '😀🙏🔥'],
    ['binary garbage', '\u0000\u0001\u0002\uFFFD\uFFFD\u0003\u0004'],
  ];
  it.each(inputs)('%s gets a clear answer at free text and at a prompt', (_name, value) => {
    for (const r of [play([text(value)]).at(-1)!, play([press('topic:register'), text(value)]).at(-1)!]) {
      expect(r.outputs.length).toBeGreaterThan(0);
      expect(textOf(r).length).toBeGreaterThan(0);
      expect(() => ConversationState.parse(r.state)).not.toThrow();
    }
  });

  it('says why: empty, emoji, unreadable, truncated', () => {
    expect(textOf(play([text('  ')])[0]!)).toContain('kosong');
    expect(textOf(play([text('🙏🙏')])[0]!)).toContain('emoji');
    expect(textOf(play([text('\u0000\u0001\u0002\u0003')])[0]!)).toContain('tidak dapat dibaca');
    expect(textOf(play([text(`lupa password ${'x '.repeat(6000)}`)])[0]!)).toContain('sangat panjang');
  });
});

describe('engine: secrets', () => {
  it('warns, emits kinds only, and keeps the secret out of state, outputs and effects', () => {
    const secret = 'Rahasia123!';
    const results = play([press('topic:profile'), text(`password: ${secret}`), text('pin saya 482916')]);
    const all = JSON.stringify(results);
    expect(all).not.toContain(secret);
    expect(all).not.toContain('482916');
    expect(textOf(results[1]!)).toContain('Jangan pernah membagikan password');
    expect(results[1]!.effects).toContainEqual({ type: 'secret-redacted', kinds: expect.any(Array) });
  });
});

describe('engine: state', () => {
  it('is pure (input state untouched), deterministic, and small', () => {
    const [first] = play([press('topic:profile')]);
    const frozen = JSON.stringify(first!.state);
    const a = step(fixtureGraph, first!.state, text('Siti Aminah'), meta, fixtureDeps());
    const b = step(fixtureGraph, first!.state, text('Siti Aminah'), meta, fixtureDeps());
    expect(JSON.stringify(first!.state)).toBe(frozen);
    expect(a).toEqual(b);
    const long = play([press('topic:profile'), text('Dr. Siti Aminah, S.E., M.Si.'), text('Kepala (Sub) Bagian Umum.'), text('DJPPR')]);
    for (const r of long) expect(JSON.stringify(r.state).length).toBeLessThan(2048);
  });
});
