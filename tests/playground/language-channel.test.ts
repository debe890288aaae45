/**
 * The language channel as the page uses it: diagnostics while editing are `kb check`'s (same
 * messages, same positions, checked against the command itself), completion and definition come
 * from Langium, and the graph follows each error-free edit. Needs dist/ (npm test builds first).
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/kb/paths.js';
import type { CompletionReply, RenderReply, WireLocation } from '../../src/playground/protocol.js';
import { copyOfShippedFlows, PageSocket, startTestPlayground } from './support/playground-harness.js';

const run = promisify(execFile);
let t: Awaited<ReturnType<typeof startTestPlayground>>;
let page: PageSocket;
let login = '';
beforeAll(async () => {
  t = await startTestPlayground();
  const opened = await PageSocket.open(t.playground.port);
  page = opened.page;
  login = opened.hello.files.find((f) => f.name === 'login.flow')!.text;
  expect(opened.hello.keywords).toEqual(expect.arrayContaining(['topic', 'step', 'button', 'goto', 'ask', 'branch']));
});
afterAll(async () => {
  page.close();
  await t.stop();
});

/** `kb check` on a copy of the flows with `login.flow` replaced: `login.flow:line:col: severity: message` lines. */
async function kbCheck(loginText: string): Promise<string[]> {
  const dir = copyOfShippedFlows();
  try {
    writeFileSync(join(dir, 'login.flow'), loginText);
    const out = await run(process.execPath, [join(PACKAGE_ROOT, 'dist', 'cli', 'main.js'), 'kb', 'check', dir]).catch((e: { stdout: string }) => e);
    return out.stdout.trim().split('\n').filter(Boolean).map((line) => line.slice(line.lastIndexOf('/') + 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('language channel', () => {
  it('reports the shipped guide clean and sends its graph', async () => {
    const analysis = await page.analysis();
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(analysis.graph?.steps['login.intro']).toEqual({ file: 'login.flow', line: expect.any(Number) });
  });

  it('shows a dangling goto with kb check\'s message at kb check\'s position', async () => {
    const broken = login.replace('-> topic forgot-password', '-> forgot-pasword.intro');
    expect(broken).not.toBe(login);
    page.change('login.flow', broken);
    const analysis = await page.analysis();
    const lines = analysis.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
    expect(lines.some((l) => l.includes("unknown topic 'forgot-pasword'") || l.includes('forgot-pasword'))).toBe(true);
    expect(lines).toEqual(await kbCheck(broken));
    const error = analysis.diagnostics[0]!;
    const lineText = broken.split('\n')[error.line - 1]!;
    expect(lineText).toContain('forgot-pasword');
    expect(error.endLine >= error.line).toBe(true);
    expect(analysis.graph).toBeUndefined();
  }, 30_000);

  it('keeps the same positions as kb check for a syntax error', async () => {
    const broken = login.replace('start intro', 'start');
    page.change('login.flow', broken);
    const analysis = await page.analysis();
    expect(analysis.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`)).toEqual(await kbCheck(broken));
  }, 30_000);

  it('completes step and topic references and finds definitions across files', async () => {
    page.change('login.flow', login);
    await page.analysis();
    const at = login.indexOf('-> topic forgot-password') + '-> topic '.length;
    const completion = await page.request<CompletionReply>({ type: 'complete', file: 'login.flow', offset: at });
    expect(completion!.options.map((o) => o.label)).toEqual(expect.arrayContaining(['forgot-password', 'otp-setup']));
    const step = login.indexOf('-> ', login.indexOf('step intro')) + 3;
    const steps = await page.request<CompletionReply>({ type: 'complete', file: 'login.flow', offset: step });
    expect(steps!.options.map((o) => o.label)).toEqual(expect.arrayContaining(['done', 'forgot-password.intro']));
    const definition = await page.request<WireLocation>({ type: 'definition', file: 'login.flow', offset: at + 2 });
    expect(definition.file).toBe('password.flow');
    const passwordFlow = await page.request<WireLocation>({ type: 'definition', file: 'login.flow', offset: at + 2 });
    expect(passwordFlow.to).toBeGreaterThan(passwordFlow.from);
  });

  it('draws a topic or the whole guide, and the fix changes the picture', async () => {
    const before = await page.request<RenderReply>({ type: 'render', topic: 'login' });
    expect(before.svg).toContain('<svg');
    expect(before.svg).toContain('<title>login.intro</title>');
    const whole = await page.request<RenderReply>({ type: 'render' });
    expect(whole.svg).toContain('cluster_forgot&#45;password');
    // A new step reached by a new button: a new node and edge once the draft is clean again.
    const edited = login.replace(/(\n\s*step intro \{[\s\S]*?)(\n\s*\})/, '$1\n        button later id "Nanti saja" en "Later" -> not-now$2')
      .replace(/\n(\s*)step done \{/, '\n$1step not-now { say id "Baik." en "All right." goto done }\n$1step done {');
    page.change('login.flow', edited);
    const analysis = await page.analysis();
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(analysis.graph!.version).not.toBe(before.version);
    const after = await page.request<RenderReply>({ type: 'render', topic: 'login' });
    expect(after.svg).toContain('<title>login.not&#45;now</title>');
    expect(after.svg).toContain('Nanti saja');
  }, 30_000);

  it('ignores edits of files outside the folder', async () => {
    page.change('../package.json', '{}');
    const analysis = await page.next((m) => m.type === 'analysis', 1500).catch(() => undefined);
    expect(analysis).toBeUndefined();
    page.revision--;
  });
});
