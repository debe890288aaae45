/**
 * The official (kedinasan) email the guide requires in HRIS: exactly one address, local part
 * of letters, digits, "." and "_" only, domain go.id or a subdomain of it (kemenkeu.go.id).
 */
import { z } from 'zod';
import { problem, type Problem } from './problem.js';

const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Every rule the address breaks (empty when valid). */
export function emailProblems(input: string): Problem[] {
  const text = input.trim();
  if (text === '') return [problem('Email belum diisi. Tulis satu alamat email kedinasan, misalnya budi.santoso@kemenkeu.go.id.', 'The email is empty. Type one official address, e.g. budi.santoso@kemenkeu.go.id.')];
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  // One "@" with spaces around words ("dewi lestari@kemenkeu.go.id") is one address typed with a
  // space, not two addresses: say what is wrong with it.
  if (parts.length > 1 && !/[,;]/.test(text) && (text.match(/@/g) ?? []).length === 1) {
    return [problem(`Email tidak boleh mengandung spasi ("${text}"). Tulis tanpa spasi, misalnya dewi.lestari@kemenkeu.go.id.`,
      `An email cannot contain spaces ("${text}"). Type it without spaces, e.g. dewi.lestari@kemenkeu.go.id.`)];
  }
  if (parts.length > 1 || (text.match(/@/g) ?? []).length > 1) {
    return [problem('Tulis satu alamat email saja. Di HRIS hanya boleh tercatat 1 (satu) email kedinasan.', 'Type one address only: HRIS may hold just one (1) official email.')];
  }
  const at = text.indexOf('@');
  if (at < 0) return [problem(`"${text}" bukan alamat email: tanda @ tidak ada. Contoh: budi.santoso@kemenkeu.go.id.`, `"${text}" is not an email address: the @ is missing. Example: budi.santoso@kemenkeu.go.id.`)];
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  const out: Problem[] = [];
  const symbols = [...new Set(local.replace(/[A-Za-z0-9._]/g, ''))];
  if (local === '') out.push(problem('Bagian sebelum @ kosong. Tulis nama akun email Anda sebelum @.', 'The part before @ is empty. Type your mailbox name before the @.'));
  if (symbols.length > 0) {
    const list = symbols.map((s) => `'${s}'`).join(', ');
    out.push(problem(`Simbol ${list} tidak diperbolehkan di email. Yang boleh hanya huruf, angka, titik (.) dan garis bawah (_); gunakan email kedinasan tanpa simbol tersebut.`,
      `The symbol(s) ${list} are not allowed in the email. Only letters, digits, dot (.) and underscore (_) are; use an official address without them.`));
  }
  if (/^\.|\.$/.test(local) || local.includes('..')) {
    out.push(problem('Titik tidak boleh di awal atau akhir nama email, dan tidak boleh dua titik berurutan.', 'A dot cannot start or end the mailbox name, and two dots cannot follow each other.'));
  }
  const labels = domain.split('.');
  const wellFormed = labels.every((l) => LABEL.test(l));
  if (!wellFormed || !(domain === 'go.id' || domain.endsWith('.go.id'))) {
    out.push(problem(`Domain "${domain}" tidak diperbolehkan. Gunakan email kedinasan berdomain go.id, misalnya nama@kemenkeu.go.id.`,
      `The domain "${domain}" is not allowed. Use an official go.id address, e.g. name@kemenkeu.go.id.`));
  }
  return out;
}

/** zod schema: one valid official email → the address with its domain lower-cased. */
export const OfficialEmailSchema = z.string().transform((input, ctx) => {
  for (const p of emailProblems(input)) ctx.addIssue({ code: 'custom', message: p.id, params: { en: p.en } });
  const text = input.trim();
  const at = text.indexOf('@');
  return at < 0 ? text : `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`;
});
