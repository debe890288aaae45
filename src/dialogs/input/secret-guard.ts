/**
 * Secret guard: finds passwords, PINs/passphrases, OTP codes and tokens in what a user typed
 * and replaces each with {@link SECRET_PLACEHOLDER} before the text is stored, logged, routed
 * or echoed. Runs on every inbound text.
 *
 * Two kinds of evidence:
 * - a secret word ("password", "pw", "sandi", "pin", "passphrase", "otp", "kode verifikasi",
 *   "token", with Indonesian suffixes like "-nya"/"ku") followed, after filler words such as
 *   "saya", "baru", "is", ":", by a value that looks like a secret (digits for a PIN/OTP;
 *   digits, symbols or mixed case for a password; any non-everyday word after ":"/"is"/"adalah");
 * - a token shape on its own: Telegram bot tokens, Slack `xox?-`/`xapp-` tokens, JWTs,
 *   well-known API-key prefixes, "Bearer ...".
 * Sentences that only mention the words ("saya lupa password", "cara reset pin") and numbers
 * without a secret word (NIP, NIK, phone, dates) are left alone.
 */

/** What replaces each secret. */
export const SECRET_PLACEHOLDER = '[disembunyikan]';

/** The guarded text and the kinds of secret removed (unique, in order found). */
export interface GuardResult {
  text: string;
  kinds: string[];
}

type Kind = 'password' | 'pin' | 'otp' | 'token';

const SHAPES: ReadonlyArray<readonly [RegExp, Kind]> = [
  [/\b\d{6,12}:[A-Za-z0-9_-]{30,}/g, 'token'], // Telegram bot token
  [/\bx(?:ox[abposr]|app)-[A-Za-z0-9-]{10,}/g, 'token'], // Slack
  [/\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}/g, 'token'], // JWT
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|sk-[A-Za-z0-9_-]{20,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,})/g, 'token'],
  [/\b(?<=bearer\s+)[A-Za-z0-9._~+/=-]{16,}/gi, 'token'],
];

/**
 * What every pattern here needs somewhere in the text: a secret word's core ("pas" of pass,
 * passwd, passphrase…; "sandi", "pw", "otp", "pin", "token", "api", "one" of one-time,
 * "verif"), a token prefix, or six digits before a colon (a bot token). Most questions have
 * none and skip the patterns (they are most of a short `route` process's per-question time).
 * Case-insensitive and Unicode like {@link KEYWORD}, so it matches wherever a pattern could.
 */
const MAY_HOLD_SECRET = /sandi|pas|pw|otp|pin|token|api|one|verif|bearer|eyj|xox|xapp|gh[pousr]_|github_pat_|sk-|akia|aiza|\d{6}:/iu;

