/**
 * Minimal NIP/NIK/email checks used until the shared validators are wired in
 * (kept deliberately small; the shared validators carry the guide's full rules).
 */
import type { Locale } from './graph.js';

type Answer = { ok: true; value: string } | { ok: false; message: string };

const MSG = {
  nip: { id: 'NIP harus 18 digit angka, contoh: 199001012015011001.', en: 'A NIP is 18 digits, e.g. 199001012015011001.' },
  nik: { id: 'NIK harus 16 digit angka sesuai KTP, contoh: 3173014501900002.', en: 'A NIK is the 16 digits on your ID card, e.g. 3173014501900002.' },
  email: { id: 'Email dinas harus berakhiran go.id, contoh: nama@kemenkeu.go.id.', en: 'An official email ends in go.id, e.g. name@kemenkeu.go.id.' },
};

/** Checks a NIP, NIK or email answer. */
export function checkFieldFallback(kind: 'nip' | 'nik' | 'email', input: string, locale: Locale, _today: Date): Answer {
  if (kind === 'email') {
    const value = input.trim().toLowerCase();
    return /^[a-z0-9._]+@([a-z0-9-]+\.)*go\.id$/.test(value) ? { ok: true, value } : { ok: false, message: MSG.email[locale] };
  }
  const digits = input.replace(/[\s.-]/g, '');
  const length = kind === 'nip' ? 18 : 16;
  return new RegExp(`^\\d{${length}}$`).test(digits) ? { ok: true, value: digits } : { ok: false, message: MSG[kind][locale] };
}
