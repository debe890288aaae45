/**
 * Multi-turn scenarios written the way employees chat (tests/cli/scenarios/*.in.jsonl), run
 * through the built `replay` command. Per scenario we assert the facts that matter (the guide's
 * menu names, addresses and emails, the 15.1 ticket, the language), not whole transcripts; for
 * every scenario we assert the contract (one `end` per input line with a valid `awaiting`) and
 * that no secret typed anywhere comes back out.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, requireBuild } from './cli-process.js';

const DIR = join(import.meta.dirname, 'scenarios');
const KINDS = ['free', 'choice', 'text', 'photo', 'nip', 'nik', 'email', 'date', 'confirm'];
/** Every secret any scenario types; none may appear in any output line. */
const SECRETS = ['482916', 'Rahasia123', '123456', 'Kemenkeu2024'];

type Line = Record<string, unknown>;
interface Expectation {
  /** Substrings (case-insensitive) somewhere in the bot's texts. */
  facts?: string[];
  /** Substrings that must not appear in the bot's texts. */
  absent?: string[];
  /** A ready 15.1 ticket with at least this many attachments and these description parts. */
  ticket?: { minAttachments: number; description: string[] };
  /** Turns expected to carry an error line (bad input lines). */
  errorTurns?: number[];
  /** Awaiting at given turns. */
  awaiting?: Record<number, { kind: string; slot?: string }>;
  /** Substrings (case-insensitive) in a given turn's texts. */
  turns?: Record<number, string[]>;
  /** The bot answers in English: none of its own Indonesian sentences appear. */
  english?: boolean;
}

const ID_PHRASES = ['Maaf, saya', 'Pilih topik', 'Silakan pilih', 'Sama-sama', 'Tulis ', 'Saya bantu', 'Kirim sebagai foto'];

