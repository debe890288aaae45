/** Unit tests of the engine's helper modules: choice matching, language, input hygiene, commands. */
import { describe, expect, it } from 'vitest';
import { isAcknowledgement, isThanks, isUnsureAnswer, matchOption, matchOptionLoosely, matchYesNo } from '../../../src/dialogs/engine/choice-matching.js';
import { detectLocale } from '../../../src/dialogs/input/locale-detect.js';
import { MAX_INPUT_CHARS, cleanText, words } from '../../../src/dialogs/input/hygiene.js';
import { commandOf, commandOfButton } from '../../../src/dialogs/engine/global-commands.js';
import { buttonId, stepText, toPlainText } from '../../../src/dialogs/engine/render.js';
import type { Step } from '../../../src/dialogs/graph.js';
import type { Option } from '../../../src/dialogs/graph.js';

const opt = (id: string, idLabel: string, enLabel: string, synonyms: string[] = []): Option =>
  ({ id, label: { id: idLabel, en: enLabel }, synonyms, goto: 'x' });
const options = [opt('found', 'Email ditemukan', 'Found the email'), opt('rules', 'Cek aturan email', 'Check the email rules'), opt('none', 'Tetap tidak ada', 'Still nothing')];

describe('choice matching', () => {
  it.each([['2', 1], ['Email ditemukan', 0], ['found the email', 0], ['tetap tidak ada', 2], ['cek aturan email dong', 1], ['still nothing', 2]])(
    '"%s" → option %i', (typed, index) => expect(matchOption(options, typed)).toBe(index));
  it('yes/no families pick the single option of that family', () => {
    const yn = [opt('sudah', 'Sudah', 'Yes'), opt('belum', 'Belum', 'Not yet')];
    for (const y of ['udah', 'sdh', 'ya', 'yes', 'iya dong']) expect(matchOption(yn, y)).toBe(0);
    for (const n of ['blm', 'nggak', 'no', 'tidak', 'belummm']) expect(matchOption(yn, n)).toBe(1);
  });
  it('leaves unclear text unmatched', () => {
    expect(matchOption(options, 'bagaimana cara reset passphrase di aplikasi nadine')).toBeUndefined();
    expect(matchOption(options, '9')).toBeUndefined();
    expect(matchOption(options, '')).toBeUndefined();
  });
  it('loose match: a negated answer does not pick the option whose synonym is a yes-word ("tetap ga ada" ≠ "ada")', () => {
    const withAda = [opt('found', 'Email ditemukan', 'Found the email', ['ketemu', 'ada']), options[1]!, opt('none', 'Tetap tidak ada', 'Still nothing', ['tidak', 'belum'])];
    expect(matchOption(withAda, 'tetap ga ada')).toBeUndefined();
    expect(matchOptionLoosely(withAda, 'tetap ga ada')).toBe(2);
    expect(matchOptionLoosely(withAda, 'ada kok')).toBe(0);
  });
  it('a lone yes/no word inside a longer answer is not the answer ("udh coba ulang ttp error" ≠ "Tiket sudah dibuat")', () => {
    const reg = [opt('draft', 'Buat draf tiket di sini', 'Draft the ticket here', ['tiket', 'buat']), opt('filed', 'Tiket sudah dibuat', 'I already filed the ticket', ['sudah', 'udah'])];
    expect(matchOption(reg, 'udh coba ulang ttp error')).toBeUndefined();
    expect(matchOptionLoosely(reg, 'udh coba ulang ttp error')).toBeUndefined();
    expect(matchOption(reg, 'udah dong')).toBe(1);
  });
  it('a content word decides over a yes-word that two options share ("linknya sudah kedaluwarsa")', () => {
    const sent = [opt('sent', 'Sudah klik Kirim', 'I clicked Send', ['sudah', 'udah']), opt('expired', 'Link sudah kedaluwarsa', 'The link has expired', ['expired', 'kedaluwarsa'])];
    expect(matchOption(sent, 'linknya sudah kedaluwarsa')).toBe(1);
    expect(matchOption(sent, 'sudah')).toBe(0);
    expect(matchOption(sent, 'udah kok')).toBe(0);
  });
  it('a two-word phrase of one option beats the yes-word the answer starts with ("sudah, belum masuk")', () => {
    const intro = [opt('sent', 'Sudah klik Kirim', 'I clicked Kirim', ['sudah', 'udah', 'lanjut']), opt('expired', 'Link sudah kedaluwarsa', 'The link has expired', ['expired', 'kedaluwarsa']),
      opt('none', 'Email tidak masuk', 'No email arrived', ['tidak masuk', 'belum masuk', 'no email'])];
    expect(matchOption(intro, 'sudah, belum masuk')).toBe(2);
    expect(matchOption(intro, 'udah, tapi belum masuk')).toBe(2);
    expect(matchOption(intro, 'udah, link sudah kedaluwarsa')).toBe(1);
    expect(matchOption(intro, 'sudah')).toBe(0);
    expect(matchOption(intro, 'udah kok')).toBe(0);
    // A phrase of yes/no words only ("ya sudah") names nothing by itself.
    expect(matchOption([opt('ok', 'Ya sudah', 'Yes done'), opt('no', 'Belum', 'Not yet')], 'ya sudah dong')).toBe(0);
  });
  it('"I don\'t know" is no answer: its negation is about knowing ("hmm ga tau deh" ≠ "Tetap tidak masuk")', () => {
    const still = [opt('found', 'Email ditemukan', 'Found the email', ['ketemu', 'ada']), opt('none', 'Tetap tidak masuk', 'Still nothing', ['belum', 'tidak', 'no'])];
    for (const t of ['hmm ga tau deh', 'ga tau', 'gatau', 'tidak tahu', 'kurang paham', 'nggak yakin', "I don't know", 'not sure', 'no idea', 'bingung'])
      expect([matchOption(still, t), matchOptionLoosely(still, t), matchYesNo(t)], t).toEqual([undefined, undefined, undefined]);
    expect(isUnsureAnswer('hmm ga tau deh')).toBe(true);
    // Real answers still land: a plain no, and a "no" that says what it is about.
    expect(matchOptionLoosely(still, 'ga')).toBe(1);
    expect(matchOptionLoosely(still, 'tetap ga masuk')).toBe(1);
    expect(matchYesNo('ga')).toBe('no');
    expect(isUnsureAnswer('tidak')).toBe(false);
    // An option that is itself "I don't know" is chosen by its words.
    expect(matchOption([opt('yes', 'Ya', 'Yes'), opt('dk', 'Tidak tahu', "Don't know")], 'tidak tahu')).toBe(1);
  });
  it('every negation is one word for the loose match ("still nothing" meets "Still no email")', () => {
    expect(matchOptionLoosely(options, 'checked spam too, still nothing')).toBe(2);
  });
  it('confirm answers and acknowledgements', () => {
    expect(matchYesNo('iya')).toBe('yes');
    expect(matchYesNo('gak')).toBe('no');
    expect(matchYesNo('mungkin')).toBeUndefined();
    expect(isAcknowledgement('oke deh')).toBe(true);
    expect(isAcknowledgement('ok tapi pin saya salah')).toBe(false);
  });
});

