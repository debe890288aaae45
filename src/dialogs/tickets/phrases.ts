/**
 * Every sentence the ticket collection says to the employee, in Indonesian and English.
 * Kept apart from the state machine so wording changes never touch logic.
 */
import type { Locale } from '../graph.js';
import { fillPhrase, type Phrase } from '../phrases.js';

/** Fixed phrases of the ticket collection (light markup, see graph.ts). */
export const TICKET_PHRASES = {
  start: {
    id: 'Saya bantu menyiapkan tiket ke **Service Desk (layanan 15.1)**: **{title}**. Saya perlu beberapa data dan capture (tangkapan layar).',
    en: "I'll help you prepare a **Service Desk ticket (service 15.1)**: **{title}**. I need a few details and captures (screenshots).",
  },
  sentWithout: { id: 'pegawai meminta tiket dikirim tanpa capture ini', en: 'the employee asked to send the ticket without this capture' },
  prefilled: {
    id: 'Gambar yang Anda kirim tadi saya pakai untuk capture {n} ({instruction}). Ingin menggantinya? Di pratinjau pilih **Ubah** lalu **Capture ulang**.',
    en: 'I used the picture you sent earlier for capture {n} ({instruction}). Want to replace it? At the preview choose **Edit**, then **Redo captures**.',
  },
  askName: { id: 'Tulis **Nama lengkap** Anda (tanpa gelar).', en: 'Type your **full name** (without titles).' },
  askNip: { id: 'Tulis **NIP** Anda (18 digit).', en: 'Type your **NIP** (18 digits).' },
  askEmail: { id: 'Tulis **email dinas** Anda (go.id).', en: 'Type your **official email** (go.id).' },
  askNik: { id: 'Tulis **NIK** sesuai KTP (16 digit).', en: 'Type your **NIK** as on your ID card (16 digits).' },
  askOther: { id: 'Tulis **{field}** Anda.', en: 'Type your **{field}**.' },
  badName: {
    id: 'Nama belum terbaca. Tulis nama lengkap dengan huruf, contoh: Siti Aminah.',
    en: "I couldn't read that name. Type your full name in letters, e.g. Siti Aminah.",
  },
  askCapture: {
    id: 'Capture {n} dari {total}: {instruction}\n\nKirim sebagai **foto** (atau file gambar).',
    en: 'Capture {n} of {total}: {instruction}\n\nSend it as a **photo** (or an image file).',
  },
  optionalHint: {
    id: 'Capture ini boleh dilewati dengan alasan: tekan **Lewati**.',
    en: 'You may skip this capture with a reason: press **Skip**.',
  },
  captureReceived: { id: 'Capture diterima.', en: 'Capture received.' },
  notImage: {
    id: 'File **{name}** bukan gambar. Kirim capture sebagai foto atau file gambar (PNG/JPG).',
    en: 'The file **{name}** is not an image. Send the capture as a photo or an image file (PNG/JPG).',
  },
  needPhoto: {
    id: 'Saya menunggu capture berupa **foto**. {instruction}',
    en: "I'm waiting for a capture as a **photo**. {instruction}",
  },
  cannotSkip: {
    id: 'Capture ini **wajib** untuk tiket layanan 15.1 dan tidak bisa dilewati. {instruction}',
    en: 'This capture is **required** for a service 15.1 ticket and cannot be skipped. {instruction}',
  },
  askSkipReason: {
    id: 'Mengapa capture ini dilewati? Tulis alasannya singkat.',
    en: 'Why are you skipping this capture? Give a short reason.',
  },
  needReason: { id: 'Tulis alasannya dengan kata-kata, ya.', en: 'Please type the reason in words.' },
  askExtra: {
    id: 'Silakan kirim capture tambahan sebagai foto.',
    en: 'Send the extra capture as a photo.',
  },
  extraReceived: {
    id: 'Capture tambahan diterima ({count} lampiran). Kirim lagi, atau pilih **Kirim** bila sudah lengkap.',
    en: 'Extra capture received ({count} attachments). Send more, or choose **Send** when complete.',
  },
  preview: {
    id: 'Periksa draf tiket Anda:\n\n{text}\n\nKirim ke helpdesk?',
    en: 'Check your ticket draft:\n\n{text}\n\nSend it to the helpdesk?',
  },
  confirmHint: {
    id: 'Pilih **Kirim**, **Ubah**, **Tambah capture** atau **Batal**.',
    en: 'Choose **Send**, **Edit**, **Add capture** or **Cancel**.',
  },
  needText: { id: 'Saya menunggu jawaban berupa teks.', en: "I'm waiting for a typed answer." },
  stuckHint: {
    id: 'Jika ingin berhenti, ketik **batal**.',
    en: 'To stop, type **cancel**.',
  },
  tooMany: {
    id: 'Sudah {max} lampiran, batas satu tiket. Pilih **Kirim** atau **Ubah**.',
    en: 'That makes {max} attachments, the limit for one ticket. Choose **Send** or **Edit**.',
  },
  noTemplate: {
    id: 'Maaf, formulir tiket ini belum tersedia. Silakan buat tiket langsung di servicedesk.kemenkeu.go.id (layanan 15.1).',
    en: 'Sorry, this ticket form is not available. Please create the ticket at servicedesk.kemenkeu.go.id (service 15.1).',
  },
  editWhat: { id: 'Apa yang ingin diubah?', en: 'What would you like to change?' },
  incomplete: {
    id: 'Draf belum lengkap: capture **{instruction}** belum ada.',
    en: 'The draft is not complete yet: capture **{instruction}** is missing.',
  },
  sent: {
    id: 'Draf tiket **{id}** sudah lengkap dan dikirim ke helpdesk. Anda akan dikabari di sini setiap ada perkembangan.',
    en: 'Ticket draft **{id}** is complete and has been sent to the helpdesk. You will be updated here on every change.',
  },
  cancelled: {
    id: 'Draf tiket dibatalkan. Ketik **menu** untuk kembali ke daftar topik.',
    en: 'The ticket draft was cancelled. Type **menu** to go back to the topic list.',
  },
} satisfies Record<string, Phrase>;

/** Button labels of the collection (ids are `ticket:<action>`). */
export const TICKET_BUTTONS = {
  skip: { id: 'Lewati', en: 'Skip' },
  send: { id: 'Kirim', en: 'Send' },
  edit: { id: 'Ubah', en: 'Edit' },
  more: { id: 'Tambah capture', en: 'Add capture' },
  cancel: { id: 'Batal', en: 'Cancel' },
  captures: { id: 'Capture ulang', en: 'Redo captures' },
  back: { id: 'Kembali ke draf', en: 'Back to the draft' },
} satisfies Record<string, Phrase>;

/** Display names of the identity fields (edit menu, ticket text). */
export const FIELD_LABELS: Record<string, Phrase> = {
  name: { id: 'Nama', en: 'Name' },
  nip: { id: 'NIP', en: 'NIP' },
  email: { id: 'Email', en: 'Email' },
  nik: { id: 'NIK', en: 'NIK' },
};

/** The phrase in `locale` with `{placeholders}` filled. */
export function say(phrase: Phrase, locale: Locale, vars: Record<string, string | number> = {}): string {
  return fillPhrase(phrase, locale, vars);
}
