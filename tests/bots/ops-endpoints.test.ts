/**
 * `npm start` with the operations routes, as an operator probes them: /healthz, /readyz and
 * /metrics in every mode — a listener of their own for long polling, Slack's HTTP listener,
 * the Telegram webhook listener, OPS_PORT, the terminal chat when PORT is given — and /readyz
 * turning 503 with the reason when Redis goes away, 200 again when it is back.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_TOKEN, FakeTelegramApi, textUpdate } from '../support/fake-telegram-api.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../adapters/slack/harness.js';
import { freePort, startMain, until, type MainProcess } from '../e2e/support/main-process.js';

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0 || process.env.CI === 'true';
const running: MainProcess[] = [];
const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const bot of running.splice(0)) expect(await bot.stop()).toBe(0);
  for (const close of closers.splice(0)) await close();
});

function main(env: Record<string, string>): MainProcess {
  const bot = startMain(env);
  running.push(bot);
  return bot;
}

/** GET until the listener answers. */
async function get(url: string, logs: string[]): Promise<Response> {
  for (let i = 0; ; i++) {
    try {
      return await fetch(url);
    } catch (error) {
      if (i > 200) throw new Error(`${url}: ${String(error)}\n${logs.join('\n')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

async function readyz(base: string, logs: string[]) {
  const res = await get(`${base}/readyz`, logs);
  return { status: res.status, body: (await res.json()) as { ready: boolean; reasons: string[]; checks: Record<string, { ok: boolean }> } };
}

async function telegram(): Promise<FakeTelegramApi> {
  const fake = await FakeTelegramApi.start();
  closers.push(() => fake.close());
  return fake;
}

describe('ops routes of npm start', () => {
  it('long polling: a listener of their own on PORT, with turn, routing and funnel counters', async () => {
    const tg = await telegram();
    const port = await freePort();
    const bot = main({ TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: tg.apiRoot, PORT: String(port) });
    const base = `http://127.0.0.1:${port}`;
    expect((await get(`${base}/healthz`, bot.logs)).status).toBe(200);
    await until(() => bot.logs.some((l) => l.includes('ds-helpdesk is running')), 'start-up', bot.logs);
    expect(await readyz(base, bot.logs)).toMatchObject({ status: 200, body: { ready: true, checks: { store: { ok: true }, telegram: { ok: true } } } });
    tg.push(textUpdate('lupa password ams', { chatId: 5, fromId: 5 }));
    tg.push(textUpdate('jadwal rapat besok jam berapa', { chatId: 6, fromId: 6 }));
    await until(() => tg.sentTexts(5).length > 0 && tg.sentTexts(6).length > 0, 'two answers', bot.logs);
    const metrics = await (await get(`${base}/metrics`, bot.logs)).text();
    expect(metrics).toContain('dsh_turns_total{channel="telegram",result="answered"} 2');
    expect(metrics).toContain('dsh_routed_total{topic="forgot-password",outcome="topic"} 1');
    expect(metrics).toContain('dsh_routed_total{topic="unknown",outcome="unknown"} 1');
    expect(metrics).toContain('dsh_flow_events_total{topic="forgot-password",event="started"} 1');
    expect(metrics).toMatch(/dsh_store_duration_seconds_count\{op="turn",result="ok"\} 2/);
    expect(metrics).toMatch(/dsh_tickets_open\{status="ready"\} 0/);
    expect(metrics).toMatch(/^dsh_build_info\{version="[^"]+",graph="[0-9a-f]+"\} 1$/m);
  });

  it('Slack HTTP mode: on Slack\'s listener at PORT; with OPS_PORT on that port only', async () => {
    const slack = await new FakeSlackApi(BOT_TOKEN).start();
    closers.push(() => slack.stop());
    const [port, opsPort] = [await freePort(), await freePort()];
    const env = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.url, PORT: String(port) };
    const shared = main(env);
    await until(() => shared.logs.some((l) => l.includes('ds-helpdesk is running')), 'start-up', shared.logs);
    expect(await readyz(`http://127.0.0.1:${port}`, shared.logs)).toMatchObject({ status: 200, body: { checks: { slack: { ok: true } } } });
    expect(await (await get(`http://127.0.0.1:${port}/metrics`, shared.logs)).text()).toContain('dsh_build_info');
    expect(await running.pop()!.stop()).toBe(0);

    const apart = main({ ...env, OPS_PORT: String(opsPort) });
    await until(() => apart.logs.some((l) => l.includes('ds-helpdesk is running')), 'start-up', apart.logs);
    expect((await get(`http://127.0.0.1:${opsPort}/healthz`, apart.logs)).status).toBe(200);
    expect((await get(`http://127.0.0.1:${port}/healthz`, apart.logs)).status).toBe(404);
  });

  it('Telegram webhook: on the webhook listener, which still takes updates; a redelivery is a dedupe hit', async () => {
    const tg = await telegram();
    const port = await freePort();
    const bot = main({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: tg.apiRoot, PORT: String(port),
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.go.id/tg', TELEGRAM_WEBHOOK_SECRET: 'hook-secret',
    });
    const base = `http://127.0.0.1:${port}`;
    await until(() => bot.logs.some((l) => l.includes('ds-helpdesk is running')), 'start-up', bot.logs);
    expect(await readyz(base, bot.logs)).toMatchObject({ status: 200, body: { checks: { telegram: { ok: true } } } });
    const update = JSON.stringify({ ...textUpdate('/start', { chatId: 8, fromId: 8 }), update_id: 91 });
    const post = () => fetch(`${base}/tg`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'hook-secret' }, body: update });
    expect((await post()).status).toBe(200);
    await until(() => tg.sentTexts(8).length > 0, 'the answer', bot.logs);
    expect((await post()).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(await (await get(`${base}/metrics`, bot.logs)).text()).toContain('dsh_dedupe_hits_total{channel="telegram"} 1');
  });

  it('an explicit PORT that is taken stops the start, saying so', async () => {
    const tg = await telegram();
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '0.0.0.0', r));
    closers.push(() => new Promise((r) => taken.close(r)));
    const port = (taken.address() as AddressInfo).port;
    const bot = startMain({ TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: tg.apiRoot, PORT: String(port) });
    expect(await new Promise((r) => bot.child.once('exit', r))).toBe(1);
    expect(bot.logs.join('\n')).toContain(`cannot serve /healthz, /readyz and /metrics on port ${port}`);
  });

  it('the terminal chat serves them when PORT is given', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [fileURLToPath(new URL('../../dist/bots/main.js', import.meta.url))], {
      env: { PATH: process.env.PATH ?? '', PORT: String(port) }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    const logs: string[] = [];
    child.stdout.on('data', (d: Buffer) => logs.push(d.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      expect(await readyz(`http://127.0.0.1:${port}`, logs)).toMatchObject({ status: 200, body: { checks: { store: { ok: true } } } });
      child.stdin.write('lupa password ams\n');
      await until(() => logs.join('').includes('noreply@bsre.id') || logs.join('').includes('Lupa Password'), 'the answer', logs);
      expect(await (await get(`http://127.0.0.1:${port}/metrics`, logs)).text()).toMatch(/dsh_turns_total\{channel="cli",result="answered"\} 2/);
      child.stdin.end();
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it.skipIf(!hasRedisServer)('/readyz is 503 naming the store while Redis is away, 200 once it is back', async () => {
    const redisPort = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'dsh-ready-'));
    closers.push(async () => rmSync(dir, { recursive: true, force: true }));
    const startRedis = () => {
      const server = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      const exited = new Promise((r) => server.once('exit', r));
      return { stop: async () => { server.kill('SIGKILL'); await exited; } };
    };
    let redis = startRedis();
    closers.push(() => redis.stop());
    const tg = await telegram();
    const port = await freePort();
    const bot = main({ TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: tg.apiRoot, PORT: String(port), REDIS_URL: `redis://127.0.0.1:${redisPort}` });
    const base = `http://127.0.0.1:${port}`;
    await until(() => bot.logs.some((l) => l.includes('ds-helpdesk is running')), 'start-up', bot.logs);
    expect((await readyz(base, bot.logs)).status).toBe(200);
    await redis.stop();
    const down = await readyz(base, bot.logs);
    expect(down.status).toBe(503);
    expect(down.body.reasons.join()).toMatch(/^store: /);
    expect(down.body.checks['telegram']!.ok).toBe(true);
    expect((await get(`${base}/healthz`, bot.logs)).status).toBe(200);
    redis = startRedis();
    let again = down;
    for (let i = 0; i < 40 && again.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      again = await readyz(base, bot.logs);
    }
    expect(again.status).toBe(200);
  }, 40_000);
});
