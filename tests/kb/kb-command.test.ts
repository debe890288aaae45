/** `kb check|export|graph` driven through runKb, as `npm run cli -- kb ...` does. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKb } from '../../src/cli/kb-command.js';
import { fixture, MINI_GUIDE } from './support/fixtures.js';

async function kb(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runKb(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

const valid = fixture('valid');

describe('kb command', () => {
  it('check: prints file:line:col diagnostics and exits 1 on errors', async () => {
    const r = await kb('check', MINI_GUIDE, fixture('invalid/unreachable-step.flow'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^tests\/kb\/fixtures\/invalid\/unreachable-step\.flow:10:10: error: step 'login\.orphan' is unreachable/m);
    expect(r.stderr).toContain('1 error(s)');
  });

  it('check: exits 0 with a one-line summary on stderr when clean', async () => {
    const r = await kb('check', valid);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('kb check: ok, 20 topics, 28 steps, 1 templates, 0 warning(s)\n');
  });

  it('check: a missing file is a usage error', async () => {
    const r = await kb('check', '/nonexistent.flow');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file or folder: /nonexistent.flow');
  });

  it('export: prints the graph with every topic id, title and examples', async () => {
    const r = await kb('export', valid);
    expect(r.code).toBe(0);
    const graph = JSON.parse(r.stdout);
    expect(Object.keys(graph.topics)).toHaveLength(20);
    expect(graph.topics.login).toMatchObject({ id: 'login', title: { id: 'Login AMS' }, examples: { en: ['how do I log in'] } });
  });

  it('export: refuses a broken guide with its diagnostics on stderr', async () => {
    const r = await kb('export', MINI_GUIDE, fixture('invalid/dead-end-step.flow'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('dead-end-step.flow:10:10: error:');
  });

  it('graph: DOT by default, with clusters, button labels and shapes', async () => {
    const r = await kb('graph', valid);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^digraph guide \{/);
    expect(r.stdout).toContain('subgraph "cluster_login"');
    expect(r.stdout).toContain('"login.intro" -> "login.done" [label="Berhasil"]');
    expect(r.stdout).toMatch(/"login\.check-valid" \[label="check-valid", shape=diamond/);
    expect(r.stdout).toMatch(/"login\.ask-nip" \[label="ask-nip\\nask nip → nip", shape=parallelogram/);
  });

  it('graph: Mermaid flowchart', async () => {
    const r = await kb('graph', '--format', 'mermaid', valid);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^flowchart LR/);
    expect(r.stdout).toContain('s_login__intro -->|"Berhasil"| s_login__done');
    expect(r.stdout).toContain('s_login__check_valid{"check-valid"}');
  });

  it('graph: SVG rendered offline, written with --out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kb-graph-'));
    const out = join(dir, 'guide.svg');
    const r = await kb('graph', '--format=svg', '--out', out, valid);
    expect(r.code).toBe(0);
    const svg = await readFile(out, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('login.intro');
  });

  it('rejects unknown commands and formats', async () => {
    expect((await kb('frobnicate')).code).toBe(2);
    const r = await kb('graph', '--format', 'png');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown format 'png'");
  });
});
