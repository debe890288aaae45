/**
 * A small hand-built graph for the ticket-reach and ticket-intent tests: three problem topics
 * and the ticket menu, shaped so that one step has exactly one way to a ticket, one has two,
 * one leads into another topic, and one waits for an email whose absence leads to a ticket.
 *
 *   register-failed  rf.start ─ retry → rf.retry (resolved)
 *                             ─ ticket → rf.go (goto only) → rf.ticket [rf]
 *                             ─ email → ne.start (other topic)
 *   no-email         ne.start ─ found → ne.wait (wait-email, missing → ne.intro)
 *                             ─ none → ne.intro ─ draft → ne.ticket [ne]
 *   nik-mismatch     nik.start ─ ams → nik.ticket [nik]
 *                              ─ mail → nik.mail [ne]
 *   ticket           ticket.start ─ rf → ticket.rf [rf] ─ ne → ticket.ne [ne]
 */
import { type Graph, parseGraph } from '../../../src/dialogs/graph.js';

const t = (id: string, en: string) => ({ id, en });
const resolved = { kind: 'resolved' as const };
const ticket = (template: string) => ({ kind: 'ticket' as const, template });

/** The graph; see the module comment for its shape. */
export const ticketGraph: Graph = parseGraph({
  version: 'ticket-fixture-1',
  menu: ['register-failed', 'no-email', 'nik-mismatch'],
  topics: {
    'register-failed': {
      id: 'register-failed', title: t('Registrasi gagal', 'Registration failed'), start: 'rf.start',
      examples: { id: ['registrasi DS di HRIS gagal', 'gagal daftar sertifikat di HRIS muncul error'], en: ['HRIS registration failed with an error'] },
      keywords: ['gagal registrasi', 'error hris'],
    },
    'no-email': {
      id: 'no-email', title: t('Email tidak diterima', 'No email'), start: 'ne.start',
      examples: { id: ['email dari BSSN tidak masuk', 'belum terima email dari bssn'], en: ['no email from BSSN arrived'] },
      keywords: ['email tidak masuk', 'email bssn'],
    },
    'nik-mismatch': {
      id: 'nik-mismatch', title: t('NIK tidak sesuai', 'NIK mismatch'), start: 'nik.start',
      examples: { id: ['NIK di AMS salah', 'nik tidak sesuai'], en: ['my NIK in AMS is wrong'] }, keywords: ['nik'],
    },
    greeting: { id: 'greeting', title: t('Salam', 'Greeting'), examples: { id: ['halo'], en: ['hello'] }, start: 'greet', inMenu: false },
    thanks: { id: 'thanks', title: t('Terima kasih', 'Thanks'), examples: { id: ['makasih'], en: ['thanks'] }, start: 'thanks', inMenu: false },
    unknown: { id: 'unknown', title: t('Di luar topik', 'Out of scope'), examples: { id: [], en: [] }, start: 'unknown', inMenu: false },
    ticket: { id: 'ticket', title: t('Buat tiket', 'Create a ticket'), examples: { id: ['buat tiket servicedesk'], en: ['create a ticket'] }, start: 'ticket.start', inMenu: false },
  },
  steps: {
    greet: { id: 'greet', topic: 'greeting', message: t('Halo!', 'Hello!'), end: resolved },
    thanks: { id: 'thanks', topic: 'thanks', message: t('Sama-sama!', "You're welcome!"), end: resolved },
    unknown: { id: 'unknown', topic: 'unknown', message: t('Di luar topik.', 'Out of scope.'), end: resolved },
    'rf.start': {
      id: 'rf.start', topic: 'register-failed', message: t('Coba registrasi ulang di HRIS.', 'Try registering again in HRIS.'),
      options: [
        { id: 'retry', label: t('Coba lagi', 'Try again'), goto: 'rf.retry' },
        { id: 'ticket', label: t('Laporkan error', 'Report the error'), goto: 'rf.go' },
        { id: 'email', label: t('Cek email', 'Check email'), goto: 'ne.start' },
      ],
    },
    'rf.retry': { id: 'rf.retry', topic: 'register-failed', message: t('Semoga berhasil.', 'Good luck.'), end: resolved },
    'rf.go': { id: 'rf.go', topic: 'register-failed', message: t('Kita laporkan.', 'We report it.'), goto: 'rf.ticket' },
    'rf.ticket': { id: 'rf.ticket', topic: 'register-failed', end: ticket('rf') },
    'ne.start': {
      id: 'ne.start', topic: 'no-email', message: t('Cek folder Spam.', 'Check your Spam folder.'),
      options: [
        { id: 'found', label: t('Ketemu', 'Found it'), goto: 'ne.wait' },
        { id: 'none', label: t('Tetap tidak ada', 'Still nothing'), goto: 'ne.intro' },
      ],
    },
    'ne.wait': {
      id: 'ne.wait', topic: 'no-email', message: t('Ikuti emailnya.', 'Follow the email.'),
      end: { kind: 'wait-email', subject: t('Aktivasi', 'Activation'), ifMissing: 'ne.intro' },
    },
    'ne.intro': {
      id: 'ne.intro', topic: 'no-email', message: t('Kita siapkan drafnya.', 'We prepare the draft.'),
      options: [{ id: 'draft', label: t('Siapkan draf', 'Prepare the draft'), goto: 'ne.ticket' }],
    },
    'ne.ticket': { id: 'ne.ticket', topic: 'no-email', end: ticket('ne') },
    'nik.start': {
      id: 'nik.start', topic: 'nik-mismatch', message: t('Di mana NIK salah?', 'Where is the NIK wrong?'),
      options: [
        { id: 'ams', label: t('Di AMS', 'In AMS'), goto: 'nik.ticket' },
        { id: 'mail', label: t('Di email', 'In the email'), goto: 'nik.mail' },
      ],
    },
    'nik.ticket': { id: 'nik.ticket', topic: 'nik-mismatch', end: ticket('nik') },
    'nik.mail': { id: 'nik.mail', topic: 'nik-mismatch', end: ticket('ne') },
    'ticket.start': {
      id: 'ticket.start', topic: 'ticket', message: t('Tiket untuk masalah apa?', 'A ticket for which problem?'),
      options: [
        { id: 'rf', label: t('Registrasi gagal', 'Registration failed'), goto: 'ticket.rf' },
        { id: 'ne', label: t('Email tidak diterima', 'No email'), goto: 'ticket.ne' },
      ],
    },
    'ticket.rf': { id: 'ticket.rf', topic: 'ticket', end: ticket('rf') },
    'ticket.ne': { id: 'ticket.ne', topic: 'ticket', end: ticket('ne') },
  },
  tickets: {
    rf: {
      id: 'rf', service: '15.1', category: t('Registrasi gagal', 'Registration failed'), title: t('Registrasi gagal', 'Registration failed'),
      slots: ['name', 'nip', 'email'], captures: [{ id: 'hris-error', instruction: t('Capture error HRIS', 'HRIS error capture') }],
    },
    ne: {
      id: 'ne', service: '15.1', category: t('Email tidak diterima', 'No email'), title: t('Email tidak diterima', 'No email'),
      slots: ['name', 'nip', 'email'],
      captures: [
        { id: 'hris-status', instruction: t('Capture status HRIS', 'HRIS status capture') },
        { id: 'inbox', instruction: t('Capture kotak masuk', 'Inbox capture') },
      ],
    },
    nik: {
      id: 'nik', service: '15.1', category: t('NIK salah', 'Wrong NIK'), title: t('NIK salah', 'Wrong NIK'),
      slots: ['name', 'nip', 'email', 'nik'], captures: [{ id: 'ams-profile', instruction: t('Capture profil AMS', 'AMS profile capture') }],
    },
  },
});