/** Secret words and the kind of secret they announce. Longest alternatives first. */
const KEYWORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(kata\s+sandi|frasa\s+sandi|kode\s+otp|kode\s+verifikasi|verification\s+code|` +
  String.raw`one[\s-]time\s+(?:code|password)|passphrase|pasphrase|passfrase|password|passwd|pass|pwd|pw|sandi|` +
  String.raw`otp|pin|token|access\s+token|api\s+key)(?:-?(?:nya|ku|mu))?(?![\p{L}\p{N}])`,
  'giu',
);

/** Filler between the secret word and its value. `explicit` ones announce a value. */
const FILLER = new RegExp(
  String.raw`^(?:\s*(?:(:|=|\bis\b|\badalah\b|\byaitu\b|\byakni\b|\bialah\b|\bjadi\b|\bmenjadi\b|\bwas\b)|` +
  String.raw`-?nya\b|\bku\b|\bmu\b|\bsaya\b|\baku\b|\bgue\b|\bgw\b|\bsy\b|\bmy\b|\bthe\b|\bbaru\b|\blama\b|\bnew\b|` +
  String.raw`\bold\b|\bsekarang\b|\bskrg\b|\btadi\b|\bitu\b|\bini\b|\byg\b|\byang\b|\bams\b|\bhris\b|\bnadine\b|` +
  String.raw`\bcode\b|\bkode\b|\bbssn\b|\bds\b|\btte\b|\bttd\b|\bkamu\b|\bnya\b|\bcurrent\b|\bdiganti\b|\bganti\b|\bke\b|\bto\b|-|"|'))*\s*`,
  'iu',
);

/** Everyday words that follow a secret word without being one ("pin salah", "password expired"). */
const EVERYDAY = new Set([
  'salah', 'benar', 'lupa', 'baru', 'lama', 'sudah', 'udah', 'belum', 'tidak', 'gak', 'ga', 'nggak', 'expired',
  'kadaluarsa', 'kedaluwarsa', 'reset', 'ganti', 'diganti', 'ubah', 'bisa', 'error', 'gagal', 'terblokir', 'blokir',
  'terkunci', 'locked', 'wrong', 'incorrect', 'invalid', 'harus', 'minimal', 'maksimal', 'apa', 'berapa', 'digit',
  'karakter', 'characters', 'untuk', 'email', 'nip', 'nik', 'ktp', 'tidak', 'masuk', 'diterima', 'dikirim', 'kirim',
  'tidak', 'kosong', 'hilang', 'missing', 'expire', 'reset', 'forgot', 'lost', 'not', 'never', 'sent', 'received',
  'received', 'code', 'kode', 'dan', 'atau', 'and', 'or', 'di', 'ke', 'dari', 'pada', 'with', 'for', 'via', 'lewat',
  'link', 'tautan', 'bagaimana', 'gimana', 'gmn', 'kenapa', 'knp', 'kok', 'what', 'how', 'why', 'please', 'tolong',
  'setpin', 'passphrase', 'password', 'pin', 'otp', 'token', 'ya', 'yes', 'no', 'sama', 'same', 'berbeda', 'beda',
  'kedaluarsa', 'kadaluwarsa', 'diblokir', 'dikunci', 'bermasalah', 'keliru', 'bocor', 'diretas', 'sering', 'terlupa',
  'pertama', 'first', 'kali', 'dibuat', 'buat', 'membuat', 'set', 'setting', 'atur', 'mengatur', 'terus', 'selalu',
  'ditolak', 'rejected', 'required', 'wajib', 'tersebut', 'mana', 'which', 'where', 'dimana', 'belum', 'masih',
  'still', 'ok', 'oke', 'berhasil', 'success', 'sukses', 'field', 'kolom', 'form', 'generator', 'aplikasi', 'app',
]);

/** Words that make a following lowercase word the user's own passphrase ("passphrase saya rahasia"). */
const POSSESSIVE = /\b(saya|aku|gue|gw|sy|my|ku|mu|nya)\b/i;
/** Secret words whose values may be plain words (passphrases and passwords, not PINs). */
const WORDY = /pass|sandi|phrase|frase|frasa|pw|pwd/i;

function looksSecret(kind: Kind, value: string, explicit: boolean, wordy = false): boolean {
  if (value.length < 4 || value.startsWith('[') || /^https?:/i.test(value)) return false;
  // Addresses, host names, versions and dates are what people mention next to these words.
  if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value) || /^[\w-]+(\.[\w-]+)+\.(id|com|go\.id|net|org)$/i.test(value)) return false;
  if (/^v\d+([._]\d+)*$/i.test(value) || /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(value)) return false;
  if (EVERYDAY.has(value.toLowerCase())) return false;
  const digitsOnly = /^\d+$/.test(value);
  const alnumMix = /\d/.test(value) && /\p{L}/u.test(value);
  const mixedCase = /\p{Ll}\p{Lu}/u.test(value);
  if (kind === 'otp') return digitsOnly ? value.length <= 8 : explicit && alnumMix;
  if (kind === 'token') return value.length >= 8 && (alnumMix || digitsOnly || explicit);
  if (digitsOnly) return value.length <= (kind === 'pin' ? 8 : 12);
  if (explicit) return value.length >= (kind === 'pin' ? 6 : 4);
  // "passphrase saya rahasia sekali": an owned passphrase/password may be an ordinary word.
  if (wordy && /^\p{L}{5,}$/u.test(value)) return true;
  return value.length >= 5 && (alnumMix || mixedCase);
}

