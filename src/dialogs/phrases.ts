/**
 * Every sentence the engine itself says (the guide's content lives in the graph), in
 * Indonesian and English. Keeping them in one table keeps the tone consistent and makes a
 * missing translation a type error.
 */
import type { Locale } from './graph.js';

/** One engine sentence in both languages. */
export interface Phrase { id: string; en: string }

/** The engine's wording, keyed by purpose. */
export const PHRASES = {
  welcome: {
    id: 'Halo! Saya membantu masalah Sertifikat Elektronik (DS) BSSN. Pilih topik atau tulis pertanyaan Anda.',
    en: 'Hello! I help with BSSN electronic certificate (DS) problems. Pick a topic or type your question.',
  },
  menu: {
    id: 'Pilih topik di bawah atau tulis pertanyaan Anda.',
    en: 'Pick a topic below or type your question.',
  },
  menuButton: { id: 'Menu', en: 'Menu' },
  ticketButton: { id: 'Buat tiket', en: 'Create a ticket' },
  backButton: { id: 'Kembali', en: 'Back' },
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
  draftTicketButton: { id: 'Buat draf tiket', en: 'Draft the ticket' },
  keptForTicket: {
    id: 'Saya simpan gambar ini untuk draf tiket. Mau saya buatkan draf tiket layanan 15.1?',
    en: "I've kept this picture for the ticket draft. Shall I draft the service 15.1 ticket?",
  },
  keptForLater: {
    id: 'Saya simpan gambar ini untuk draf tiket nanti.',
    en: "I've kept this picture for the ticket draft later.",
  },
  keptBeforeTopic: {
    id: 'Saya simpan gambar ini untuk draf tiket. Ceritakan masalahnya (misalnya "email dari BSSN tidak masuk") atau pilih topik.',
    en: 'I\'ve kept this picture for the ticket draft. Tell me the problem (e.g. "no email from BSSN") or pick a topic.',
  },
  pickTicket: {
    id: 'Tiket layanan 15.1 mana yang ingin dibuat?',
    en: 'Which service 15.1 ticket do you want to create?',
  },
  offerDeclined: {
    id: 'Baik, gambar tadi tidak saya pakai. Kita lanjutkan.',
    en: "OK, I won't use the picture. Let's carry on.",
  },
  emailMissingButton: { id: 'Email tidak datang', en: 'No email came' },
  help: {
    id: 'Cara memakai bot ini:\n- Tekan tombol atau ketik nomornya (1, 2, ...).\n- Tulis pertanyaan Anda dengan kata-kata sendiri, misalnya "lupa password AMS".\n- Perintah: **menu** (daftar topik), **kembali** (langkah sebelumnya), **batal** (hentikan), **ulang** (mulai dari awal), **bantuan** (pesan ini).\n- Jangan pernah mengirim password, PIN/passphrase, atau kode OTP.',
    en: 'How to use this bot:\n- Press a button or type its number (1, 2, ...).\n- Ask in your own words, e.g. "forgot my AMS password".\n- Commands: **menu** (topics), **back** (previous step), **cancel** (stop), **restart** (start over), **help** (this message).\n- Never send a password, PIN/passphrase or OTP code.',
  },
  cancelled: { id: 'Baik, saya hentikan. Ada lagi yang bisa saya bantu?', en: 'OK, stopped. Anything else I can help with?' },
  nothingToGoBack: { id: 'Tidak ada langkah sebelumnya. Ini menunya.', en: 'There is no previous step. Here is the menu.' },
  restarted: { id: 'Kita mulai dari awal.', en: "Let's start over." },
  staleButton: {
    id: 'Tombol itu sudah tidak aktif. Silakan pilih dari menu terbaru.',
    en: 'That button is no longer active. Please choose from the current menu.',
  },
  unknownTopic: {
    id: 'Maaf, pertanyaan itu di luar yang bisa saya bantu. Saya membantu masalah Sertifikat Elektronik (DS) BSSN. Pilih topik di bawah.',
    en: 'Sorry, that is outside what I can help with. I help with BSSN electronic certificate (DS) problems. Pick a topic below.',
  },
  pickOption: { id: 'Silakan pilih salah satu:', en: 'Please choose one:' },
  clarifyQuestion: {
    id: 'Maksud Anda salah satu dari ini? Pilih yang paling sesuai:',
    en: 'Did you mean one of these? Pick the closest:',
  },
  clarifyNone: { id: 'Bukan, lihat menu', en: 'None of these, show the menu' },
  notUnderstoodChoice: {
    id: 'Maaf, saya belum menangkap pilihan Anda. Tekan salah satu tombol atau ketik nomornya.',
    en: "Sorry, I didn't catch your choice. Press one of the buttons or type its number.",
  },
  unsureChoice: {
    id: 'Tidak apa-apa. Pilih yang paling mendekati keadaan Anda di layar; bila tetap ragu, ketik *tiket* agar helpdesk membantu, atau *menu* untuk mulai dari awal.',
    en: "That's fine. Pick the one closest to what you see on screen; if you are still unsure, type *ticket* to get the helpdesk's help, or *menu* to start over.",
  },
  noPhotoWanted: {
    id: 'Saat ini saya tidak meminta gambar. Pilih topik dari menu atau tulis pertanyaan Anda.',
    en: "I'm not asking for a picture right now. Pick a topic from the menu or type your question.",
  },
  noPhotoAtPrompt: {
    id: 'Saat ini saya tidak meminta gambar; saya menunggu jawaban berupa teks.',
    en: "I'm not asking for a picture right now; I'm waiting for a typed answer.",
  },
  noDocumentWanted: {
    id: 'Saat ini saya tidak meminta berkas. Tulis jawaban Anda sebagai teks.',
    en: "I'm not asking for a file right now. Please type your answer.",
  },
  notAnImage: {
    id: 'Berkas itu bukan gambar. Kirim tangkapan layar sebagai foto atau berkas PNG/JPG.',
    en: 'That file is not an image. Send the screenshot as a photo or a PNG/JPG file.',
  },
  textAtPhotoPrompt: {
    id: 'Saya menunggu gambar (tangkapan layar). Kirim sebagai foto, atau ketik **batal** untuk berhenti.',
    en: "I'm waiting for a picture (screenshot). Send it as a photo, or type **cancel** to stop.",
  },
  empty: { id: 'Pesan Anda kosong. Tulis pertanyaan Anda atau pilih dari menu.', en: 'Your message is empty. Type your question or pick from the menu.' },
  emojiOnly: {
    id: 'Saya hanya bisa membaca kata-kata, bukan emoji. Tulis pertanyaan Anda atau pilih dari menu.',
    en: 'I can only read words, not emoji. Type your question or pick from the menu.',
  },
  unreadable: {
    id: 'Pesan Anda tidak dapat dibaca (berisi karakter yang tidak dikenal). Tulis ulang dengan huruf biasa.',
    en: 'I could not read your message (it contains unknown characters). Please type it again in plain letters.',
  },
  truncated: {
    id: 'Pesan Anda sangat panjang; saya hanya membaca bagian awalnya.',
    en: 'Your message is very long; I only read its beginning.',
  },
  secretWarning: {
    id: '⚠️ Jangan pernah membagikan password, PIN/passphrase, atau kode OTP kepada siapa pun, termasuk bot dan helpdesk. Saya tidak menyimpannya. Jika sudah terlanjur dibagikan, segera ganti atau reset.',
    en: '⚠️ Never share a password, PIN/passphrase or OTP code with anyone, including bots and the helpdesk. I did not keep it. If you already shared it, change or reset it now.',
  },
  example: { id: 'Contoh', en: 'Example' },
  tooManyMisses: {
    id: 'Sepertinya jawabannya belum pas. Anda bisa mencoba lagi, kembali ke menu, atau membuat tiket ke helpdesk.',
    en: "It seems the answer still doesn't fit. You can try again, go back to the menu, or create a helpdesk ticket.",
  },
  profileViolations: { id: 'Yang perlu diperbaiki:', en: 'What needs fixing:' },
  waitEmail: {
    id: 'Email yang ditunggu: "{subject}", dari {from}. Cek juga folder Spam/Junk.',
    en: 'Email to expect: "{subject}", from {from}. Check your Spam/Junk folder too.',
  },
  brokenFlow: {
    id: 'Maaf, langkah ini sedang tidak tersedia. Silakan pilih topik lain dari menu.',
    en: 'Sorry, this step is not available right now. Please pick another topic from the menu.',
  },
  noFileWanted: {
    id: 'Saat ini saya tidak meminta berkas. Pilih topik dari menu atau tulis pertanyaan Anda.',
    en: "I'm not asking for a file right now. Pick a topic from the menu or type your question.",
  },
  carryOn: { id: 'Mari lanjutkan dari langkah ini.', en: "Let's carry on from this step." },
  welcomeKeepGoing: {
    id: 'Sama-sama! Kalau sudah siap, lanjutkan dari langkah ini.',
    en: "You're welcome! When you're ready, carry on from this step.",
  },
  topicSwitched: { id: 'Baik, kita bahas topik lain.', en: 'OK, switching topics.' },
  stateReset: {
    id: 'Maaf, sesi sebelumnya tidak dapat dipulihkan, jadi kita mulai dari awal.',
    en: "Sorry, I couldn't restore our previous session, so we're starting over.",
  },
  otherQuestionInTicket: {
    id: 'Sepertinya Anda menanyakan hal lain ({topic}). Draf tiket ini belum selesai: ketik **batal** untuk menghentikannya lalu bertanya, atau lanjutkan mengisi:',
    en: 'It looks like you are asking about something else ({topic}). This ticket draft is not finished: type **cancel** to stop it and ask, or go on:',
  },
  storeDown: {
    id: 'Maaf, sistem sedang mengalami gangguan sehingga pesan Anda belum bisa diproses. Silakan coba lagi sebentar lagi.',
    en: "Sorry, the system is having trouble and couldn't process your message. Please try again in a moment.",
  },
} as const satisfies Record<string, Phrase>;

/** The name of one engine phrase. */
export type PhraseKey = keyof typeof PHRASES;

/** `phrase` in `locale` with its `{name}` placeholders filled from `vars` (unknown names stay). */
export function fillPhrase(phrase: Phrase, locale: Locale, vars: Record<string, string | number> = {}): string {
  return phrase[locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The engine phrase `key` in the locale, with `{name}` placeholders filled from `vars`. */
export function say(key: PhraseKey, locale: Locale, vars: Record<string, string> = {}): string {
  return fillPhrase(PHRASES[key], locale, vars);
}
