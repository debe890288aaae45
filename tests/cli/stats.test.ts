/**
 * `stats`: a run of questions through `replay` (its own process, Redis as the store), then
 * `stats` in another process names the questions that went unplaced — personal data masked —
 * as a table and as JSON, newest period first; and the same through the runtime in memory.
 */
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/dialogs/app-context.js';
import { readInsight, type PeriodInsight } from '../../src/dialogs/insight/index.js';
import { silentLogger } from '../../src/ops/logger.js';
import { parseStatsArgs } from '../../src/cli/stats.js';
import { describeRedis, redisUrl } from '../support/redis.js';
import { CLI, CliProcess, ROOT, requireBuild } from './cli-process.js';

beforeAll(requireBuild);

/**
 * A word no other test types, so counts in a shared Redis are this test's own. Its trailing
 * digit keeps the router from reading it as a misspelt word (which would make routing depend on
 * the random letters).
 */
const tag = `${randomUUID().replace(/[^a-f]/g, '').slice(0, 7).padEnd(7, 'x')}7`;
const QUESTIONS = [
  `jadwal rapat koperasi ${tag} besok`,
  `Jadwal rapat koperasi ${tag} besok?`,
  `nama saya Budi Santoso nip 198501012010011001 mau ajukan cuti ${tag}`,
  `undangan futsal jumat dikirim ke budi.santoso@kemenkeu.go.id atau wa 081234567890 ${tag}`,
];
const RAW = ['198501012010011001', 'budi.santoso@kemenkeu.go.id', '081234567890', 'Budi Santoso', 'budi santoso'];

function stats(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { REDIS_URL: _drop, ...rest } = process.env;
  const run = spawnSync(process.execPath, [CLI, 'stats', ...args], { cwd: ROOT, env: { ...rest, ...env }, encoding: 'utf8', timeout: 15_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectMasked(periods: PeriodInsight[]) {
  // A question the router was unsure about is counted under `clarified` instead ("…email…" may
  // be): either list names it, masked.
  const unplaced = [...periods[0]!.unplaced, ...periods[0]!.clarified.map(({ question, count }) => ({ question, count }))]
    .filter((q) => q.question.includes(tag));
  expect(unplaced).toEqual(expect.arrayContaining([
    { question: `jadwal rapat koperasi ${tag} besok`, count: 2 },
    { question: `nama saya [nama] nip [NIP] mau ajukan cuti ${tag}`, count: 1 },
    { question: `undangan futsal jumat dikirim ke [email] atau wa [telp] ${tag}`, count: 1 },
  ]));
  for (const raw of RAW) expect(JSON.stringify(periods)).not.toContain(raw);
}

describeRedis('stats after replay --store redis://', () => {
  beforeAll(async () => {
    const replay = new CliProcess(['replay', '--user', `stats-${tag}`, '--store', redisUrl()]);
    for (const text of QUESTIONS) await replay.turn({ text });
    await replay.turn({ text: 'lupa password ams' });
    expect(await replay.finish()).toBe(0);
  });

  it('names the unplaced questions, masked, in JSON', () => {
    const out = stats(['--json', '--store', redisUrl()]);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as { period: string; store: string; periods: PeriodInsight[] };
    expect(report).toMatchObject({ period: 'day', store: 'redis' });
    expectMasked(report.periods);
    expect(report.periods[0]!.routed.topic).toBeGreaterThanOrEqual(1);
    expect(report.periods[0]!.funnel.some((f) => f.topic === 'forgot-password' && f.started >= 1)).toBe(true);
  });

  it('prints them as a table, per week too, reading REDIS_URL when no --store is given', () => {
    const out = stats(['--period', 'week'], { REDIS_URL: redisUrl() });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^== week \d{4}-W\d{2} ==/);
    expect(out.stdout).toContain(`jadwal rapat koperasi ${tag} besok`);
    expect(out.stdout).toContain(`nama saya [nama] nip [NIP] mau ajukan cuti ${tag}`);
    for (const raw of RAW) expect(out.stdout).not.toContain(raw);
  });
});

describe('stats', () => {
  it('through the runtime in memory: the unplaced questions, masked', async () => {
    const app = await createAppContext({ logger: silentLogger(), graphPath: join(ROOT, 'dist/graph.json') });
    for (const text of QUESTIONS) await app.handle('cli:stats', { type: 'text', text }, { userId: 'cli:stats', channel: 'cli' });
    await app.insight.flush();
    expectMasked(await readInsight(app.insight.store, 'day', 1));
    await app.close();
  });

  it('without a store says where insight lives', () => {
    const out = stats([]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('pass --store redis://');
  });

  it('refuses bad arguments with the usage, and says when the store does not answer', () => {
    expect(parseStatsArgs(['--period', 'month'], {})).toBe('stats: --period is day or week, not month');
    expect(parseStatsArgs(['--last=0'], {})).toMatch(/--last/);
    expect(parseStatsArgs(['--store', 'http://x'], {})).toMatch(/redis:\/\//);
    expect(parseStatsArgs(['--json', '--period=week', '--last', '3'], { REDIS_URL: 'redis://h:1' })).toEqual({ json: true, kind: 'week', last: 3, store: 'redis://h:1' });
    const bad = stats(['--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage: stats');
    const down = stats(['--store', 'redis://127.0.0.1:1']);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('stats: the store did not answer');
  });
});