describe('language detection', () => {
  it('switches only on clear evidence', () => {
    expect(detectLocale('I forgot my password', 'id')).toBe('en');
    expect(detectLocale('how do I renew the certificate', 'id')).toBe('en');
    expect(detectLocale('saya lupa password', 'en')).toBe('id');
    expect(detectLocale('lupa password', 'en')).toBe('id');
    expect(detectLocale('Siti Aminah', 'en')).toBe('en');
    expect(detectLocale('198503122010011001', 'en')).toBe('en');
    expect(detectLocale('yes', 'id')).toBe('id');
    expect(detectLocale('ok', 'en')).toBe('en');
  });

  it('recognises plain English and Indonesian sentences without DS words', () => {
    expect(detectLocale("still haven't received any email from BSSN after registering", 'id')).toBe('en');
    expect(detectLocale('it keeps saying wrong PIN since yesterday', 'id')).toBe('en');
    expect(detectLocale('pak sejak kemarin email dari BSSN belum masuk padahal sudah daftar', 'en')).toBe('id');
  });

  it("an English sentence quoting the apps' Indonesian messages stays English; Indonesian ones stay Indonesian", () => {
    for (const text of ['nadine says Anda belum terdaftar when I sign', 'it says PIN Salah', 'what does the Valid Sampai column mean',
      'where is the Sertifikat Saya menu', 'the yellow paper icon says Anda belum terdaftar']) {
      expect(detectLocale(text, 'id'), text).toBe('en');
    }
    for (const text of ['Anda belum terdaftar kata nadine', 'nadine bilang anda belum terdaftar', 'Valid Sampai sudah lewat',
      'muncul PIN Salah terus', 'lupa password', 'saya lupa password']) {
      expect(detectLocale(text, 'en'), text).toBe('id');
    }
  });
});