function kindOf(keyword: string): Kind {
  const k = keyword.toLowerCase();
  if (/otp|verifikasi|verification|one/.test(k)) return 'otp';
  if (/pin|phrase|frase|frasa/.test(k)) return 'pin';
  if (/token|api/.test(k)) return 'token';
  return 'password';
}

/**
 * Replaces every secret in `text` with {@link SECRET_PLACEHOLDER}; `kinds` says what was
 * found ('password', 'pin', 'otp', 'token'). Text without secrets comes back unchanged.
 */
export function guardSecrets(text: string): GuardResult {
  if (typeof text !== 'string' || text === '') return { text: typeof text === 'string' ? text : '', kinds: [] };
  if (!MAY_HOLD_SECRET.test(text)) return { text, kinds: [] };
  const kinds = new Set<Kind>();
  let out = text;
  for (const [pattern, kind] of SHAPES) {
    out = out.replace(pattern, () => {
      kinds.add(kind);
      return SECRET_PLACEHOLDER;
    });
  }
  let result = '';
  let cursor = 0;
  for (const match of out.matchAll(KEYWORD)) {
    if (match.index < cursor) continue;
    const end = match.index + match[0].length;
    const kind = kindOf(match[1]!);
    const filler = FILLER.exec(out.slice(end))!;
    const explicit = filler[0].match(/[:=]|\b(is|adalah|yaitu|yakni|ialah|jadi|menjadi|was)\b/i) !== null;
    const start = end + filler[0].length;
    const rest = out.slice(start);
    const spaced = /^\d{3}[ -]\d{3}(?!\d)/.exec(rest);
    const token = spaced && kind !== 'password' ? spaced[0] : (/^\S+/.exec(rest)?.[0] ?? '');
    // Quotes and trailing sentence punctuation are not part of the secret ("!" may be, in a password).
    const trailing = kind === 'password' ? /["'`.,;:)?]+$/ : /["'`.,;:)!?]+$/;
    const core = token.replace(/^["'`(]+/, '').replace(trailing, '');
    const wordy = WORDY.test(match[1]!) && POSSESSIVE.test(filler[0]);
    if (!looksSecret(kind, spaced ? core.replace(/[ -]/g, '') : core, explicit, wordy)) continue;
    const coreStart = start + token.indexOf(core);
    result += out.slice(cursor, coreStart) + SECRET_PLACEHOLDER;
    cursor = coreStart + core.length;
    kinds.add(kind);
  }
  result += out.slice(cursor);
  return { text: redactValueFirst(result, kinds), kinds: [...kinds] };
}

/** A value followed by its secret word: "482916 itu pin saya", "Rahasia123 adalah password-nya". */
const VALUE_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])([\p{L}\p{N}!@#$%^&*_+=-]{4,})(\s+(?:itu|adalah|is|=)?\s*(?:my\s+|the\s+)?)` +
  String.raw`(pin|otp|password|passphrase|pw|sandi|kode\s+otp)(?![\p{L}\p{N}])`,
  'giu',
);

function redactValueFirst(text: string, kinds: Set<Kind>): string {
  return text.replace(VALUE_FIRST, (whole, value: string, gap: string, keyword: string) => {
    const kind = kindOf(keyword);
    // Only clear secret shapes count here: digits for a PIN/OTP, letters mixed with digits.
    const digits = /^\d+$/.test(value);
    // A bare number needs six digits or an explicit "itu"/"adalah" ("versi 2024 pin" is a year).
    const explicit = /\S/.test(gap.replace(/my|the/gi, ''));
    const shaped = digits
      ? value.length <= 8 && kind !== 'password' && (value.length >= 6 || explicit)
      : /\d/.test(value) && /\p{L}/u.test(value) && value.length >= 5 && (explicit || /\p{Lu}/u.test(value));
    if (!shaped || !looksSecret(kind, value, false)) return whole;
    kinds.add(kind);
    return `${SECRET_PLACEHOLDER}${gap}${keyword}`;
  });
}
