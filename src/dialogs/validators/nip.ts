/**
 * NIP (Nomor Induk Pegawai), 18 digits: birth date YYYYMMDD, appointment month YYYYMM,
 * gender (1 male, 2 female), sequence number of three digits.
 */
import { z } from 'zod';
import { compactDigits, isRealDate, isoDate, isoToday, problem, type Problem } from './problem.js';

/** What a valid NIP says about its holder. */
export interface NipInfo {
  nip: string;
  /** ISO yyyy-mm-dd. */
  birthDate: string;
  /** ISO yyyy-mm (TMT CPNS). */
  appointmentMonth: string;
  gender: 'male' | 'female';
  sequence: number;
}

/** Every rule the NIP breaks (empty when valid). Spaces inside the number are allowed. */
export function nipProblems(input: string, today: Date): Problem[] {
  const nip = compactDigits(input);
  if (nip === '') return [problem('NIP belum diisi. Tulis 18 digit NIP Anda.', 'The NIP is empty. Type your 18-digit NIP.')];
  if (!/^\d+$/.test(nip)) {
    return [problem('NIP hanya boleh berisi angka. Hapus huruf atau tanda baca, tulis 18 digit angka saja.',
      'The NIP may contain digits only. Remove letters and punctuation and type the 18 digits.')];
  }
  if (nip.length !== 18) {
    return [problem(`NIP harus 18 digit, yang Anda tulis ${nip.length} digit. Periksa lagi dan tulis lengkap 18 digit.`,
      `The NIP must have 18 digits; yours has ${nip.length}. Check it and type all 18 digits.`)];
  }
  const out: Problem[] = [];
  const by = Number(nip.slice(0, 4)), bm = Number(nip.slice(4, 6)), bd = Number(nip.slice(6, 8));
  const ay = Number(nip.slice(8, 12)), am = Number(nip.slice(12, 14));
  const todayIso = isoToday(today);
  const birthOk = by >= 1900 && isRealDate(by, bm, bd) && isoDate(by, bm, bd) < todayIso;
  if (!birthOk) {
    out.push(problem(`8 digit pertama NIP (${nip.slice(0, 8)}) harus tanggal lahir yang benar dalam format TahunBulanTanggal (YYYYMMDD), misalnya 19850312.`,
      `The first 8 digits (${nip.slice(0, 8)}) must be a real birth date as YearMonthDay (YYYYMMDD), e.g. 19850312.`));
  }
  const appointment = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
  if (ay < 1900 || am < 1 || am > 12) {
    out.push(problem(`Digit ke-9 sampai 14 NIP (${nip.slice(8, 14)}) harus bulan pengangkatan yang benar (YYYYMM), misalnya 201001.`,
      `Digits 9 to 14 (${nip.slice(8, 14)}) must be a real appointment month (YYYYMM), e.g. 201001.`));
  } else if (appointment > todayIso.slice(0, 7)) {
    out.push(problem(`Bulan pengangkatan di NIP (${nip.slice(8, 14)}) ada di masa depan. Periksa digit ke-9 sampai 14.`,
      `The appointment month in the NIP (${nip.slice(8, 14)}) is in the future. Check digits 9 to 14.`));
  } else if (birthOk && appointment <= isoDate(by, bm, bd).slice(0, 7)) {
    out.push(problem('Bulan pengangkatan di NIP (digit ke-9 sampai 14) harus sesudah tanggal lahir (digit 1 sampai 8). Periksa urutan digitnya.',
      'The appointment month (digits 9 to 14) must come after the birth date (digits 1 to 8). Check the digits.'));
  }
  if (nip[14] !== '1' && nip[14] !== '2') {
    out.push(problem(`Digit ke-15 NIP adalah jenis kelamin dan harus 1 (pria) atau 2 (wanita), bukan ${nip[14]}.`,
      `Digit 15 of the NIP is the gender and must be 1 (male) or 2 (female), not ${nip[14]}.`));
  }
  if (nip.slice(15) === '000') {
    out.push(problem('3 digit terakhir NIP adalah nomor urut dan tidak boleh 000.',
      'The last 3 digits of the NIP are a sequence number and cannot be 000.'));
  }
  return out;
}

/** Reads a NIP (spaces allowed); `null` when it breaks any rule. */
export function parseNip(input: string, today: Date = new Date()): NipInfo | null {
  if (nipProblems(input, today).length > 0) return null;
  const nip = compactDigits(input);
  return {
    nip,
    birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
    appointmentMonth: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
    gender: nip[14] === '1' ? 'male' : 'female',
    sequence: Number(nip.slice(15)),
  };
}

/** zod schema: a valid NIP (checked against the current date) → its 18 digits. */
export const NipSchema = z.string().transform((input, ctx) => {
  for (const p of nipProblems(input, new Date())) ctx.addIssue({ code: 'custom', message: p.id, params: { en: p.en } });
  return compactDigits(input);
});
