/**
 * A small, robust language guess between Indonesian and English from function words. It only
 * switches when the evidence is clear; otherwise the conversation keeps its language.
 */
import type { Locale } from './graph.js';
import { words } from './input-hygiene.js';

const EN = new Set([
  'the', 'a', 'an', 'is', 'are', 'was', 'i', 'my', 'me', 'you', 'your', 'how', 'what', 'why', 'when', 'where',
  'can', 'cant', "can't", 'cannot', 'do', 'does', 'did', 'dont', "don't", 'not', 'to', 'with', 'of', 'for', 'and',
  'it', 'this', 'that', 'have', 'has', 'please', 'help', 'forgot', 'forget', 'reset', 'change', 'hello', 'hi',
  'thanks', 'thank', 'yes', 'no', 'email', 'came', 'never', 'get', 'got', 'in', 'on', 'be', 'will', 'should',
  'would', 'where', 'which', 'stuck', 'expired', 'renew', 'sign', 'signing', 'certificate', 'account', 'login',
]);
const ID = new Set([
  'saya', 'aku', 'anda', 'kamu', 'yang', 'tidak', 'tdk', 'gak', 'ga', 'nggak', 'enggak', 'bagaimana', 'gimana', 'gmn',
  'cara', 'apa', 'apakah', 'lupa', 'sudah', 'udah', 'udh', 'belum', 'blm', 'bisa', 'dan', 'di', 'ke', 'dari', 'untuk',
  'ini', 'itu', 'mau', 'ada', 'tolong', 'mohon', 'kenapa', 'knp', 'kok', 'sih', 'dong', 'ya', 'iya', 'terima', 'kasih',
  'makasih', 'selamat', 'pagi', 'siang', 'sore', 'malam', 'halo', 'masuk', 'lagi', 'tapi', 'atau', 'dengan', 'buat',
  'sertifikat', 'kadaluarsa', 'belom', 'nya', 'masih', 'kalau', 'kalo', 'gagal', 'tanda', 'tangan', 'akun', 'baru',
]);
// Words both languages use (product names, loanwords) carry no evidence.
const SHARED = new Set(['email', 'login', 'password', 'ams', 'otp', 'pin', 'nadine', 'ds', 'tte', 'bssn', 'reset', 'ok', 'oke']);

/**
 * The locale `text` is written in, or `current` when unsure: a language wins with two more
 * evidence words than the other, or when every word of a 2+ word text is its own or shared.
 */
export function detectLocale(text: string, current: Locale): Locale {
  const all = words(text);
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
