/**
 * A small hand-built graph for engine tests (valid per the Graph schema), the deps to run it,
 * and a helper that plays a list of inputs through `step`.
 */
import { type Graph, parseGraph } from '../../../src/dialogs/graph.js';
import type { Inbound, InboundMeta } from '../../../src/dialogs/messages.js';
import { createRouter } from '../../../src/dialogs/router/router.js';
import { type StepResult, step } from '../../../src/dialogs/engine/step.js';
import type { ConversationState } from '../../../src/dialogs/engine/conversation-state.js';

const t = (id: string, en: string) => ({ id, en });

export const fixtureGraph: Graph = parseGraph({
  version: 'fixture-1',
  menu: ['login', 'forgot-password', 'profile', 'register'],
  topics: {
    login: { id: 'login', title: t('Login AMS', 'AMS login'), examples: { id: ['bagaimana cara login ke portal AMS', 'tidak bisa masuk AMS'], en: ['how do I log in to AMS'] }, keywords: ['login', 'masuk'], start: 'login.start' },
    'forgot-password': { id: 'forgot-password', title: t('Lupa password', 'Forgot password'), examples: { id: ['lupa password AMS', 'lupa kata sandi akun AMS'], en: ['I forgot my AMS password'] }, keywords: ['lupa password', 'reset password'], start: 'pw.start' },
    profile: { id: 'profile', title: t('Cek profil AMS', 'Check AMS profile'), examples: { id: ['cek profil AMS', 'format nama jabatan unit'], en: ['check my AMS profile'] }, keywords: ['profil'], start: 'profile.start' },
    register: { id: 'register', title: t('Registrasi', 'Registration'), examples: { id: ['cara daftar sertifikat elektronik', 'registrasi DS'], en: ['how to register a certificate'] }, keywords: ['daftar', 'registrasi'], start: 'reg.nip' },
    greeting: { id: 'greeting', title: t('Salam', 'Greeting'), examples: { id: ['halo', 'selamat pagi'], en: ['hello', 'good morning'] }, start: 'greet', inMenu: false },
    thanks: { id: 'thanks', title: t('Terima kasih', 'Thanks'), examples: { id: ['terima kasih', 'makasih'], en: ['thank you', 'thanks'] }, start: 'thanks', inMenu: false },
    unknown: { id: 'unknown', title: t('Di luar topik', 'Out of scope'), examples: { id: [], en: [] }, start: 'unknown', inMenu: false },
    ticket: { id: 'ticket', title: t('Buat tiket', 'Create a ticket'), examples: { id: ['buat tiket servicedesk'], en: ['create a ticket'] }, start: 'ticket.start', inMenu: false },
  },
  steps: {
    greet: { id: 'greet', topic: 'greeting', message: t('Halo juga!', 'Hello!'), end: { kind: 'resolved' } },
    thanks: { id: 'thanks', topic: 'thanks', message: t('Sama-sama!', "You're welcome!"), end: { kind: 'resolved' } },
    unknown: { id: 'unknown', topic: 'unknown', message: t('Maaf, itu di luar topik DS.', 'Sorry, that is not about DS.'), end: { kind: 'resolved' } },
    'login.start': {
      id: 'login.start', topic: 'login', message: t('Buka portal AMS. Sudah bisa login?', 'Open the AMS portal. Can you log in now?'),
      links: [{ label: t('Portal AMS', 'AMS portal'), url: 'https://portal-bsre.bssn.go.id' }],
      options: [
        { id: 'sudah', label: t('Sudah', 'Yes'), goto: 'login.done' },
        { id: 'belum', label: t('Belum', 'Not yet'), synonyms: ['masih gagal'], goto: 'login.help' },
      ],
    },
    'login.done': { id: 'login.done', topic: 'login', message: t('Bagus, selesai.', 'Great, done.'), end: { kind: 'resolved' } },
    'login.help': { id: 'login.help', topic: 'login', message: t('Coba fitur **Lupa Password**.', 'Try **Forgot Password**.'), end: { kind: 'resolved' } },
    'pw.start': {
      id: 'pw.start', topic: 'forgot-password', message: t('Klik Lupa Password lalu masukkan email.', 'Click Forgot Password and enter your email.'),
      end: { kind: 'wait-email', from: 'noreply@bsre.id', subject: t('Reset password', 'Reset password'), ifMissing: 'pw.missing' },
    },
    'pw.missing': { id: 'pw.missing', topic: 'forgot-password', message: t('Kita buat tiket.', "Let's make a ticket."), goto: 'pw.ticket' },
    'pw.ticket': { id: 'pw.ticket', topic: 'forgot-password', end: { kind: 'ticket', template: 'no-email' } },
    'ticket.start': { id: 'ticket.start', topic: 'ticket', end: { kind: 'ticket', template: 'no-email' } },
    'profile.start': { id: 'profile.start', topic: 'profile', message: t('Tulis Nama tanpa gelar.', 'Type your name without titles.'), prompt: { kind: 'text', slot: 'name', rule: 'profile-name', collect: true, goto: 'profile.position' } },
    'profile.position': { id: 'profile.position', topic: 'profile', message: t('Tulis Jabatan Anda.', 'Type your position.'), prompt: { kind: 'text', slot: 'position', rule: 'profile-position', collect: true, goto: 'profile.unit' } },
    'profile.unit': { id: 'profile.unit', topic: 'profile', message: t('Tulis Unit Organisasi.', 'Type your unit.'), prompt: { kind: 'text', slot: 'unit', rule: 'profile-unit', collect: true, goto: 'profile.check' } },
    'profile.check': { id: 'profile.check', topic: 'profile', branch: { cases: [{ when: { op: 'profile-valid' }, goto: 'profile.ok' }], otherwise: 'profile.bad' } },
    'profile.ok': { id: 'profile.ok', topic: 'profile', message: t('Data profil Anda sudah sesuai ketentuan.', 'Your profile data follows the rules.'), end: { kind: 'resolved' } },
    'profile.bad': { id: 'profile.bad', topic: 'profile', message: t('Data profil perlu diperbaiki.', 'Your profile needs fixes.'), end: { kind: 'resolved' } },
    'reg.nip': { id: 'reg.nip', topic: 'register', message: t('Tulis NIP Anda (18 digit).', 'Type your NIP (18 digits).'), prompt: { kind: 'nip', slot: 'nip', goto: 'reg.agree' } },
    'reg.agree': { id: 'reg.agree', topic: 'register', message: t('Sudah punya email dinas?', 'Do you have an official email?'), prompt: { kind: 'confirm', slot: 'has-email', goto: 'reg.shot', gotoNo: 'reg.noemail' } },
    'reg.noemail': { id: 'reg.noemail', topic: 'register', message: t('Buat email dinas dulu.', 'Create an official email first.'), end: { kind: 'resolved' } },
    'reg.shot': { id: 'reg.shot', topic: 'register', message: t('Kirim tangkapan layar status HRIS.', 'Send a screenshot of the HRIS status.'), prompt: { kind: 'photo', slot: 'hris', goto: 'reg.done' } },
    'reg.done': { id: 'reg.done', topic: 'register', message: t('Terima kasih, data lengkap.', 'Thanks, all data received.'), end: { kind: 'resolved' } },
  },
  tickets: {
    'no-email': {
      id: 'no-email', service: '15.1', category: t('Email BSSN tidak diterima', 'BSSN email not received'), title: t('Email tidak diterima', 'Email not received'),
      slots: ['name', 'nip', 'email'],
      captures: [{ id: 'inbox', instruction: t('Capture kotak masuk email', 'Capture of your inbox') }],
    },
  },
});