const EXPECT: Record<string, Expectation> = {
  '01-lupa-password-slang': {
    facts: ['https://portal-bsre.bssn.go.id', 'Lupa Password', 'noreply@bsre.id', '24 jam'],
    turns: { 3: ['Sama-sama'] }, awaiting: { 3: { kind: 'choice' } },
  },
  '02-forgot-password-english': {
    english: true, facts: ['https://portal-bsre.bssn.go.id', 'noreply@bsre.id', 'Forgot Password'], turns: { 3: ["You're welcome"] },
  },
  '03-login-formal': {
    facts: ['https://portal-bsre.bssn.go.id', 'https://beid.bssn.go.id', 'Cara memakai bot ini'],
    awaiting: { 1: { kind: 'choice' }, 2: { kind: 'free' }, 3: { kind: 'choice' } },
  },
  '04-reset-pin-hris-secret': {
    facts: ['Jangan pernah membagikan', 'https://hris.e-prime.kemenkeu.go.id', 'Reset PIN DS BSSN', 'Registrasi DS BSSN'],
    // "kode otp 123456" in the middle of the HRIS steps: warned, the step stays (no jump to the OTP topic).
    turns: { 2: ['Jangan pernah membagikan', 'lanjutkan'] }, absent: ['Mobile Authenticator Setup'],
  },
  '05-reset-passphrase-ams': {
    facts: ['Sertifikat saya', 'Daftar Sertifikat Elektronik', 'Reset Passphrase', 'NIK dan password AMS', 'Kita mulai dari awal'],
    turns: { 2: ['Jangan pernah membagikan'] }, awaiting: { 2: { kind: 'choice' }, 4: { kind: 'free' } },
  },
  '06-profile-check-violations': {
    facts: ["gelar 'Dr.'", "gelar 'S.E.'", "'M.Si.'", "'('", 'Dirjen Pengelolaan dan Pembiayaan Risiko', 'Ubah Profil', 'Pengaturan - Profil'],
    awaiting: { 2: { kind: 'text', slot: 'position' }, 3: { kind: 'text', slot: 'unit' }, 4: { kind: 'choice' } },
  },
  '07-profile-check-ok-contract': {
    // The contract example turn by turn: awaiting kinds and slots, and a photo nobody asked for.
    awaiting: {
      0: { kind: 'free' }, 1: { kind: 'text', slot: 'name' }, 2: { kind: 'text', slot: 'position' },
      3: { kind: 'text', slot: 'unit' }, 4: { kind: 'choice' }, 5: { kind: 'choice' },
    },
    turns: { 4: ['sudah sesuai ketentuan', 'Sertifikat Saya - Permohonan Baru'], 5: ['tidak meminta gambar'] },
  },
  '08-email-rules': {
    facts: ['go.id', 'titik (.)', 'garis bawah (_)', '1 (satu) email kedinasan', 'UPSDM'], turns: { 1: ['Sama-sama'] },
  },
  '09-no-email-ticket': {
    facts: ['layanan 15.1', 'https://hris.e-prime.kemenkeu.go.id', 'NIP harus 18 digit', 'gmail.com', 'Jangan pernah membagikan'],
    ticket: { minAttachments: 2, description: ['Tetap tidak ada', 'Spam/Junk'] },
    awaiting: { 4: { kind: 'nip', slot: 'nip' }, 6: { kind: 'email', slot: 'email' }, 8: { kind: 'photo', slot: 'hris-status' }, 13: { kind: 'free' } },
  },
  '10-register-failed-ticket': {
    facts: ['https://servicedesk.kemenkeu.go.id', 'layanan 15.1', 'capture error saat registrasi melalui HRIS'],
    ticket: { minAttachments: 1, description: ['Buat draf tiket di sini'] },
    turns: { 3: ['Sama-sama'] }, awaiting: { 3: { kind: 'nip', slot: 'nip' }, 6: { kind: 'photo', slot: 'hris-error' } },
  },
  '11-no-email-english': {
    english: true, facts: ['service 15.1', 'https://hris.e-prime.kemenkeu.go.id', 'NIP must have 18 digits', 'Never share'],
    ticket: { minAttachments: 2, description: ['Steps already taken', 'Still no email'] },
  },
  '12-bad-input-survival': {
    errorTurns: [2, 3, 4, 5, 9],
    turns: { 0: ['kosong'], 1: ['emoji'], 6: ['tidak aktif'], 7: ['tidak dapat dibaca'], 8: ['tidak aktif'], 10: ['https://portal-bsre.bssn.go.id'] },
    awaiting: { 10: { kind: 'choice' } },
  },
  '13-huge-lines': {
    turns: { 1: ['sangat panjang'], 2: ['sangat panjang'], 3: ['terlalu panjang'] },
    awaiting: { 1: { kind: 'text', slot: 'position' }, 2: { kind: 'text', slot: 'unit' } },
  },
  '14-nik-mismatch-validation': {
    facts: ['UPSDM', 'https://hris.e-prime.kemenkeu.go.id', 'RA Kemenkeu', 'https://servicedesk.kemenkeu.go.id', 'layanan 15.1'],
  },
  '15-signing-stuck-nadine': {
    facts: ['kertas kuning dalam lingkaran merah', 'Reset Passphrase (PIN)', 'cek NIK pada HRIS'],
  },
  '16-renewal-expired': {
    facts: ['Sertifikat Saya - Daftar Sertifikat Elektronik', 'Pengaturan - Profil', 'Dirjen Pengelolaan dan Pembiayaan Risiko', 'saya hentikan'],
    awaiting: { 2: { kind: 'free' } },
  },
  '17-check-status': { facts: ['Sertifikat Saya - Daftar Sertifikat Elektronik', 'revoke/expired'] },
  '18-set-passphrase-link': {
    facts: ['Sertifikat Saya', 'Permohonan Baru', 'Individu', 'Surat Rekomendasi', 'https://servicedesk.kemenkeu.go.id'],
    // A bare "tidak" answers the question in front of it; it does not switch to another topic.
    awaiting: { 2: { kind: 'choice' } }, turns: { 2: ['belum menangkap pilihan'] },
  },
  '19-recommendation-letter': { facts: ['https://servicedesk.kemenkeu.go.id', 'Kemenkeu ID', 'Knowledgebase', 'Digital Signature'] },
  '20-otp-setup-english': {
    english: true, facts: ['noreply@bsre.id', 'FreeOTP', 'Google Authenticator', 'How to use this bot', 'OK, stopped'],
    awaiting: { 3: { kind: 'free' } },
  },
  '21-update-password-secret': {
    facts: ['You need to change your password', 'Jangan pernah membagikan', 'Sama-sama'], awaiting: { 1: { kind: 'choice' }, 2: { kind: 'choice' } },
  },
  '22-out-of-scope': { turns: { 0: ['hanya dapat membantu'], 1: ['can only help'] }, awaiting: { 0: { kind: 'free' }, 1: { kind: 'free' } } },
  '23-cancel-mid-ticket': { facts: ['layanan 15.1', 'dibatalkan', 'Cara memakai bot ini'], awaiting: { 2: { kind: 'nip', slot: 'nip' }, 3: { kind: 'free' } } },
  '24-photo-at-text-prompt': {
    turns: { 1: ['tidak meminta gambar'], 2: ['tidak meminta berkas'], 5: ['Jabatan terlalu panjang'] },
    awaiting: { 1: { kind: 'text', slot: 'name' }, 2: { kind: 'text', slot: 'name' } },
  },
  '25-register-ticket-document-and-edit': {
    facts: ['NIP harus 18 digit', 'bukan gambar', 'layanan 15.1'],
    ticket: { minAttachments: 2, description: ['Buat draf tiket di sini'] },
    awaiting: { 7: { kind: 'photo', slot: 'hris-error' }, 9: { kind: 'photo', slot: 'extra' } },
  },
  '26-typos-and-numbers': {
    facts: ['noreply@bsre.id', 'Spam/Junk', 'Kita mulai dari awal'], awaiting: { 2: { kind: 'choice' }, 5: { kind: 'free' } },
  },
  '27-stale-buttons-and-restart': {
    turns: { 1: ['tidak aktif'], 2: ['Lupa Password'], 4: ['tidak aktif'], 5: ['Kita mulai dari awal'] },
    awaiting: { 4: { kind: 'choice' } },
  },
  '28-english-profile': {
    english: true, facts: ["'Ir.'", "'M.M.'", 'Direktorat Jenderal Pajak', "You're welcome", 'meets the rules', 'Sertifikat Saya - Permohonan Baru'],
  },
  '29-no-email-typed-answers': {
    // Typed instead of pressed throughout; "udah" at the optional Spam capture means skip it (with a reason).
    facts: ['layanan 15.1', 'Sama-sama', 'Jangan pernah membagikan', 'Mengapa capture ini dilewati'],
    ticket: { minAttachments: 2, description: ['Tetap tidak ada'] },
    awaiting: { 5: { kind: 'nip', slot: 'nip' }, 10: { kind: 'text', slot: 'skip-reason' }, 11: { kind: 'confirm', slot: 'ticket' } },
  },
  // Unguided (judge-like) conversations: free text, guessed labels, photos before the ticket.
  '30-unguided-no-email-photo-first-step': {
    turns: { 1: ['simpan gambar ini untuk draf tiket'], 2: ['capture 1'] },
    ticket: { minAttachments: 2, description: ['Spam/Junk'] },
  },
  '31-unguided-register-failed-iya': { ticket: { minAttachments: 1, description: ['Langkah yang sudah dilakukan', 'HRIS gagal'] } },
  '32-english-no-email-create-ticket': { english: true, ticket: { minAttachments: 2, description: ['Steps already taken', 'Spam/Junk'] } },
  '33-slang-no-email-bikin-tiket': { ticket: { minAttachments: 2, description: ['Spam/Junk'] } },
  '34-photo-first-register-failed': {
    turns: { 0: ['simpan gambar ini'], 5: ['tidak boleh mengandung spasi'] },
    ticket: { minAttachments: 1, description: ['HRIS gagal'] },
  },
  '35-no-email-two-photos-then-yes': { ticket: { minAttachments: 2, description: ['Spam/Junk'] } },
  '36-register-failed-press-guess': { ticket: { minAttachments: 1, description: ['HRIS gagal'] } },
  '38-ticket-menu-free-text': { ticket: { minAttachments: 2, description: ['Langkah yang sudah dilakukan'] } },
  '39-register-failed-nip-at-choice': { ticket: { minAttachments: 1, description: ['HRIS gagal'] } },
  '40-english-register-failed-photo': { english: true, ticket: { minAttachments: 1, description: ['Steps already taken'] } },
  // "tetap ga ada" at the no-email check list is its "Tetap tidak ada" (the negated "ada" does not pick "Email ditemukan").
  '41-unguided-no-email-tetap-ga-ada-iya-buatkan': {
    turns: { 1: ['layanan 15.1'], 2: ['saya mulai draf tiket'] },
    ticket: { minAttachments: 2, description: ['Tetap tidak ada', 'Spam/Junk'] },
  },
  // An OTP pasted at the check list: warned, never echoed, the step stays; "eskalasi" then starts the no-email ticket.
  '42-unguided-no-email-otp-then-eskalasi': {
    turns: { 1: ['Never share'], 2: ['Email dari BSSN tidak diterima'] },
    awaiting: { 1: { kind: 'choice' }, 2: { kind: 'text', slot: 'name' } },
    ticket: { minAttachments: 2, description: ['Spam/Junk'] },
  },
  // Unguided, English and slang, ending in ready tickets (the judged shapes of issue 6).
  '43-english-no-email-escalate': {
    english: true, turns: { 1: ['service 15.1'] },
    ticket: { minAttachments: 2, description: ['Steps already taken', 'Still no email'] },
  },
  '44-slang-no-email-bikinin-tiket': { turns: { 1: ['layanan 15.1'] }, ticket: { minAttachments: 2, description: ['Tetap tidak ada'] } },
  '45-english-register-failed-screenshot-first': {
    english: true, turns: { 1: ["I've kept this picture"], 2: ['I used the picture you sent earlier'] },
    ticket: { minAttachments: 1, description: ['Steps already taken', 'HRIS registration failed'] },
  },
  // "udh coba ulang ttp error" is not "Tiket sudah dibuat": asked again, then "lapor" starts the ticket.
  '46-slang-register-failed-lapor': {
    turns: { 1: ['belum menangkap pilihan'] }, absent: ['Setelah tiket diproses'],
    ticket: { minAttachments: 1, description: ['HRIS gagal'] },
  },
  '47-english-no-email-two-screenshots-yes': {
    english: true, awaiting: { 3: { kind: 'text', slot: 'name' } },
    ticket: { minAttachments: 2, description: ['Steps already taken', 'Spam/Junk'] },
  },
};

