/**
 * Broken flow files written the way a reviewer would: take a valid flow (our own base, or a copy
 * of the shipped `login.flow`) and break one thing. Each goes through the real command line
 * (`node dist/cli/main.js kb check FILE`, built by `npm test`) and must exit 1 with its FIRST
 * diagnostic at the line and column of the fault, naming the problem. The fixtures carry no
 * comments: the expected places live here only.
 *
 * Modes: checked alone (the shipped guide fills in what the file does not define), with the
 * mini guide (`valid/guide.flow`, the file is then part of a whole guide of its own), and with
 * the shipped folder (duplicates across files).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKb } from '../../src/cli/kb-command.js';
import { PACKAGE_ROOT } from '../../src/kb/paths.js';
import { fixture, MINI_GUIDE } from './support/fixtures.js';

const run = promisify(execFile);
const CLI = join(PACKAGE_ROOT, 'dist', 'cli', 'main.js');

/** `kb check ARGS` through the built command line, from the package root. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'kb', 'check', ...args], { cwd: PACKAGE_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** `kb check ARGS` in-process (same code as the command line, much faster to start). */
async function inProcess(...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runKb(['check', ...args], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } });
  return { code, stdout };
}

const heldout = (name: string) => relative(PACKAGE_ROOT, fixture(`heldout/${name}.flow`));
const SHIPPED = relative(PACKAGE_ROOT, join(PACKAGE_ROOT, 'src', 'kb', 'flows'));

/** [fixture, line, column, message, mode]; mode `both` = alone and with the mini guide. */
type Case = [name: string, line: number, column: number, message: RegExp, mode?: 'alone' | 'shipped'];

