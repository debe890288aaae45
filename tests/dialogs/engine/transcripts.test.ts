/**
 * Transcript tests over the real guide: per topic, the main path and main branches, asserting
 * that the guide's facts (portals, senders, menu names, rules) reach the user.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/dialogs/graph.js';
import { Conversation, realGraph } from './real-graph.js';

let graph: Graph;
beforeAll(async () => { graph = await realGraph(); }, 60_000);
const talk = () => new Conversation(graph);

describe('transcripts: login and passwords', () => {
  it('login: portal and BeID, then success or the forgot-password branch', () => {
    const c = talk().play('bagaimana cara login ke portal AMS?');
    expect(c.state?.topic).toBe('login');
    expect(c.said).toContain('portal-bsre.bssn.go.id');
    expect(c.said).toContain('beid.bssn.go.id');
    c.play({ press: 'Berhasil masuk' });
    expect(c.last.awaiting.kind).toBe('choice');
    expect(c.labels).toContain('Menu');
    const forgot = talk().play('/start', { press: 'Login AMS' }, { press: 'Lupa password' });
    expect(forgot.state?.topic).toBe('forgot-password');
  });

  it('forgot-password: Lupa Password → email from noreply@bsre.id, expiry and not-received branches', () => {
    const c = talk().play('lupa password ams');
    expect(c.state?.topic).toBe('forgot-password');
    expect(c.said).toContain('Lupa Password');
    c.play({ press: 'Sudah klik Kirim' });
    expect(c.said).toContain('noreply@bsre.id');
    expect(c.said).toMatch(/24 jam/i);
    c.play({ press: 'tidak' });
    expect(c.said).toMatch(/spam/i);
  });

  it('"hmm ga tau deh" at a choice keeps the choice and says how to go on; it is not the "no" button', () => {
    const c = talk().play('lupa password ams', { press: 'Sudah klik Kirim' }, { press: 'tidak' });
    const step = c.state?.step;
    const buttons = c.labels;
    c.play('hmm ga tau deh');
    expect(c.state?.step).toBe(step);
    expect(c.labels).toEqual(buttons);
    expect(c.said).toMatch(/paling mendekati/);
    c.play("I don't know");
    expect(c.state?.step).toBe(step);
  });

  it('otp-setup: FreeOTP or Google Authenticator, rejected code branch', () => {
    const c = talk().play('/start', { press: 'Mobile Authenticator' });
    expect(c.said).toMatch(/FreeOTP|Google Authenticator/);
    c.play({ press: 'Sudah terpasang' }, { press: '' });
    expect(c.last.awaiting.kind).toBe('choice');
  });

  it('update-password: shown or not yet', () => {
    const c = talk().play('/start', { press: 'Update / ganti password' }, 'belum');
    expect(c.state?.step).toBe('update-password.how-to-reach');
  });
});

describe('transcripts: registration and profile', () => {
  it('register: HRIS prerequisites (NIK/NIP, 1 email go.id, UPSDM); HRIS error leads to register-failed', () => {
    const c = talk().play('/start', { press: 'Registrasi DS BSSN (via HRIS)' });
    expect(c.state?.topic).toBe('register');
    expect(c.said).toContain('UPSDM');
    expect(c.said).toContain('go.id');
    c.play({ press: 'Semua sudah sesuai' });
    expect(c.said).toMatch(/HRIS/);
    c.play({ press: 'gagal' });
    expect(c.state?.topic).toBe('register-failed');
    expect(c.said).toContain('15.1');
    expect(c.said).toContain('servicedesk.kemenkeu.go.id');
  });

  it('register-failed: drafting a ticket hands over to ticket collection', () => {
    const c = talk().play('/start', { press: 'Registrasi via HRIS gagal' }, { press: 'Buat draf tiket' });
    expect(c.state?.ticket).toBeDefined();
    expect(c.last.awaiting.kind).not.toBe('free');
    c.play('batal');
    expect(c.state?.ticket).toBeUndefined();
  });

  it('profile: a clean profile passes, a bad one lists every violation with its fix', () => {
    const ok = talk().play('/start', { press: 'Cek profil AMS' }, 'Siti Aminah', 'Analis', 'Sekretariat Jenderal');
    expect(ok.said).toContain('sudah sesuai ketentuan');
    const bad = talk().play('/start', { press: 'Cek profil AMS' }, 'Dr. Siti Aminah, S.E.', 'Analis (Ahli).', 'DJPPR');
    expect(bad.said).toContain('Yang perlu diperbaiki:');
    expect(bad.said).toContain('Dirjen Pengelolaan dan Pembiayaan Risiko');
    expect(bad.said.split('\n').filter((l) => l.startsWith('- ')).length).toBeGreaterThanOrEqual(3);
  });

  it('email-rules: one official address on go.id, checked when typed', () => {
    const c = talk().play('/start', { press: 'Aturan email kedinasan' });
    expect(c.said).toContain('go.id');
    c.play({ press: 'Cek alamat email' });
    expect(c.last.awaiting).toEqual({ kind: 'email', slot: 'email' });
    c.play('budi@gmail.com');
    expect(c.state?.misses).toBe(1);
    expect(c.last.awaiting.kind).toBe('email');
    c.play('budi.santoso@kemenkeu.go.id');
    expect(c.state?.slots['email']).toBe('budi.santoso@kemenkeu.go.id');
  });

  it('set-passphrase and recommendation letter: profile rules, servicedesk knowledgebase', () => {
    const c = talk().play('/start', { press: 'Set passphrase' });
    expect(c.said).toContain('Pengaturan - Profil');
    const r = talk().play('/start', { press: 'Surat Rekomendasi' });
    expect(r.said).toContain('Knowledgebase');
    expect(r.said).toContain('servicedesk.kemenkeu.go.id');
  });
});

describe('transcripts: certificates and signing', () => {
  it('check-status: an expired validity date leads to renewal, a future one does not', () => {
    const past = talk().play('/start', { press: 'Cek status' }, { press: 'Issue' }, '01/12/2025');
    expect(past.state?.topic).toBe('renewal');
    const future = talk().play('/start', { press: 'Cek status' }, { press: 'Issue' }, '31/12/2027');
    expect(future.state?.step).toBe('check-status.still-valid');
  });

  it('renewal: revoked or expired certificates go to the profile check before a new request', () => {
    const c = talk().play('/start', { press: 'Perpanjangan' }, { press: 'Expired' });
    expect(c.state?.step).toBe('renewal.profile-check');
  });

  it('reset-passphrase: via HRIS or AMS', () => {
    const c = talk().play('lupa passphrase tte', { press: 'Lewat AMS' });
    expect(c.state?.topic).toBe('reset-passphrase');
    expect(c.state?.step).toBe('reset-passphrase.ams');
  });

  it('signing-stuck: the yellow paper icon; PIN Salah leads to reset passphrase', () => {
    const c = talk().play('tte di nadine ga selesai2');
    expect(c.state?.topic).toBe('signing-stuck');
    expect(c.said).toContain('kertas kuning');
    c.play({ press: 'PIN Salah' });
    expect(c.state?.topic).toBe('reset-passphrase');
  });

  it('nik-mismatch: HRIS first, then AMS; a mismatch in AMS drafts a ticket', () => {
    const c = talk().play('/start', { press: 'NIK tidak sesuai' });
    expect(c.said).toContain('hris.e-prime.kemenkeu.go.id');
    c.play({ press: 'sudah sesuai' }, { press: 'belum' }, { press: '' });
    expect(c.state?.ticket).toBeDefined();
  });

  it('no-email: spam folder and HRIS status first, then a ticket', () => {
    const c = talk().play('email dari bssn tidak masuk');
    expect(c.state?.topic).toBe('no-email');
    expect(c.said).toMatch(/Spam/);
    c.play({ press: 'Tetap tidak ada' }, { press: '' });
    expect(c.state?.ticket).toBeDefined();
  });

  it('ticket: the menu of ticket kinds for layanan 15.1', () => {
    const c = talk().play('/start', { press: 'Buat tiket' });
    expect(c.said).toContain('15.1');
    expect(c.labels.length).toBe(4);
  });
});

describe('transcripts: small talk and out of scope', () => {
  it('greeting, thanks and out-of-scope answer and show the menu', () => {
    for (const text of ['halo', 'terima kasih', 'jadwal rapat besok jam berapa']) {
      const c = talk().play(text);
      expect(c.last.awaiting.kind).toBe('free');
      expect(c.labels).toContain('Cek profil AMS');
    }
  });

  it('English users get English answers', () => {
    const c = talk().play('I forgot my AMS password, how do I reset it?');
    expect(c.state?.locale).toBe('en');
    expect(c.state?.topic).toBe('forgot-password');
    expect(c.said).toContain('Forgot Password');
  });
});

describe('transcripts: state size and secrets end to end', () => {
  it('a ticket conversation with a pasted password stays small and never holds the secret', () => {
    const c = talk().play('email dari bssn tidak masuk', { press: 'Tetap tidak ada' }, { press: '' });
    c.play('password saya Rahasia123! masih tidak bisa', 'Siti Aminah', '198503122010011001', 'siti.aminah@kemenkeu.go.id',
      { photo: 'AgACAgUAAxkBAAIBQ2ZfakeTelegramFileId0123456789abcdef' }, { photo: 'AgACAgUAAxkBAAIBQ2ZfakeTelegramFileId0123456789abcdeg' });
    for (const turn of c.turns) {
      expect(JSON.stringify(turn.state).length).toBeLessThanOrEqual(2048);
      expect(JSON.stringify(turn)).not.toContain('Rahasia123');
    }
    expect(c.turns.some((t) => t.effects.some((e) => e.type === 'secret-redacted'))).toBe(true);
  });
});

describe('transcripts: a new question while a choice waits', () => {
  // Lupa Password's first choice has "Link sudah kedaluwarsa": a renewal question sharing
  // "sudah" and "expired" with it once picked that option.
  it('a longer question that shares only part of a label goes to its own topic', () => {
    const c = talk().play('lupa password ams');
    expect(c.last.awaiting.kind).toBe('choice');
    c.play('sertifikat saya sudah expired gimana cara perpanjangnya');
    expect(c.state?.topic).toBe('renewal');
  });

  it('an answer naming the whole label, short or long, still picks that option', () => {
    for (const answer of ['linknya sudah kedaluwarsa', 'kayaknya link sudah kedaluwarsa deh pak, gimana ini']) {
      const c = talk().play('lupa password ams');
      const step = c.state?.step;
      c.play(answer);
      expect(c.state?.topic, answer).toBe('forgot-password');
      expect(c.state?.step, answer).not.toBe(step);
      expect(c.said, answer).toMatch(/5 menit/);
    }
  });

  it("a ticket request at a step with its own ticket option keeps the topic's ticket", () => {
    const c = talk().play('nik saya di ams salah', { press: 'NIK AMS salah: buat tiket' });
    c.play('draf tiket tadi sudah saya coba');
    expect(c.state?.topic).toBe('nik-mismatch');
  });
});

describe('transcripts: another question while a ticket draft waits for a field', () => {
  const atNip = () => {
    const c = talk().play('nik di ams salah, mau buat tiket', 'Budi Santoso');
    expect(c.last.awaiting).toEqual({ kind: 'nip', slot: 'nip' });
    return c;
  };

  it('says how to leave the draft for it, keeps the draft and the field', () => {
    const c = atNip().play('eh saya lupa password ams juga gimana resetnya');
    expect(c.said).toContain('Lupa password AMS');
    expect(c.said).toMatch(/batal/);
    expect(c.last.awaiting).toEqual({ kind: 'nip', slot: 'nip' });
    c.play('198503122010011001');
    expect(c.last.awaiting).toEqual({ kind: 'email', slot: 'email' });
  });

  it('a mistyped value is only a mistyped value', () => {
    for (const typo of ['19850312201001', 'nip saya 1985 0312 2010 01 1001', 'belum tahu']) {
      const c = atNip().play(typo);
      expect(c.said, typo).not.toContain('Lupa password AMS');
      expect(c.said, typo).not.toMatch(/menanyakan hal lain/);
    }
  });
});