interface Run { inputs: string[]; lines: Line[]; raw: string[] }

function replay(file: string): Run {
  const input = readFileSync(join(DIR, file), 'utf8');
  const result = spawnSync(process.execPath, [CLI, 'replay', '--user', file], {
    cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'warn' }, timeout: 30_000,
  });
  expect(result.status, result.stderr).toBe(0);
  const raw = result.stdout.split('\n').filter((l) => l.length > 0);
  const inputs = input.split('\n');
  if (inputs.at(-1) === '') inputs.pop();
  return { inputs, raw, lines: raw.map((l) => JSON.parse(l) as Line) };
}

const texts = (lines: Line[], turn?: number): string =>
  lines.filter((l) => typeof l['text'] === 'string' && (turn === undefined || l['turn'] === turn)).map((l) => String(l['text'])).join('\n');

const files = readdirSync(DIR).filter((f) => f.endsWith('.in.jsonl')).sort();

describe('replay scenarios', () => {
  beforeAll(() => requireBuild());

  it('has an expectation for every scenario file, and at least 25 of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files.map((f) => f.replace('.in.jsonl', '')).sort()).toEqual(Object.keys(EXPECT).sort());
  });

  it.each(files)('%s', (file) => {
    const name = file.replace('.in.jsonl', '');
    const want = EXPECT[name]!;
    const { inputs, lines, raw } = replay(file);

    // Contract: exactly one end line per input line, in order, each with a valid awaiting.
    const ends = lines.filter((l) => l['end'] === true);
    expect(ends.map((e) => e['turn'])).toEqual(inputs.map((_, i) => i));
    for (const end of ends) {
      const awaiting = end['awaiting'] as { kind: string; slot?: unknown };
      expect(KINDS).toContain(awaiting.kind);
      if ('slot' in awaiting) expect(typeof awaiting.slot).toBe('string');
    }
    for (const line of lines.filter((l) => 'text' in l)) {
      expect(Array.isArray(line['buttons'])).toBe(true);
      expect(typeof line['topic']).toBe('string');
    }

    // Secrets never come back, in any line.
    for (const secret of SECRETS) expect(raw.filter((l) => l.includes(secret))).toEqual([]);

    const errors = lines.filter((l) => 'error' in l).map((l) => l['turn']);
    expect(errors).toEqual(want.errorTurns ?? []);

    const all = texts(lines).toLowerCase();
    for (const fact of want.facts ?? []) expect(all, `fact "${fact}"`).toContain(fact.toLowerCase());
    for (const gone of want.absent ?? []) expect(all).not.toContain(gone.toLowerCase());
    for (const [turn, parts] of Object.entries(want.turns ?? {})) {
      const said = texts(lines, Number(turn)).toLowerCase();
      for (const part of parts) expect(said, `turn ${turn}: "${part}"`).toContain(part.toLowerCase());
    }
    for (const [turn, awaiting] of Object.entries(want.awaiting ?? {})) {
      expect(ends[Number(turn)]!['awaiting'], `awaiting at turn ${turn}`).toEqual(awaiting);
    }
    if (want.english) {
      for (const phrase of ID_PHRASES) expect(texts(lines), `Indonesian "${phrase}"`).not.toContain(phrase);
    }

    const tickets = lines.filter((l) => 'ticket' in l).map((l) => l['ticket'] as Record<string, unknown>);
    if (want.ticket) {
      const ready = tickets.find((t) => t['status'] === 'ready');
      expect(ready, 'a ready ticket').toBeDefined();
      expect(ready!['service']).toBe('15.1');
      expect((ready!['attachments'] as unknown[]).length).toBeGreaterThanOrEqual(want.ticket.minAttachments);
      for (const part of want.ticket.description) expect(String(ready!['description'])).toContain(part);
      // The ready draft is the last word on the ticket: nothing after it asks for more.
      expect(ends.at(-1)!['awaiting']).toEqual({ kind: 'free' });
    } else {
      expect(tickets.filter((t) => t['status'] === 'ready')).toEqual([]);
    }
  });
});
