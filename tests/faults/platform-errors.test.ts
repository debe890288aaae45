/**
 * Fault: the platform answers 429 (rate limited, with retry_after / Retry-After) or a 5xx to
 * the bot's reply. grammY's auto-retry and the Slack Web API client retry; the user must see the
 * answer exactly once. One `node dist/bots/main.js` with Telegram (webhook) and Slack (HTTP).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { StrictBotApi } from '../e2e/support/strict-bot-api.js';
import { StrictSlackApi } from '../e2e/support/strict-slack-api.js';
import { SlackDriver } from '../e2e/support/slack-driver.js';
import { allLogs, errorLines, saveLogs, startReplica, type Replica } from './support/bots.js';
import { describeFaults } from './support/fault-suite.js';
import { RedisProcess } from './support/redis-process.js';
import { recordFault } from './support/report.js';
import { secretsIn } from './support/secrets.js';
import { TelegramChat } from './support/telegram-chat.js';

describeFaults('faults: 429 and 5xx from the platforms', () => {
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
    bot = await startReplica({ redisUrl: redis.url, telegram: tg, slack });
    driver = new SlackDriver(bot.slackUrl, slack, bot.logs);
  });
  afterAll(async () => {
    if (bot) expect(await bot.stop()).toBe(0);
    await Promise.all([tg?.close(), slack?.close()]);
    await redis?.destroy();
    saveLogs('platform-errors');
    recordFault({
      id: '05-platform-429-5xx', fault: 'the platform answers the reply with 429 or 5xx (Telegram 429 retry_after 1 and 502; Slack 429 Retry-After 1 and 503)',
      checked: 'each reply is retried by the client and reaches the user exactly once; the failed call and its retry are both seen by the fake; no error logged',
      turnsLost: figures.lost, duplicateReplies: figures.duplicates, secretsInLogs: secretsIn(allLogs.flat()).length, seconds: (Date.now() - started) / 1000,
    });
    expect(secretsIn(allLogs.flat())).toEqual([]);
    expect(errorLines(bot.logs)).toEqual([]);
  });

  it('Telegram: a 429 and then a 502 on the reply, each answered once after the retry', async () => {
    const user = new TelegramChat(tg, 75_001);
    tg.throttleNext.add(user.chat);
    expect((await user.say(bot.telegramUrl, 'cek profil ams saya', 1, 500)).join()).toMatch(/Tulis Nama/);
    tg.serverErrorNext.add(user.chat);
    expect((await user.say(bot.telegramUrl, 'Siti Aminah', 1, 500)).join()).toMatch(/Tulis Jabatan/);
    const failed = tg.callsTo(user.chat).filter((c) => c.error);
    expect(failed.map((c) => c.error)).toEqual(['Too Many Requests: retry after 1', 'Bad Gateway']);
    expect(user.texts()).toHaveLength(2);
    figures.lost += user.tally.lost;
    figures.duplicates += user.tally.duplicates;
  }, 30_000);

  it('Slack: a 429 and then a 503 on the reply, each answered once after the retry', async () => {
    const channel = 'DU0PLAT1';
    for (const [fault, text, answer] of [['429', 'cek profil ams saya', /Tulis Nama/], ['503', 'Siti Aminah', /Tulis Jabatan/]] as const) {
      (fault === '429' ? slack.rateLimitNext : slack.serverErrorNext).add(channel);
      const before = slack.postsIn(channel).length;
      await driver.message('U0PLAT1', channel, text);
      await slack.waitFor(() => slack.postsIn(channel).length > before, `the reply after the ${fault}`, 15_000);
      await new Promise((r) => setTimeout(r, 500));
      const replies = slack.postsIn(channel).slice(before);
      if (replies.length === 0) figures.lost += 1;
      figures.duplicates += Math.max(0, replies.length - 1);
      expect(replies.map((m) => m.text)).toHaveLength(1);
      expect(replies[0]!.text).toMatch(answer);
    }
    const errors = slack.callsOf('chat.postMessage').filter((c) => c.error).map((c) => c.error);
    expect(errors).toEqual(['ratelimited', 'service_unavailable']);
  }, 30_000);
});