describe('input hygiene', () => {
  it('classifies input with no words', () => {
    expect(cleanText('')).toEqual({ kind: 'empty' });
    expect(cleanText(' \n\t')).toEqual({ kind: 'empty' });
    expect(cleanText('👍🙏')).toEqual({ kind: 'emoji-only' });
    expect(cleanText('\u0000\u0001\uFFFD')).toEqual({ kind: 'unreadable' });
  });
  it('strips control characters and bounds the length', () => {
    expect(cleanText('lupa\u0000 pass\u200Bword')).toEqual({ kind: 'ok', text: 'lupa pass word', truncated: false });
    const long = cleanText('a'.repeat(10_000));
    expect(long).toMatchObject({ kind: 'ok', truncated: true });
    expect(long.kind === 'ok' && long.text.length).toBe(MAX_INPUT_CHARS);
  });
  it('normalises words (case, accents, repeated letters)', () => {
    expect(words('Udahhh, SUDAH  café!')).toEqual(['udah', 'sudah', 'cafe']);
  });
});

describe('global commands and rendering', () => {
  it('recognises whole-message commands only', () => {
    expect(commandOf('/start')).toBe('start');
    // A message that is a name of Object.prototype's members is text, not a command.
    for (const text of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(commandOf(text)).toBeUndefined();
    expect(commandOf('/batal@dshelpdesk_bot')).toBe('cancel');
    expect(commandOf('Kembali')).toBe('back');
    expect(commandOf('help!')).toBe('help');
    expect(commandOf('batal perpanjang sertifikat')).toBeUndefined();
    expect(commandOfButton('menu')).toBe('menu');
    expect(commandOfButton('cmd:restart')).toBe('restart');
    expect(commandOfButton('login.intro#ok')).toBeUndefined();
  });
  it('keeps button ids within Telegram\'s 64 bytes', () => {
    expect(buttonId('login.intro', 'ok')).toBe('login.intro#ok');
    expect(Buffer.byteLength(buttonId('x'.repeat(80), 'choice'))).toBeLessThanOrEqual(64);
    expect(buttonId('x'.repeat(80), 'a')).not.toBe(buttonId('y'.repeat(80), 'a'));
  });
  it('turns light markup into plain text', () => {
    expect(toPlainText('Buka **AMS** di [portal](https://portal-bsre.bssn.go.id).')).toBe('Buka AMS di portal (https://portal-bsre.bssn.go.id).');
  });
});

describe('thanks while a step waits', () => {
  it.each(['makasih', 'terima kasih ya', 'Thanks a lot', 'makasih min', 'ok thank you', 'trims'])('"%s" is a thank-you', (text) => {
    expect(isThanks(text)).toBe(true);
  });
  it.each(['ya', 'kasih tahu caranya', 'thanks, tapi pin saya salah terus gimana', 'Siti Aminah', 'lanjut'])('"%s" is not', (text) => {
    expect(isThanks(text)).toBe(false);
  });
});

describe('links shown once', () => {
  const step = (message: string, url: string): Step => ({
    id: 's', topic: 'login', message: { id: message, en: message }, links: [{ label: { id: 'Portal', en: 'Portal' }, url }],
  } as unknown as Step);
  it('skips a link whose URL the message already shows', () => {
    expect(stepText(step('Buka [portal](https://portal-bsre.bssn.go.id).', 'https://portal-bsre.bssn.go.id/'), 'id')).toBe('Buka [portal](https://portal-bsre.bssn.go.id).');
    expect(stepText(step('Buka portal.', 'https://portal-bsre.bssn.go.id'), 'id')).toBe('Buka portal.\n\n[Portal](https://portal-bsre.bssn.go.id)');
  });
  it('prints an address once when the label is the address', () => {
    expect(toPlainText('[hris.e-prime.kemenkeu.go.id](https://hris.e-prime.kemenkeu.go.id)')).toBe('https://hris.e-prime.kemenkeu.go.id');
    expect(toPlainText('[HRIS](https://hris.e-prime.kemenkeu.go.id)')).toBe('HRIS (https://hris.e-prime.kemenkeu.go.id)');
  });
});
