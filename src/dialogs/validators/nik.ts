/**
 * NIK (Nomor Induk Kependudukan, the KTP number), 16 digits: region code (6), date of birth
 * DDMMYY with 40 added to the day for women (6), sequence number (4).
 */
import { z } from 'zod';
import { compactDigits, isRealDate, isoDate, isoToday, problem, type Problem } from './problem.js';

/** What a valid NIK says about its holder. */
export interface NikInfo {
  nik: string;
  regionCode: string;
  /** ISO yyyy-mm-dd. */
  birthDate: string;
  gender: 'male' | 'female';
}

/** Decodes digits 7..12; the century is the latest one that does not put the date in the future. */
function birthOf(nik: string, todayIso: string): { iso: string; female: boolean } | null {
  const rawDay = Number(nik.slice(6, 8)), m = Number(nik.slice(8, 10)), yy = Number(nik.slice(10, 12));
  const female = rawDay > 40;
  const d = female ? rawDay - 40 : rawDay;
  const century = Number(todayIso.slice(0, 2)) * 100;
  for (const y of [century + yy, century - 100 + yy]) {
    if (isRealDate(y, m, d) && isoDate(y, m, d) <= todayIso) return { iso: isoDate(y, m, d), female };
  }
  return null;
}

/** Every rule the NIK breaks (empty when valid). Spaces inside the number are allowed. */
export function nikProblems(input: string, today: Date): Problem[] {
  const nik = compactDigits(input);
  if (nik === '') return [problem('NIK belum diisi. Tulis 16 digit NIK sesuai KTP Anda.', 'The NIK is empty. Type the 16-digit NIK from your KTP.')];
  if (!/^\d+$/.test(nik)) {
    return [problem('NIK hanya boleh berisi angka. Hapus huruf atau tanda baca, tulis 16 digit sesuai KTP.',
      'The NIK may contain digits only. Remove letters and punctuation and type the 16 digits on your KTP.')];
  }
  if (nik.length !== 16) {
    return [problem(`NIK harus 16 digit, yang Anda tulis ${nik.length} digit. Salin lengkap dari KTP Anda.`,
      `The NIK must have 16 digits; yours has ${nik.length}. Copy it in full from your KTP.`)];
  }
  const out: Problem[] = [];
  if (/^0{6}/.test(nik) || nik.startsWith('0') || nik.slice(2, 4) === '00') {
    out.push(problem(`6 digit pertama NIK (${nik.slice(0, 6)}) adalah kode wilayah dan tidak boleh nol. Periksa lagi KTP Anda.`,
      `The first 6 digits (${nik.slice(0, 6)}) are the region code and cannot be zero. Check your KTP.`));
  }
  if (!birthOf(nik, isoToday(today))) {
    out.push(problem(`Digit ke-7 sampai 12 NIK (${nik.slice(6, 12)}) harus tanggal lahir yang benar dalam format TanggalBulanTahun (DDMMYY; untuk wanita tanggal ditambah 40). Periksa lagi KTP Anda.`,
      `Digits 7 to 12 (${nik.slice(6, 12)}) must be a real date of birth as DayMonthYear (DDMMYY; women add 40 to the day). Check your KTP.`));
  }
  if (nik.slice(12) === '0000') {
    out.push(problem('4 digit terakhir NIK adalah nomor urut dan tidak boleh 0000.', 'The last 4 digits of the NIK are a sequence number and cannot be 0000.'));
  }
  return out;
}

/** Reads a NIK (spaces allowed); `null` when it breaks any rule. */
export function parseNik(input: string, today: Date = new Date()): NikInfo | null {
  if (nikProblems(input, today).length > 0) return null;
  const nik = compactDigits(input);
  const birth = birthOf(nik, isoToday(today))!;
  return { nik, regionCode: nik.slice(0, 6), birthDate: birth.iso, gender: birth.female ? 'female' : 'male' };
}

/** zod schema: a valid NIK (checked against the current date) → its 16 digits. */
export const NikSchema = z.string().transform((input, ctx) => {
  for (const p of nikProblems(input, new Date())) ctx.addIssue({ code: 'custom', message: p.id, params: { en: p.en } });
  return compactDigits(input);
});
