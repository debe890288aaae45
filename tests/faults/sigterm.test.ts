/**
 * Fault: SIGTERM in the middle of a turn. The reply of the turn in flight is held back by a slow
 * Bot API, a second update of the same chat waits behind it, a third arrives after the signal.
 * Each turn must be finished by the stopping process or redelivered to its successor (Telegram
 * redelivers what was not accepted), never half-applied: state and replies are checked after the
 * restart.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClient } from '@redis/client';
import { StrictBotApi } from '../e2e/support/strict-bot-api.js';
import { until } from '../e2e/support/main-process.js';
import { allLogs, errorLines, saveLogs, startReplica } from './support/bots.js';
import { describeFaults } from './support/fault-suite.js';
import { RedisProcess } from './support/redis-process.js';
import { recordFault } from './support/report.js';
import { secretsIn } from './support/secrets.js';
import { TelegramChat, deliver } from './support/telegram-chat.js';

describeFaults('faults: SIGTERM mid-turn', () => {
  let api: StrictBotApi;
  let redis: RedisProcess;
  beforeAll(async () => {
    api = await StrictBotApi.start();
    redis = await RedisProcess.create();
    await redis.start();
  });
  afterAll(async () => {
    await api.close();
    await redis.destroy();
    saveLogs('sigterm');
    expect(secretsIn(allLogs.flat())).toEqual([]);
  });

  it('SIGTERM mid-turn: the turn in flight and the one queued finish, the one after the signal is redelivered; nothing half-applied', async () => {
    const started = Date.now();
    const first = await startReplica({ redisUrl: redis.url, telegram: api });
    const user = new TelegramChat(api, 72_001);
    expect((await user.say(first.telegramUrl, 'cek profil ams saya')).join()).toMatch(/Tulis Nama/);

    // The next reply takes 1.5 s to be accepted by Telegram: SIGTERM lands while it is in flight.
    api.sendDelayMs.set(user.chat, 1500);
    const before = api.sendCount(user.chat);
    const calls = api.callsTo(user.chat).length;
    expect(await deliver(first.telegramUrl, user.update('Siti Aminah'))).toBe(200);
    expect(await deliver(first.telegramUrl, user.update('Analis Kebijakan'))).toBe(200);
    await until(() => api.callsTo(user.chat).slice(calls).some((c) => c.method === 'sendMessage'), 'the reply to be in flight');
    first.proc.child.kill('SIGTERM');
    await until(() => first.logs.some((l) => l.includes('"stopping"')), 'the stop to begin', first.logs);
    // After the signal: the listener no longer takes updates (refused), or takes it and finishes it.
    const late = user.update('Sekretariat Jenderal');
    const lateStatus = await deliver(first.telegramUrl, late);
    expect(await first.proc.exited).toBe(0);
    api.sendDelayMs.delete(user.chat);

    const texts = user.texts().slice(before);
    expect(texts[0]).toMatch(/Tulis Jabatan/);
    expect(texts[1]).toMatch(/Tulis Unit Organisasi/);
    const lateAnswered = texts.length === 3;
    expect(lateStatus === 200 ? lateAnswered : texts.length === 2, `late update ${lateStatus}, replies ${JSON.stringify(texts)}`).toBe(true);

    // The successor on the same address; Telegram redelivers what the stopping replica refused.
    const second = await startReplica({ redisUrl: redis.url, telegram: api, port: first.port });
    if (!lateAnswered) {
      const count = api.sendCount(user.chat);
      expect(await deliver(second.telegramUrl, late)).toBe(200);
      await user.collect(count);
    }
    expect(user.texts().at(-1)).toMatch(/sudah sesuai/);
    // Three turns, three replies, in order; the state holds all three answers.
    const replies = user.texts().slice(before);
    expect(replies).toHaveLength(3);
    const lost = 3 - replies.length;
    const client = createClient({ url: redis.url });
    await client.connect();
    const stored = JSON.parse((await client.get(`dsh:conv::telegram:${user.chat}`))!) as { value: { slots: Record<string, string> } };
    await client.close();
    expect(stored.value.slots).toMatchObject({ name: 'Siti Aminah', position: 'Analis Kebijakan', unit: 'Sekretariat Jenderal' });
    // A repeated delivery of any of them is not answered again.
    const count = api.sendCount(user.chat);
    expect(await deliver(second.telegramUrl, late)).toBe(200);
    await new Promise((r) => setTimeout(r, 400));
    const duplicates = api.sendCount(user.chat) - count + user.tally.duplicates;
    expect(duplicates).toBe(0);
    expect(await second.stop()).toBe(0);
    expect(errorLines(first.logs.concat(second.logs))).toEqual([]);
    recordFault({
      id: '03-sigterm-mid-turn', fault: 'SIGTERM while a reply is in flight, another update queued, one more after the signal',
      checked: `the stopping process sends the reply in flight and answers the queued update before exiting 0; the update after the signal was ${lateStatus === 'refused' ? 'refused and redelivered to the restarted replica' : 'accepted and answered'}; state holds all three answers; a redelivery is not answered twice`,
      turnsLost: lost, duplicateReplies: duplicates, secretsInLogs: secretsIn(first.logs.concat(second.logs)).length, seconds: (Date.now() - started) / 1000,
    });
  });
});
