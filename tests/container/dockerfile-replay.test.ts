/**
 * The Dockerfile, known to work without a Docker engine: its stages are parsed and replayed here
 * (the build context after .dockerignore, the build stage's commands, `npm ci --omit=dev` where
 * the final stage runs it, the build outputs copied as the final stage copies them), then the
 * final stage's CMD starts as the image would and answers /healthz, /readyz, /metrics and a
 * Telegram message (fake Bot API over real HTTP), its HEALTHCHECK passes and SIGTERM stops it.
 *
 * About a minute (two `npm ci` from npm's cache, one build). DSH_SKIP_CONTAINER_REPLAY=1 skips
 * the replay, never under CI=true; the static checks always run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/bench/redis-server.js';
import { FAKE_TOKEN, FakeTelegramApi, textUpdate } from '../support/fake-telegram-api.js';
import { copyBuildContext } from './build-context.js';
import { parseDockerfile } from './dockerfile.js';
import { inStage, replayStages } from './replay.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const stages = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const final = stages.at(-1)!;
const skip = process.env.DSH_SKIP_CONTAINER_REPLAY === '1' && process.env.CI !== 'true';
const scratch = mkdtempSync(join(tmpdir(), 'dsh-image-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('Dockerfile', () => {
  it('builds in one stage and runs Node 20 slim in the last, as a non-root user, with a HEALTHCHECK and node as the command', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(final.image).toMatch(/^node:20[\w.-]*-slim$/);
    const args = (k: string) => final.instructions.filter((i) => i.keyword === k).map((i) => i.args);
    expect(args('USER')).toHaveLength(1);
    expect(args('USER')[0]).not.toMatch(/^(root|0)(:|$)/);
    expect(args('HEALTHCHECK')[0]).toContain('dist/ops/healthcheck.js');
    expect(JSON.parse(args('CMD')[0]!)).toEqual(['node', 'dist/bots/main.js']);
    // Production dependencies only, and no `prepare` build where the build tools are missing.
    const install = args('RUN').find((r) => r.includes('npm ci'))!;
    expect(install).toContain('--omit=dev');
    expect(install).toContain('--ignore-scripts');
    expect(args('COPY').some((c) => c.startsWith(`--from=${stages[0]!.name} `))).toBe(true);
  });

  it('.dockerignore keeps the build context to the manifests, compiler settings and sources', () => {
    const copied = copyBuildContext(ROOT, join(scratch, 'context-check'));
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'tsconfig.build.json', 'src/bots/main.ts', 'src/kb/flows/login.flow']));
    for (const path of copied) expect(path).not.toMatch(/^(node_modules|dist|tests|\.git|coverage|docs)\/|^\.env$|^src\/kb\/generated\//);
  });
});

describe.skipIf(skip)('Dockerfile replayed without Docker', () => {
  it('builds, installs production dependencies only, and the started image serves health, metrics and a Telegram chat', async () => {
    const context = join(scratch, 'context');
    copyBuildContext(ROOT, context);
    const replayed = await replayStages(stages, {
      context,
      scratch,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' },
      timeoutMs: 240_000,
    });
    const image = replayed.get(final.name)!;
    const app = inStage(image, '.');
    expect(existsSync(join(app, 'dist/bots/main.js'))).toBe(true);
    expect(existsSync(join(app, 'dist/graph.json'))).toBe(true);
    expect(existsSync(join(app, 'node_modules/prom-client'))).toBe(true);
    for (const dev of ['typescript', 'vitest', 'langium-cli', 'dependency-cruiser']) expect(existsSync(join(app, 'node_modules', dev)), dev).toBe(false);
    expect(existsSync(join(app, 'src'))).toBe(false);

    const telegram = await FakeTelegramApi.start();
    const port = await freePort();
    const env = { PATH: process.env.PATH ?? '', ...image.env, PORT: String(port), TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot, LOG_LEVEL: 'info' };
    const [command, ...args] = image.cmd!;
    const child = spawn(command!, args, { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const logs: string[] = [];
    child.stdout.on('data', (d: Buffer) => logs.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => logs.push(d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const base = `http://127.0.0.1:${port}`;
      await until(async () => (await fetch(`${base}/readyz`).catch(() => undefined))?.status === 200, 'ready', logs);
      expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: 'ok' });
      telegram.push(textUpdate('lupa password ams', { chatId: 77, fromId: 77 }));
      await until(async () => telegram.sentTexts(77).length > 0, 'an answer on Telegram', logs);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toMatch(/^dsh_turns_total\{channel="telegram",result="answered"\} 1$/m);
      // The image's HEALTHCHECK, run as Docker would: inside the container, with its environment.
      const [probe, ...probeArgs] = image.healthcheck!;
      expect(spawnSync(probe!, probeArgs, { cwd: app, env, timeout: 10_000 }).status).toBe(0);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await telegram.close();
    }
  }, 300_000);
});

async function until(check: () => Promise<boolean>, what: string, logs: string[], ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${logs.join('').slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