const broken: Case[] = [
['goto-unresolved', 27, 14, /unknown step 'chek'/],
  ['button-unresolved', 11, 50, /unknown step 'ask-nipp'/],
  ['ask-unresolved', 17, 29, /unknown step 'got-mail'/],
  ['no-unresolved', 22, 54, /unknown step 'wiat'/],
  ['when-unresolved', 32, 46, /unknown step 'expire'/],
  ['otherwise-unresolved', 33, 32, /unknown topic 'no-mail'/],
  ['start-unresolved', 5, 11, /unknown step 'intr0'/],
  ['missing-unresolved', 40, 24, /unknown step 'no-email.nowhere'/],
  ['menu-unresolved', 1, 30, /unknown topic 'logn'/, 'alone'],
  ['template-unresolved', 45, 20, /unknown ticket template 'login-problm'/],
  ['cross-topic-step-unresolved', 12, 66, /unknown step 'forgot-password.no-such-step'/],
  ['unreachable', 50, 10, /step 'login.orphan' is unreachable/],
  ['dead-end', 43, 10, /step 'login.expired' has no way forward/],
  ['two-ways', 18, 14, /more than one way forward/],
  ['two-ends', 50, 9, /step 'done' has `end` twice/],
  ['duplicate-step', 49, 10, /duplicate step 'check'/],
  ['duplicate-button', 11, 16, /duplicate button 'ok'/],
  ['duplicate-template', 59, 10, /duplicate template 'login-problem'/],
  ['duplicate-topic-same-file', 59, 7, /duplicate topic 'login'/],
  ['duplicate-topic-across-files', 1, 7, /duplicate topic 'forgot-password'/, 'shipped'],
  ['duplicate-template-across-files', 1, 10, /duplicate template 'no-email'/, 'shipped'],
  ['message-no-en', 16, 13, /no English text/],
  ['message-no-id', 16, 13, /no Indonesian text/],
  ['label-no-en', 11, 21, /label of button 'fail'.*no English text/],
  ['title-no-id', 2, 11, /no Indonesian text/],
  ['capture-one-language', 56, 25, /no English text/],
  ['label-41-ascii', 11, 35, /41 characters, over the 40/],
  ['label-41-emoji', 11, 35, /41 characters, over the 40/],
  ['label-accents-41', 11, 24, /41 characters, over the 40/],
  ['label-41-family-emoji', 11, 35, /41 characters, over the 40/],
  ['message-4097', 16, 38, /4097 characters, over Telegram's 4096/],
  ['paragraph-3001', 16, 16, /paragraph 2 .* 3001 characters/],
  ['link-http', 9, 46, /not an https URL|not https/],
  ['markup-link-http', 8, 31, /not https/],
  ['template-no-capture', 51, 10, /has no `capture`/],
  ['capture-no-instruction', 56, 13, /has no instruction/],
  ['topic-no-examples', 1, 7, /topic 'login' has no Indonesian example questions/],
  ['topic-examples-id-only', 1, 7, /no English example/],
  ['unknown-topic-id', 1, 7, /unknown topic id 'log-in'/],
  ['service-15-2', 52, 13, /service "15.2"/],
  ['wait-email-bad-from', 39, 24, /not an email address/],
  ['syntax-missing-brace', 20, 5, /syntax error: expected `}` but found `step`/],
  ['syntax-missing-quote', 16, 38, /string" on this line is not closed/],
  ['syntax-unterminated-triple', 8, 16, /not closed/],
  ['syntax-misspelled-step', 15, 5, /syntax error.*stpe/],
  ['syntax-misspelled-button', 11, 9, /syntax error.*buton/],
  ['syntax-stray-token', 17, 39, /syntax error: unexpected `;`/],
  ['syntax-stray-word-top', 51, 1, /syntax error.*oops/],
  ['syntax-extra-brace', 50, 1, /`}` closes nothing/],
  ['goto-cycle', 49, 10, /steps loop without waiting for the user \(login.loop-a -> login.loop-b -> login.loop-a\)/],
  ['empty-file', 1, 1, /defines nothing/],
  ['only-comment', 1, 1, /defines nothing/],
  ['crlf-unresolved', 11, 50, /unknown step 'ask-nipp'/],
  ['tabs-unresolved', 11, 44, /unknown step 'ask-nipp'/],
  ['bom-unresolved', 11, 50, /unknown step 'ask-nipp'/],
  ['bom-first-line-syntax', 1, 1, /syntax error: unexpected `topc`/],
  ['shipped-login-bad-topic-ref', 75, 149, /unknown topic 'registr'/],
  ['shipped-login-no-en-done', 79, 13, /no English text/],
  ['shipped-login-http', 55, 164, /not https/],
  ['shipped-login-long-label', 74, 54, /over the 40/],
  ['shipped-login-end-removed', 78, 10, /no way forward/],
  // Found by writing more of them: syntax errors at the end of a line, quotes, names, parts.
  ['end-ticket-none', 45, 19, /syntax error: expected a name but found `\}`/],
  ['goto-topic-missing', 27, 19, /syntax error: expected a name but found `\}`/],
  ['missing-missing', 39, 89, /syntax error: expected `missing` but found `\}`/],
  ['btn-no-arrow', 10, 48, /syntax error: expected `->` but found `done`/],
  ['link-no-url', 9, 45, /syntax error: expected a "string" but found `button`/],
  ['bad-kind', 17, 13, /syntax error in the kind of `ask`: expected one of `text`, `/],
  ['lang-fr', 16, 35, /syntax error: expected `\}` but found `fr`: `fr` is not a lan/],
  ['empty-label', 10, 22, /label of button 'ok' in step 'login\.intro' has an empty Indo/],
  ['smart-quotes', 16, 16, /syntax error: unexpected `“B`: write texts in straight quote/],
  ['start-other-topic', 5, 11, /`start forgot-password\.intro` names a step of topic 'forgot-/],
  ['example-empty-string', 3, 36, /example 2 of topic 'login' \(id\) is empty: write a question o/],
  ['upper-name', 15, 10, /syntax error: unexpected `A`: names are lower-case words joi/],
  ['branch-no-otherwise', 31, 9, /branch has no `otherwise ->`: add one so that a user whose a/],
  ['confirm-no-no', 22, 13, /`ask confirm into email-ok` has no `no ->` target: add `no -/],
  ['when-unknown-slot', 32, 18, /condition on slot 'statu', which no prompt fills: add `ask \./],
  ['dup-capture', 57, 13, /duplicate capture 'login-error' in template 'login-problem' /],
  ['title-twice', 5, 5, /topic 'login' has `title` twice: keep one \(the first is at l/],
  ['menu-dup-entry', 1, 14, /duplicate menu entry 'login': list each topic once/, 'alone'],
  ['say-twice-lang', 16, 35, /message of step 'login\.ask-nip' gives the Indonesian \(`id`\) /],
  ['no-title', 1, 7, /topic 'login' has no `title`: add `title id "\.\.\." en "\.\.\."` /],
  ['no-start', 1, 7, /topic 'login' has no `start`: add `start intro` naming the s/],
  ['service-missing', 51, 10, /template 'login-problem' has no `service`: add `service "15\./],
  ['link-ftp', 9, 46, /link 'ftp:\/\/portal-bsre\.bssn\.go\.id' is not an https URL: wri/],
  ['ask-no-slot', 17, 22, /syntax error: expected a name but found `->`/],
  ['end-alone', 48, 21, /syntax error in `end`: expected one of `resolved`, `ticket`,/],
  ['unknown-check', 17, 33, /syntax error in the `check` rule: expected one of `profile-n/],
];

const valid = ['valid-base', 'valid-shipped-login', 'valid-crlf-bom-tabs', 'valid-label-40-emoji-accents', 'valid-label-40-flags-combining', 'valid-message-4096'];

function expectFirstError(stdout: string, file: string, line: number, column: number, message: RegExp): void {
  const first = stdout.split('\n')[0] ?? '';
  expect(first.startsWith(`${file}:${line}:${column}: error: `), first).toBe(true);
  expect(first).toMatch(message);
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
});

describe('kb check rejects broken flows it has not seen (real command line)', () => {
  it.concurrent.each(broken)('%s: first error at line %i, column %i', async (name, line, column, message, mode) => {
    const args = mode === 'shipped' ? [SHIPPED, heldout(name)] : [heldout(name)];
    const r = await cli(...args);
    expect(r.code).toBe(1);
    expectFirstError(r.stdout, heldout(name), line, column, message);
    expect(r.stderr).toMatch(/^kb check: \d+ error\(s\)/);
  }, 60_000);

  it.concurrent.each(valid)('%s passes with exit 0', async (name) => {
    const r = await cli(heldout(name));
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);

  it('each shipped flow file checked alone passes', async () => {
    for (const file of ['login.flow', 'tickets.flow', 'menu.flow']) {
      const r = await cli(join(SHIPPED, file));
      expect(r.stdout, file).toBe('');
      expect(r.code, file).toBe(0);
    }
  }, 60_000);
});

describe('the same files checked with a whole guide of their own (mini guide)', () => {
  const withGuide = broken.filter(([, , , , mode]) => mode === undefined);
  it.each(withGuide)('%s: first error at line %i, column %i', async (name, line, column, message) => {
    const r = await inProcess(relative(PACKAGE_ROOT, MINI_GUIDE), heldout(name));
    expect(r.code).toBe(1);
    expectFirstError(r.stdout, heldout(name), line, column, message);
  });

  it.each(valid)('%s passes', async (name) => {
    const r = await inProcess(relative(PACKAGE_ROOT, MINI_GUIDE), heldout(name));
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('a broken copy of the shipped folder', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kb-heldout-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const shippedLogin = broken.filter(([name]) => name.startsWith('shipped-login-'));
  it.each(shippedLogin)('login.flow replaced by %s: first error at line %i', async (name, line, column, message) => {
    const copy = join(dir, name);
    await cp(join(PACKAGE_ROOT, SHIPPED), copy, { recursive: true });
    await writeFile(join(copy, 'login.flow'), await readFile(fixture(`heldout/${name}.flow`)));
    const r = await cli(copy);
    expect(r.code).toBe(1);
    expectFirstError(r.stdout, join(copy, 'login.flow'), line, column, message);
  }, 60_000);
});
