/**
 * The few things the Telegram adapter says on its own (transport matters the engine never sees),
 * in Indonesian and English, plus the language choice from Telegram's `language_code`.
 */
import type { BotCommand } from 'grammy/types';

/** The adapter's locales (the graph's). */
export type TelegramLocale = 'id' | 'en';

/** Indonesian unless the user's Telegram app speaks English (or the default says otherwise). */
export function localeFromLanguageCode(code: string | undefined, fallback: TelegramLocale = 'id'): TelegramLocale {
  const language = code?.toLowerCase().split(/[-_]/)[0];
  if (language === 'en') return 'en';
  if (language === 'id' || language === 'in' || language === 'ms') return 'id';
  return fallback;
}

const TEXTS = {
  apology: {
    id: 'Maaf, terjadi gangguan di sisi kami. Percakapan Anda aman; silakan coba lagi sebentar lagi.',
    en: 'Sorry, something went wrong on our side. Your conversation is safe; please try again in a moment.',
  },
  flood: {
    id: 'Pesan Anda terlalu cepat. Mohon tunggu beberapa detik, lalu kirim lagi.',
    en: 'You are sending messages too quickly. Please wait a few seconds, then try again.',
  },
  fileNotImage: {
    id: 'Saya hanya bisa menerima gambar (tangkapan layar) dalam format foto, JPG atau PNG. Silakan kirim ulang sebagai gambar.',
    en: 'I can only accept images (screenshots) as a photo, JPG or PNG. Please send it again as an image.',
  },
  fileTooLarge: {
    id: 'Berkas terlalu besar (maksimal 10 MB). Silakan kirim tangkapan layar yang lebih kecil.',
    en: 'That file is too large (10 MB at most). Please send a smaller screenshot.',
  },
  unsupported: {
    id: 'Saya hanya membaca teks, tombol, dan gambar. Tulis pertanyaan Anda atau ketik /menu.',
    en: 'I can only read text, buttons and images. Type your question or /menu.',
  },
  goPrivate: {
    id: 'Langkah ini memerlukan data pribadi (NIP, NIK, email, atau tangkapan layar). Demi keamanan, lanjutkan di chat pribadi dengan saya.',
    en: 'This step needs personal data (NIP, NIK, email or a screenshot). For your safety, please continue in a private chat with me.',
  },
  goPrivateButton: { id: '🔒 Lanjut di chat pribadi', en: '🔒 Continue in private chat' },
  ticketReceived: { id: 'Draf tiket', en: 'Ticket draft' },
} as const;

/** Keys of the adapter's own texts. */
export type TextKey = keyof typeof TEXTS;

/** One adapter text in `locale`. */
export function text(key: TextKey, locale: TelegramLocale): string {
  return TEXTS[key][locale];
}

/** The command menu Telegram shows, per language (`setMyCommands`). */
export const BOT_COMMANDS: Record<TelegramLocale, BotCommand[]> = {
  id: [
    { command: 'start', description: 'Mulai percakapan' },
    { command: 'menu', description: 'Tampilkan menu topik' },
    { command: 'help', description: 'Bantuan penggunaan' },
    { command: 'cancel', description: 'Batalkan langkah saat ini' },
  ],
  en: [
    { command: 'start', description: 'Start the conversation' },
    { command: 'menu', description: 'Show the topic menu' },
    { command: 'help', description: 'How to use this bot' },
    { command: 'cancel', description: 'Cancel the current step' },
  ],
};