export const meta: InboundMeta = { userId: 'test:1', channel: 'cli' };

let ids = 0;
/** Deterministic deps: a fixed clock and counting ids, the real router over the fixture graph. */
export function fixtureDeps(graph: Graph = fixtureGraph) {
  return { now: () => new Date('2026-01-15T08:00:00Z'), newId: () => `id-${++ids}`, router: createRouter(graph) };
}

/** Input helpers. */
export const text = (value: string): Inbound => ({ type: 'text', text: value });
export const press = (id: string, graphVersion?: string): Inbound => ({ type: 'button', id, ...(graphVersion ? { graphVersion } : {}) });
export const photo = (ref = 'file-1', mime = 'image/png'): Inbound => ({ type: 'photo', file: { ref, mime } });

/** Plays `inputs` from a fresh conversation; returns every turn's result. */
export function play(inputs: Inbound[], graph: Graph = fixtureGraph, start?: ConversationState): StepResult[] {
  const deps = fixtureDeps(graph);
  const results: StepResult[] = [];
  let state = start;
  for (const input of inputs) {
    const result = step(graph, state, input, meta, deps);
    results.push(result);
    state = result.state;
  }
  return results;
}

/** All text of one turn, joined. */
export function textOf(result: StepResult): string {
  return result.outputs.map((o) => (o.type === 'text' ? o.text : '')).join('\n');
}

/** Button ids of one turn. */
export function buttonIds(result: StepResult): string[] {
  return result.outputs.flatMap((o) => (o.type === 'text' ? o.buttons.map((b) => b.id) : []));
}
