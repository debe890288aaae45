/**
 * Restarts of `npm start` (SIGTERM, then a new process) against the same strict Bot API and the
 * same Redis: updates already answered are not answered again, and a ticket whose captures were
 * being collected continues where it stopped and reaches the helpdesk group.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisUrl } from '../support/redis.js';
import { startMain, until, type MainProcess } from './support/main-process.js';
import { telegramEmployeeToCaptures } from './support/roundtrip-steps.js';
import { StrictBotApi, TOKEN } from './support/strict-bot-api.js';
import { TelegramUser, polling } from './support/telegram-driver.js';
import { person, photoMessage } from './support/telegram-updates.js';

const graph = JSON.parse(readFileSync(new URL('../../dist/graph.json', import.meta.url), 'utf8')) as Record<string, any>;
const GROUP = -100_999;

describe.runIf(Boolean(redisUrl()))('npm start restarted (polling, Redis)', () => {
  let tg: StrictBotApi;
  let bot: MainProcess;
  const start = async () => {
    const polls = tg.callsOf('getUpdates').length;
    bot = startMain({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: tg.apiRoot, REDIS_URL: redisUrl(), HELPDESK_TELEGRAM_CHAT_ID: String(GROUP), HELPDESK_TELEGRAM_USER_IDS: '9001' });
    await until(() => tg.callsOf('getUpdates').length > polls, 'polling', bot.logs);
  };
  beforeAll(async () => {
    tg = await StrictBotApi.start();
    await start();
  });
  afterAll(async () => {
    expect(await bot.stop()).toBe(0);
    await tg.close();
  });

  it('continues a capture collection after a restart and answers nothing twice', async () => {
    const chat = 70_000 + Math.floor(Math.random() * 10_000);
    const employee = await telegramEmployeeToCaptures(tg, chat, graph.topics.ticket.title.id);
    const before = tg.sendCount(chat);

    expect(await bot.stop()).toBe(0);
    await start();
    await employee.send(photoMessage(chat, 'AgADafter-restart', employee.from));
    // Nothing from before the restart was answered again: the first new message is the capture's.
    expect(tg.textsTo(chat).slice(before).join('\n')).toMatch(/^Capture diterima/);
    await employee.press('Kirim');
    await tg.waitFor(() => tg.textsTo(GROUP).some((t) => t.includes('15.1')), 'the draft in the helpdesk group');
    expect(tg.errors()).toEqual([]);
  });
});

describe('npm start restarted (polling, in memory)', () => {
  it('does not answer an update again after SIGTERM and a new start', async () => {
    const tg = await StrictBotApi.start();
    const env = { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: tg.apiRoot };
    let bot = startMain(env);
    try {
      const user = new TelegramUser(tg, polling(tg), 8080, person(8080));
      const first = await user.say('/start');
      expect(await bot.stop()).toBe(0);
      const polls = tg.callsOf('getUpdates').length;
      bot = startMain(env);
      await until(() => tg.callsOf('getUpdates').length > polls, 'polling again', bot.logs);
      const count = tg.sendCount(8080);
      await user.say('/start');
      expect(tg.sendCount(8080) - count).toBe(first.length);
    } finally {
      expect(await bot.stop()).toBe(0);
      await tg.close();
    }
  });
});
