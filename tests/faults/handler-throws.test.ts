/**
 * Fault: a turn handler that throws, and one that leaves a rejected promise nobody awaits. The
 * bot is composed exactly as `npm start` does (src/bots) with the fault injected into its turn
 * handler (support/faulty-main.ts): the user gets an apology, the process lives, the next
 * message works — on Telegram (webhook) and Slack (HTTP events).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { StrictBotApi } from '../e2e/support/strict-bot-api.js';
import { StrictSlackApi } from '../e2e/support/strict-slack-api.js';
import { SlackDriver } from '../e2e/support/slack-driver.js';
import { text as telegramText } from '../../src/adapters/telegram/texts.js';
import { texts as slackTexts } from '../../src/adapters/slack/texts.js';
import { allLogs, saveLogs, startReplica, type Replica } from './support/bots.js';
import { describeFaults } from './support/fault-suite.js';
import { RedisProcess } from './support/redis-process.js';
import { recordFault } from './support/report.js';
import { secretsIn } from './support/secrets.js';
import { TelegramChat } from './support/telegram-chat.js';

describeFaults('faults: a throwing handler', () => {
  const FAULTY = fileURLToPath(new URL('./support/faulty-main.ts', import.meta.url));
  let tg: StrictBotApi;
  let slack: StrictSlackApi;
  let redis: RedisProcess;
  let bot: Replica;
  let driver: SlackDriver;
  const figures = { lost: 0, duplicates: 0 };
  const started = Date.now();

  beforeAll(async () => {
    [tg, slack, redis] = await Promise.all([StrictBotApi.start(), StrictSlackApi.start(), RedisProcess.create()]);
    await redis.start();
    bot = await startReplica({ redisUrl: redis.url, telegram: tg, slack, command: ['--import', 'tsx', FAULTY] });
    driver = new SlackDriver(bot.slackUrl, slack, bot.logs);
  });
  afterAll(async () => {
    if (bot) expect(await bot.stop()).toBe(0);
    await Promise.all([tg?.close(), slack?.close()]);
    await redis?.destroy();
    saveLogs('handler-throws');
    recordFault({
      id: '06-handler-throws', fault: 'the turn handler throws; another leaves a rejected promise nobody awaits',
      checked: 'Telegram and Slack users get the apology, the error is logged (scrubbed of secrets), the process stays up, the next message continues the conversation',
      turnsLost: figures.lost, duplicateReplies: figures.duplicates, secretsInLogs: secretsIn(allLogs.flat()).length, seconds: (Date.now() - started) / 1000,
    });
    expect(secretsIn(allLogs.flat())).toEqual([]);
  });

  it('Telegram: apology, the process lives, the next message works', async () => {
    const user = new TelegramChat(tg, 76_001);
    expect((await user.say(bot.telegramUrl, 'cek profil ams saya')).join()).toMatch(/Tulis Nama/);
    expect(await user.say(bot.telegramUrl, 'boom')).toEqual([telegramText('apology', 'id')]);
    expect(bot.logs.some((l) => l.includes('turn failed') && l.includes('the handler exploded'))).toBe(true);
    // The stray rejection is logged, nothing is sent for it, and the process carries on.
    await user.say(bot.telegramUrl, 'boom-floating');
    expect(bot.logs.some((l) => l.includes('unhandled promise rejection'))).toBe(true);
    expect(bot.proc.child.exitCode).toBeNull();
    // The conversation was not disturbed: still at the name prompt ('boom-floating' was the name).
    expect((await user.say(bot.telegramUrl, 'Analis Kebijakan')).join()).toMatch(/Tulis Unit/);
    figures.lost += user.tally.lost;
    figures.duplicates += user.tally.duplicates;
    expect(user.tally).toMatchObject({ lost: 0, duplicates: 0 });
  });

  it('Slack: apology, the process lives, the next message works', async () => {
    const channel = 'DU0BOOM1';
    const say = async (text: string) => {
      const before = slack.postsIn(channel).length;
      await driver.message('U0BOOM1', channel, text);
      await slack.waitFor(() => slack.postsIn(channel).length > before, `a reply to ${text}`);
      await new Promise((r) => setTimeout(r, 300));
      const replies = slack.postsIn(channel).slice(before).map((m) => m.text as string);
      figures.duplicates += Math.max(0, replies.length - 1);
      return replies;
    };
    expect((await say('cek profil ams saya')).join()).toMatch(/Tulis Nama/);
    expect(await say('boom')).toEqual([slackTexts('id').apology]);
    expect(bot.proc.child.exitCode).toBeNull();
    expect((await say('Siti Aminah')).join()).toMatch(/Tulis Jabatan/);
  });
});
