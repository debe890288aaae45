/**
 * Faults: Redis killed between two messages and restarted; Redis down when the bot starts.
 * Real `node dist/bots/main.js` (Telegram webhook mode) against the strict Bot API fake and a
 * private redis-server this file starts and kills.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@redis/client';
import { StrictBotApi } from '../e2e/support/strict-bot-api.js';
import { allLogs, errorLines, saveLogs, startReplica, untilLogged, type Replica } from './support/bots.js';
import { describeFaults } from './support/fault-suite.js';
import { RedisProcess } from './support/redis-process.js';
import { recordFault } from './support/report.js';
import { secretsIn } from './support/secrets.js';
import { TelegramChat } from './support/telegram-chat.js';

describeFaults('faults: Redis outages', () => {
  const TRY_AGAIN = /coba lagi/;
  let api: StrictBotApi;
  beforeAll(async () => { api = await StrictBotApi.start(); });
  afterAll(async () => {
    await api.close();
    saveLogs('redis-outage');
    expect(secretsIn(allLogs.flat())).toEqual([]);
  });

  /** Polls /readyz until it answers 200 or `ms` pass; the last status. */
  async function readyWithin(bot: Replica, ms: number): Promise<number> {
    const deadline = Date.now() + ms;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await fetch(`http://127.0.0.1:${bot.port}/readyz`)).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return status;
  }

  /** Each store reconnects on its own backoff: wait until all three say so. */
async function reconnected(bot: Replica): Promise<void> {
  for (const store of ['session store', 'ticket store', 'shared adapter state']) {
    await untilLogged(bot, new RegExp(`redis reachable again \\(${store}\\)`), `the ${store} to reconnect`);
  }
}

/** The stored conversation of a Telegram chat, read straight from Redis. */
  async function storedState(redis: RedisProcess, chat: number): Promise<Record<string, any> | undefined> {
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const raw = await client.get(`dsh:conv::telegram:${chat}`);
      return raw ? (JSON.parse(raw) as { value: Record<string, any> }).value : undefined;
    } finally {
      await client.close();
    }
  }

  describe('Redis killed between two messages, then restarted', () => {
    let redis: RedisProcess;
    let bot: Replica;
    beforeAll(async () => {
      redis = await RedisProcess.create();
      await redis.start();
      bot = await startReplica({ redisUrl: redis.url, telegram: api });
    });
    afterAll(async () => {
      await bot?.stop();
      await redis?.destroy();
    });

    it('tells the user to try again, resets nothing, and the conversation resumes where it was', async () => {
      const started = Date.now();
      const user = new TelegramChat(api, 71_001);
      expect((await user.say(bot.telegramUrl, 'cek profil ams saya')).join()).toMatch(/Tulis Nama/);
      expect((await user.say(bot.telegramUrl, 'Siti Aminah')).join()).toMatch(/Tulis Jabatan/);

      await redis.kill();
      const asked = Date.now();
      const during = await user.say(bot.telegramUrl, 'Analis Kebijakan');
      expect(during.join()).toMatch(TRY_AGAIN);
      // Bounded: the answer came within the 2 s store bound (plus delivery).
      expect(Date.now() - asked).toBeLessThan(4000);

      await redis.start();
      await reconnected(bot);
      expect((await user.say(bot.telegramUrl, 'Analis Kebijakan')).join()).toMatch(/Tulis Unit Organisasi/);
      expect((await user.say(bot.telegramUrl, 'Sekretariat Jenderal')).join()).toMatch(/sudah sesuai/);
      expect((await storedState(redis, user.chat))?.slots).toMatchObject({ name: 'Siti Aminah', position: 'Analis Kebijakan', unit: 'Sekretariat Jenderal' });

      // One line per outage, not one per reconnect attempt; the process never died.
      expect(bot.logs.filter((l) => l.includes('redis unreachable (session store)'))).toHaveLength(1);
      expect(bot.proc.child.exitCode).toBeNull();
      expect(errorLines(bot.logs).every((l) => /redis unreachable|store unavailable/.test(l)), errorLines(bot.logs).join('\n')).toBe(true);
      recordFault({
        id: '01-redis-killed', fault: 'Redis killed (SIGKILL) between two messages, restarted',
        checked: 'the message during the outage is answered "coba lagi" within 4 s; after the restart the same answer continues the profile check at the step it was on (name kept); one log line for the outage',
        turnsLost: user.tally.lost, duplicateReplies: user.tally.duplicates, secretsInLogs: secretsIn(bot.logs).length, seconds: (Date.now() - started) / 1000,
      });
      expect(user.tally).toMatchObject({ lost: 0, duplicates: 0 });
    });
  });

  describe('Redis down when the bot starts', () => {
    let redis: RedisProcess;
    let bot: Replica;
    beforeAll(async () => {
      redis = await RedisProcess.create(); // not started
      bot = await startReplica({ redisUrl: redis.url, telegram: api });
    });
    afterAll(async () => {
      expect(await bot?.stop()).toBe(0);
      await redis?.destroy();
    });

    it('starts anyway with a clear log line, keeps retrying, stays up, and serves once Redis is there', async () => {
      const started = Date.now();
      await untilLogged(bot, /redis unreachable \(session store\)/, 'the outage line');
      const user = new TelegramChat(api, 71_002);
      expect((await user.say(bot.telegramUrl, 'cek profil ams saya')).join()).toMatch(TRY_AGAIN);
      // Retrying in the background (debug lines of the reconnect attempts), and still alive.
      await untilLogged(bot, /session store connection error/, 'reconnect attempts');
      await new Promise((r) => setTimeout(r, 1500));
      expect(bot.logs.filter((l) => l.includes('session store connection error')).length).toBeGreaterThan(1);
      expect(bot.proc.child.exitCode).toBeNull();
      // Alive but not ready: the balancer keeps traffic away and is told why.
      expect((await fetch(`http://127.0.0.1:${bot.port}/healthz`)).status).toBe(200);
      const down = await fetch(`http://127.0.0.1:${bot.port}/readyz`);
      expect(down.status).toBe(503);
      expect(JSON.stringify(await down.json())).toMatch(/store/i);

      await redis.start();
      await reconnected(bot);
      expect(await readyWithin(bot, 10_000)).toBe(200);
      expect((await user.say(bot.telegramUrl, 'cek profil ams saya')).join()).toMatch(/Tulis Nama/);
      recordFault({
        id: '02-redis-down-at-start', fault: 'Redis down when the process starts',
        checked: 'the process starts and serves, logs "redis unreachable" once per store, retries (reconnect attempts logged at debug), answers "coba lagi"; /healthz 200 and /readyz 503 naming the store while Redis is down, /readyz 200 and normal answers once it is up',
        turnsLost: user.tally.lost, duplicateReplies: user.tally.duplicates, secretsInLogs: secretsIn(bot.logs).length, seconds: (Date.now() - started) / 1000,
      });
      expect(user.tally).toMatchObject({ lost: 0, duplicates: 0 });
    });
  });
});
