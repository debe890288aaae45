/**
 * Dates as users type them: 31/12/2025, 31-12-2025, 31.12.2025, 2025-12-31, "12 Januari 2025",
 * "12 Jan 2025", "January 12, 2025" → ISO yyyy-mm-dd.
 */
import { z } from 'zod';
import { isRealDate, isoDate, problem, type Problem } from './problem.js';

// A Map: a month typed as "constructor" must not find Object.prototype's members.
const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  januari: 1, january: 1, jan: 1, februari: 2, february: 2, pebruari: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3, april: 4, apr: 4, mei: 5, may: 5, juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7, agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sep: 9, sept: 9, oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11, desember: 12, december: 12, des: 12, dec: 12,
}));

const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** Day, month and year read from the text, or null when no known format matches. */
function readParts(text: string): [number, number, number] | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), fullYear(m[3]!)];
  m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(s);
  if (m) return [Number(m[3]), Number(m[2]), Number(m[1])];
  m = /^(\d{1,2}) ([a-z]+)\.?,? (\d{4})$/.exec(s);
  const month = m ? MONTHS.get(m[2]!) : undefined;
  if (m && month) return [Number(m[1]), month, Number(m[3])];
  m = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s);
  const named = m ? MONTHS.get(m[1]!) : undefined;
  if (m && named) return [Number(m[2]), named, Number(m[3])];
  return null;
}

/** The ISO date of `text`, or null when it is not a real date in a known format. */
export function parseDate(text: string): string | null {
  const parts = readParts(text);
  if (!parts) return null;
  const [d, mo, y] = parts;
  return y >= 1900 && y <= 2200 && isRealDate(y, mo, d) ? isoDate(y, mo, d) : null;
}

/** Problems of a date answer (empty when valid). */
export function dateProblems(text: string): Problem[] {
  if (text.trim() === '') return [problem('Tanggal belum diisi. Tulis tanggal seperti 31/12/2025 atau 31 Desember 2025.', 'The date is empty. Type a date like 31/12/2025 or 31 December 2025.')];
  if (parseDate(text)) return [];
  if (readParts(text)) {
    return [problem(`"${text.trim()}" bukan tanggal yang ada di kalender. Periksa tanggal dan bulannya, misalnya 31/12/2025.`,
      `"${text.trim()}" is not a real calendar date. Check the day and month, e.g. 31/12/2025.`)];
  }
  return [problem(`Format tanggal "${text.trim()}" tidak dikenali. Tulis tanggal/bulan/tahun, misalnya 31/12/2025 atau 31 Desember 2025.`,
    `The date "${text.trim()}" is not in a format I know. Write day/month/year, e.g. 31/12/2025 or 31 December 2025.`)];
}

/** zod schema: a date in any accepted format → ISO yyyy-mm-dd. */
export const DateSchema = z.string().transform((input, ctx) => {
  for (const p of dateProblems(input)) ctx.addIssue({ code: 'custom', message: p.id, params: { en: p.en } });
  return parseDate(input) ?? input;
});
