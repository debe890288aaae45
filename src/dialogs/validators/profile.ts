/**
 * The AMS profile rules of the guide (Pengaturan - Profil), checked before a certificate
 * request: Nama letters only without titles (max 25), Jabatan without "." "(" ")" (max 20),
 * Unit Organisasi the full name of an Eselon I unit. Every violation is reported, each with
 * its fix, so the user can correct the profile in one go.
 */
import { z } from 'zod';
import { ESELON_I_UNITS, unitKey } from './eselon1-units.js';
import { problem, type Problem } from './problem.js';

/** Longest Nama AMS accepts (guide: "maks 25char"). */
export const MAX_NAME_CHARS = 25;
/** Longest Jabatan AMS accepts (guide: "maks 20 char"). */
export const MAX_POSITION_CHARS = 20;

/** Academic and honorific titles, written without dots and upper-cased. */
const TITLES = new Set([
  'DR', 'IR', 'DRS', 'DRA', 'PROF', 'H', 'HJ', 'KH', 'SE', 'SH', 'SKOM', 'ST', 'SSOS', 'SAK', 'SIP',
  'SPD', 'SS', 'SPSI', 'SKM', 'SKED', 'SSI', 'SSTP', 'SST', 'STR', 'SAB', 'SHUM', 'SIKOM', 'SPT',
  'SE', 'MM', 'MSI', 'MAK', 'MBA', 'MKOM', 'MT', 'MH', 'ME', 'MEC', 'MPP', 'MPA', 'MSC', 'MA',
  'MAP', 'MPD', 'MKN', 'MSE', 'MIP', 'MTI', 'PHD', 'AK', 'CA', 'CPA', 'CFA', 'CFRA', 'CPMA', 'QIA',
  'CFE', 'CRMP', 'CSRS', 'AMD', 'BSC', 'BA', 'LLM', 'MACC', 'MCOM', 'DBA', 'ASP', 'SAP',
]);

const UNDOTTED = new Set(['Dr', 'dr', 'Ir', 'Drs', 'Dra', 'Prof', 'Hj', 'Ak', 'SKom', 'MSi', 'MAk', 'PhD', 'SSos', 'SAk', 'MKom']);

/** A title token: dotted ("S.E.", "Dr.") or an upper-case title with no dots ("CA", "CPA"). */
function isTitle(token: string): boolean {
  const bare = token.replace(/\./g, '');
  if (!bare || !/^\p{L}+$/u.test(bare)) return false;
  if (!TITLES.has(bare.toUpperCase())) return false;
  // Without dots, only the usual spellings count, so a name like "Ca" or "Ma" is not a title.
  return token.includes('.') || bare === bare.toUpperCase() || UNDOTTED.has(bare);
}

/** Problems of the Nama field. */
export function nameProblems(input: string): Problem[] {
  const name = input.trim();
  if (name === '') return [problem('Nama belum diisi. Tulis nama Anda dengan huruf saja, tanpa gelar.', 'The name is empty. Type your name in letters only, without titles.')];
  const out: Problem[] = [];
  const tokens = name.split(/[\s,]+/).filter(Boolean);
  const titles = tokens.filter(isTitle);
  for (const t of titles) out.push(problem(`Hapus gelar '${t}' dari Nama.`, `Remove the title '${t}' from the name.`));
  const rest = tokens.filter((t) => !isTitle(t)).join(' ');
  // A comma that only separates titles goes away with them; any other symbol is reported.
  const stray = titles.length > 0 ? '' : name.replace(/[^,]/g, '');
  const symbols = [...new Set(stray + rest.replace(/[\p{L} ]/gu, ''))];
  if (symbols.length > 0) {
    const list = symbols.map((s) => `'${s}'`).join(', ');
    out.push(problem(`Nama hanya boleh huruf dan spasi: hapus ${list}.`, `The name may contain letters and spaces only: remove ${list}.`));
  }
  const cleanLength = rest.replace(/[^\p{L} ]/gu, '').replace(/\s+/g, ' ').trim().length;
  if (cleanLength > MAX_NAME_CHARS) {
    out.push(problem(`Nama terlalu panjang (${cleanLength} karakter, maksimal ${MAX_NAME_CHARS}). Singkat nama tengah atau belakang, misalnya "Budi S Wibowo".`,
      `The name is too long (${cleanLength} characters, at most ${MAX_NAME_CHARS}). Shorten a middle or last name, e.g. "Budi S Wibowo".`));
  }
  return out;
}

