/**
 * Removes personal data from a question before it is kept for the guide's maintainers, keeping
 * the wording around it: e-mail addresses, NIP (18 digits, also as `19850101 201001 1 001`),
 * NIK (16 digits, also in groups of four), phone numbers (`08…`, `+62…`), any other run of six
 * or more digits, and names where the sentence announces one ("nama saya …", "my name is …",
 * "atas nama …", or a title such as "pak"/"bu"/"mbak" before a word that is not an everyday one).
 * Names are best effort; the numbers and addresses are not left behind.
 */

/** What replaces each kind. */
export const MASKS = { email: '[email]', nip: '[NIP]', nik: '[NIK]', phone: '[telp]', number: '[angka]', name: '[nama]' } as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Digits may be split by spaces, dots or dashes the way people copy them from HRIS or a KTP.
const NIP = /(?<!\d)\d{8}[\s.-]?\d{6}[\s.-]?\d[\s.-]?\d{3}(?!\d)/g;
const NIK = /(?<!\d)(?:\d{16}|\d{4}[\s.-]\d{4}[\s.-]\d{4}[\s.-]\d{4}|\d{6}[\s.-]\d{6}[\s.-]\d{4})(?!\d)/g;
const PHONE = /(?<![\d+])(?:\+?62[\s.-]?|0)8\d{1,3}(?:[\s.-]?\d{2,4}){2,3}(?!\d)/g;
// Account numbers, ticket numbers and the like; dates (2026-12-03) stay.
const LONG_NUMBER = /(?<!\d)\d{6,}(?!\d)/g;

/** Words that announce a name; the next one to three words (up to an everyday word) are masked. */
const NAME_LEAD = /\b(nama\s+(?:lengkap\s+)?(?:saya|aku|sy|gue|gw)(?:\s+(?:adalah|yaitu|ialah))?\s*:?|my\s+name\s+is|my\s+name's|atas\s+nama|a\.\s?n\.?|an\.)\s+/giu;
const TITLE = /\b(pak|bapak|bpk|bu|ibu|mas|mbak|mba|kak|bang|sdr|sdri|saudara|saudari|mr|mrs)\.?\s+/giu;
const WORD = /^[\p{L}][\p{L}'’.-]*/u;

/** Everyday words that follow a title or name lead without being a name ("pak, saya lupa…"). */
const EVERYDAY = new Set([
  'saya', 'aku', 'sy', 'gue', 'gw', 'kami', 'kita', 'mau', 'ingin', 'pengen', 'tolong', 'mohon', 'minta', 'bisa', 'boleh',
  'gimana', 'gmn', 'bagaimana', 'kenapa', 'knp', 'apa', 'apakah', 'kalau', 'kalo', 'klo', 'kok', 'sudah', 'udah', 'sdh',
  'belum', 'blm', 'tidak', 'tdk', 'gak', 'ga', 'nggak', 'ngga', 'ini', 'itu', 'yang', 'yg', 'dan', 'atau', 'di', 'ke',
  'dari', 'untuk', 'utk', 'buat', 'dengan', 'dgn', 'admin', 'helpdesk', 'bot', 'cs', 'lupa', 'cara', 'izin', 'ijin',
  'permisi', 'maaf', 'terima', 'makasih', 'thanks', 'help', 'please', 'i', 'we', 'how', 'what', 'why', 'can', 'could',
  'the', 'my', 'is', 'are', 'ada', 'nanya', 'tanya', 'bertanya', 'mengapa', 'masih', 'lagi', 'juga', 'sama', 'punya',
  'kepala', 'kasubbag', 'kabag', 'atasan', 'pimpinan', 'pegawai', 'operator', 'sekretaris', 'staf', 'staff',
]);

/** `text` with personal data replaced by {@link MASKS}; the rest of the wording unchanged. */
export function maskPersonalData(text: string): string {
  let out = text.replace(EMAIL, MASKS.email);
  out = out.replace(NIP, MASKS.nip).replace(NIK, MASKS.nik).replace(PHONE, MASKS.phone).replace(LONG_NUMBER, MASKS.number);
  // A name typed in lower case goes on in lower case after "nama saya" ("siti aminah"); else a
  // name's later words are capitalised ones ("pak Budi Santoso", but "pak budi lupa pin").
  out = maskNamesAfter(out, NAME_LEAD, 3, true);
  return maskNamesAfter(out, TITLE, 2, false);
}

/** Masks up to `max` words after each `lead`, stopping at an everyday word or punctuation. */
function maskNamesAfter(text: string, lead: RegExp, max: number, anyCase: boolean): string {
  let out = '';
  let from = 0;
  lead.lastIndex = 0;
  for (let match = lead.exec(text); match; match = lead.exec(text)) {
    const start = match.index + match[0].length;
    let end = start;
    let taken = 0;
    let rest = text.slice(start);
    const lowerName = anyCase && /^\p{Ll}/u.test(rest);
    while (taken < max) {
      const word = WORD.exec(rest)?.[0];
      if (!word || EVERYDAY.has(word.toLowerCase().replace(/[.'’-]+$/, ''))) break;
      taken += 1;
      end += word.length;
      const gap = /^[ \t]+/.exec(rest.slice(word.length))?.[0] ?? '';
      // A name goes on only after plain spaces.
      const next = rest.slice(word.length + gap.length);
      if (!gap || !(lowerName ? /^\p{L}/u : /^\p{Lu}/u).test(next)) break;
      end += gap.length;
      rest = next;
    }
    if (taken === 0) continue;
    // A trailing space taken as a gap stays outside the mask.
    const masked = text.slice(start, end).trimEnd();
    out += text.slice(from, start) + MASKS.name;
    from = start + masked.length;
    lead.lastIndex = from;
  }
  return out + text.slice(from);
}
