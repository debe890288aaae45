/**
 * `npm start` as a new user runs it: the built composition root (dist/bots/main.js) in its own
 * process, configured only by environment variables, talking real HTTP to the fake Telegram and
 * Slack APIs. Covers polling, webhook mode, Slack HTTP mode, both channels in one process, and a
 * clean exit on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_TOKEN, FakeTelegramApi, textUpdate } from '../support/fake-telegram-api.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { BOT_TOKEN, SIGNING_SECRET, dmMessage, freePort, sign } from '../adapters/slack/harness.js';

const MAIN = fileURLToPath(new URL('../../dist/bots/main.js', import.meta.url));
const running: ChildProcess[] = [];
const fakes: Array<{ close?: () => Promise<void>; stop?: () => Promise<void> }> = [];

afterEach(async () => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const fake of fakes.splice(0)) await (fake.close ?? fake.stop)?.call(fake);
});

/** Starts main.js with exactly `env` (plus PATH) and collects its log lines. */
function startMain(env: Record<string, string>): { child: ChildProcess; logs: string[] } {
  const logs: string[] = [];
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: process.env.MAIN_LOG_LEVEL ?? 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => logs.push(...d.toString().split('\n').filter(Boolean)));
  child.stderr!.on('data', (d: Buffer) => logs.push(...d.toString().split('\n').filter(Boolean)));
  running.push(child);
  return { child, logs };
}

async function waitFor(predicate: () => boolean, what: string, logs: string[], timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${logs.join('\n')}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const exitOf = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('npm start with channel tokens', () => {
  it('answers Telegram in polling mode and stops cleanly on SIGTERM', async () => {
    const fake = await FakeTelegramApi.start();
    fakes.push(fake);
    const { child, logs } = startMain({ TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: fake.apiRoot });
    fake.push(textUpdate('/start', { chatId: 42, fromId: 42 }));
    await waitFor(() => fake.sentTexts(42).length > 0, 'the menu', logs);
    const menu = fake.callsOf('sendMessage').find((c) => Number(c.payload.chat_id) === 42)!;
    expect(JSON.stringify(menu.payload.reply_markup)).toContain('topic:');
    fake.push(textUpdate('lupa password ams', { chatId: 42, fromId: 42 }));
    await waitFor(() => fake.sentTexts(42).some((t) => t.includes('noreply@bsre.id') || t.includes('Lupa Password')), 'forgot-password answer', logs);
    const exited = exitOf(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('registers and serves a Telegram webhook, refusing a bad secret', async () => {
    const fake = await FakeTelegramApi.start();
    fakes.push(fake);
    const port = await freePort();
    const { child, logs } = startMain({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, PORT: String(port),
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.go.id/telegram', TELEGRAM_WEBHOOK_SECRET: 'webhook-secret_1',
    });
    await waitFor(() => fake.callsOf('setWebhook').length > 0, 'setWebhook', logs);
    expect(fake.callsOf('setWebhook')[0]!.payload.secret_token).toBe('webhook-secret_1');
    const post = async (secret: string, updateId: number) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await fetch(`http://127.0.0.1:${port}/telegram`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
            body: JSON.stringify({ ...textUpdate('/start', { chatId: 7, fromId: 7 }), update_id: updateId }),
          });
        } catch (error) {
          if (attempt > 40) throw error;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    expect((await post('wrong-secret', 1)).status).toBe(401);
    expect((await post('webhook-secret_1', 2)).status).toBe(200);
    await waitFor(() => fake.sentTexts(7).length > 0, 'webhook reply', logs);
    const exited = exitOf(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('answers a signed Slack DM in HTTP mode, with Telegram in the same process', async () => {
    const slack = await new FakeSlackApi(BOT_TOKEN).start();
    const telegram = await FakeTelegramApi.start();
    fakes.push(slack, telegram);
    const port = await freePort();
    const { child, logs } = startMain({
      SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.url, PORT: String(port),
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot,
    });
    await waitFor(() => logs.some((l) => l.includes('ds-helpdesk is running')), 'start-up', logs);
    const body = JSON.stringify({
      token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'Ev1', event_time: 1700000000,
      event: dmMessage('U1', 'gimana cara reset pin tte', '1700000000.000100'),
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp) },
      body,
    });
    expect(response.status).toBe(200);
    await waitFor(() => slack.posted().some((p) => /passphrase|reset/i.test(JSON.stringify(p))), 'Slack reply', logs);
    telegram.push(textUpdate('/start', { chatId: 9, fromId: 9 }));
    await waitFor(() => telegram.sentTexts(9).length > 0, 'Telegram reply', logs);
    const exited = exitOf(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a bad configuration with a message naming the variable', async () => {
    const { child, logs } = startMain({ TELEGRAM_BOT_TOKEN: 'not-a-token' });
    expect(await exitOf(child)).toBe(1);
    expect(logs.join('\n')).toContain('TELEGRAM_BOT_TOKEN');
  });
});