/** Problems of the Jabatan field. */
export function positionProblems(input: string): Problem[] {
  const position = input.trim();
  if (position === '') return [problem('Jabatan belum diisi. Tulis jabatan Anda dengan huruf, misalnya "Pelaksana".', 'The position is empty. Type it in letters, e.g. "Pelaksana".')];
  const out: Problem[] = [];
  const forbidden = [...new Set(position.replace(/[^.()]/g, ''))];
  if (forbidden.length > 0) {
    const list = forbidden.map((s) => `'${s}'`).join(', ');
    out.push(problem(`Jabatan tidak boleh memuat karakter khusus: hapus ${list}.`, `The position cannot contain special characters: remove ${list}.`));
  }
  if (position.length > MAX_POSITION_CHARS) {
    out.push(problem(`Jabatan terlalu panjang (${position.length} karakter, maksimal ${MAX_POSITION_CHARS}). Tulis lebih singkat, misalnya "Analis Keuangan".`,
      `The position is too long (${position.length} characters, at most ${MAX_POSITION_CHARS}). Write it shorter, e.g. "Analis Keuangan".`));
  }
  return out;
}

/** Problems of the Unit Organisasi field. */
export function unitProblems(input: string): Problem[] {
  const key = unitKey(input);
  if (key === '') return [problem('Unit Organisasi belum diisi. Tulis nama lengkap unit Eselon I Anda, misalnya "Sekretariat Jenderal".', 'The unit is empty. Type the full name of your Eselon I unit, e.g. "Sekretariat Jenderal".')];
  if (ESELON_I_UNITS.some((u) => unitKey(u.fullName) === key)) return [];
  const unit = ESELON_I_UNITS.find((u) => u.aliases.includes(key));
  if (unit?.fullName.startsWith('Dirjen Pengelolaan')) {
    return [problem(`Khusus DJPPR, tulis Unit Organisasi "${unit.fullName}", bukan "${input.trim()}".`,
      `For DJPPR, write the unit as "${unit.fullName}", not "${input.trim()}".`)];
  }
  if (unit) {
    return [problem(`Unit Organisasi tidak boleh disingkat: ganti "${input.trim()}" dengan "${unit.fullName}".`,
      `The unit cannot be abbreviated: replace "${input.trim()}" with "${unit.fullName}".`)];
  }
  // "DJP Kanwil Jakarta", "Setjen - Biro SDM": an Eselon I abbreviation inside a longer name.
  const inside = ESELON_I_UNITS.find((u) => key.split(/[^a-z]+/).some((w) => u.aliases.includes(w)));
  if (inside) {
    return [problem(`Unit Organisasi cukup nama lengkap unit Eselon I, tanpa singkatan dan tanpa unit di bawahnya: tulis "${inside.fullName}".`,
      `The unit is just the full name of the Eselon I unit, without abbreviations or lower units: write "${inside.fullName}".`)];
  }
  return [problem(`"${input.trim()}" bukan nama unit Eselon I Kemenkeu. Tulis nama lengkap unit Eselon I tanpa disingkat, misalnya "Sekretariat Jenderal" atau "Direktorat Jenderal Pajak".`,
    `"${input.trim()}" is not a Kemenkeu Eselon I unit. Type the full Eselon I unit name, not abbreviated, e.g. "Sekretariat Jenderal" or "Direktorat Jenderal Pajak".`)];
}

function schemaOf(check: (input: string) => Problem[]) {
  return z.string().transform((input, ctx) => {
    for (const p of check(input)) ctx.addIssue({ code: 'custom', message: p.id, params: { en: p.en } });
    return input.trim().replace(/\s+/g, ' ');
  });
}

/** zod schema of Nama (AMS profile). */
export const ProfileNameSchema = schemaOf(nameProblems);
/** zod schema of Jabatan (AMS profile). */
export const ProfilePositionSchema = schemaOf(positionProblems);
/** zod schema of Unit Organisasi (AMS profile). */
export const ProfileUnitSchema = schemaOf(unitProblems);
