/**
 * A small, robust language guess between Indonesian and English from function words. It only
 * switches when the evidence is clear; otherwise the conversation keeps its language.
 */
import type { Locale } from '../graph.js';
import { words } from './hygiene.js';

const EN = new Set([
  'the', 'a', 'an', 'is', 'are', 'was', 'i', 'my', 'me', 'you', 'your', 'how', 'what', 'why', 'when', 'where',
  'can', 'cant', "can't", 'cannot', 'do', 'does', 'did', 'dont', "don't", 'not', 'to', 'with', 'of', 'for', 'and',
  'it', 'this', 'that', 'have', 'has', 'please', 'help', 'forgot', 'forget', 'reset', 'change', 'hello', 'hi',
  'thanks', 'thank', 'yes', 'no', 'email', 'came', 'never', 'get', 'got', 'in', 'on', 'be', 'will', 'should',
  'would', 'where', 'which', 'stuck', 'expired', 'renew', 'sign', 'signing', 'certificate', 'account', 'login',
  // Everyday function words and verbs, so plain English sentences without the words above count too.
  'still', 'any', 'anything', 'nothing', 'received', 'receive', 'after', 'before', 'since', 'ago', 'from', 'again',
  'already', 'yet', 'been', 'there', 'they', 'we', 'our', 'us', 'if', 'but', 'so', 'just', 'only', 'some', 'know',
  'need', 'want', 'try', 'tried', 'trying', 'work', 'works', 'working', 'doesnt', "doesn't", 'didnt', "didn't",
  'isnt', "isn't", 'wont', "won't", 'havent', "haven't", 'im', "i'm", 'ive', "i've", 'at', 'by', 'about', 'new',
  'send', 'sent', 'open', 'click', 'ticket', 'fix', 'then', 'now', 'today', 'days', 'weeks', 'signature',
  'registered', 'registering', 'registration', 'wrong', 'keeps', 'keep', 'tell', 'show', 'where', 'who',
  'says', 'said', 'saying', 'shows', 'showing', 'shown', 'appears', 'appeared', 'message', 'column', 'page',
  'button',
]);
const ID = new Set([
  'saya', 'aku', 'anda', 'kamu', 'yang', 'tidak', 'tdk', 'gak', 'ga', 'nggak', 'enggak', 'bagaimana', 'gimana', 'gmn',
  'cara', 'apa', 'apakah', 'lupa', 'sudah', 'udah', 'udh', 'belum', 'blm', 'bisa', 'dan', 'di', 'ke', 'dari', 'untuk',
  'ini', 'itu', 'mau', 'ada', 'tolong', 'mohon', 'kenapa', 'knp', 'kok', 'sih', 'dong', 'ya', 'iya', 'terima', 'kasih',
  'makasih', 'selamat', 'pagi', 'siang', 'sore', 'malam', 'halo', 'masuk', 'lagi', 'tapi', 'atau', 'dengan', 'buat',
  'sertifikat', 'kadaluarsa', 'belom', 'nya', 'masih', 'kalau', 'kalo', 'gagal', 'tanda', 'tangan', 'akun', 'baru',
  'sejak', 'setelah', 'sebelum', 'terus', 'juga', 'sama', 'pak', 'bu', 'bapak', 'ibu', 'mas', 'mbak', 'kak', 'minta',
  'kirim', 'dapat', 'dapet', 'pernah', 'banget', 'bgt', 'aja', 'saja', 'dulu', 'nih', 'deh', 'kan', 'ngga', 'gk',
  'harus', 'perlu', 'kapan', 'mana', 'siapa', 'berapa', 'lama', 'minggu', 'hari', 'bulan', 'kemarin', 'tadi',
  'sekarang', 'besok', 'muncul', 'salah', 'benar', 'tiket', 'daftar', 'registrasi', 'perpanjang', 'ubah', 'ganti',
  'kata', 'sandi', 'sampai', 'tetap', 'padahal', 'karena', 'soalnya', 'gimana', 'caranya', 'bikin',
]);
// Words both languages use (product names, loanwords) carry no evidence.
const SHARED = new Set(['email', 'login', 'password', 'ams', 'otp', 'pin', 'nadine', 'ds', 'tte', 'bssn', 'reset', 'ok', 'oke']);

/**
 * The Indonesian messages and screen names of Nadine, AMS and HRIS that the guide quotes, and
 * that English speakers quote too ("Nadine says Anda belum terdaftar when I sign", "what does the
 * Valid Sampai column mean"): they name a screen, not the writer's language.
 */
const QUOTED_SCREENS: readonly string[][] = [
  'anda belum terdaftar', 'belum terdaftar', 'pin salah', 'valid sampai', 'sertifikat saya', 'daftar sertifikat elektronik',
  'permohonan baru', 'tidak bisa scan', 'email anda', 'lupa password', 'registrasi ds bssn', 'reset pin ds bssn',
  'tanda kertas kuning', 'nama device', 'unit organisasi', 'tidak kunjung selesai',
].map((phrase) => phrase.split(' '));

/**
 * The locale `text` is written in, or `current` when unsure: a language wins with two more
 * evidence words than the other, or when every word of a 2+ word text is its own or shared.
 * Quoted screen messages ({@link QUOTED_SCREENS}) cannot make an English sentence Indonesian.
 */
export function detectLocale(text: string, current: Locale): Locale {
  const all = words(text);
  const guess = guessLocale(all, current);
  if (guess === 'en') return guess;
  const unquoted = withoutQuotedScreens(all);
  // Only English evidence in what is left counts (with none, an emptied text would keep `current`).
  return unquoted.length < all.length && guessLocale(unquoted, 'id') === 'en' ? 'en' : guess;
}

function withoutQuotedScreens(all: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < all.length;) {
    const phrase = QUOTED_SCREENS.find((p) => p.every((w, k) => all[i + k] === w));
    if (phrase) {
      i += phrase.length;
    } else {
      kept.push(all[i]!);
      i += 1;
    }
  }
  return kept;
}

function guessLocale(all: readonly string[], current: Locale): Locale {
  let en = 0;
  let id = 0;
  let other = 0;
  for (const w of all) {
    if (SHARED.has(w)) continue;
    const isEn = EN.has(w);
    const isId = ID.has(w);
    if (isEn) en += 1;
    if (isId) id += 1;
    if (!isEn && !isId) other += 1;
  }
  if (en - id >= 2) return 'en';
  if (id - en >= 2) return 'id';
  const pure = all.length >= 2 && other === 0;
  if (pure && en >= 1 && id === 0) return 'en';
  if (pure && id >= 1 && en === 0) return 'id';
  return current;
}
