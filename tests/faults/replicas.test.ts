/**
 * Faults: the same update or event delivered twice at once to two replicas — two
 * `node dist/bots/main.js` processes (Telegram webhook + Slack HTTP events on one PORT each)
 * sharing one Redis behind one webhook. Exactly one reply each time; and one behaviour across
 * the replicas: a chat's turns alternate replicas and continue, the flood limit counts a burst
 * split over both, a Slack thread joined on one replica is followed on the other. The secrets a
 * user pastes by mistake go through both channels; the log scan runs over both replicas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StrictBotApi } from '../e2e/support/strict-bot-api.js';
import { BOT_USER, StrictSlackApi } from '../e2e/support/strict-slack-api.js';
import { SlackDriver, buttonsOf, slackTs } from '../e2e/support/slack-driver.js';
import { slackEmployeeDraft } from '../e2e/support/roundtrip-steps.js';
import { text as telegramText } from '../../src/adapters/telegram/texts.js';
import { allLogs, errorLines, saveLogs, startReplica, type Replica } from './support/bots.js';
import { describeFaults } from './support/fault-suite.js';
import { RedisProcess } from './support/redis-process.js';
import { recordFault } from './support/report.js';
import { SECRET_MESSAGES, secretsIn } from './support/secrets.js';
import { TelegramChat, deliver } from './support/telegram-chat.js';

describeFaults('faults: two replicas, one Redis', () => {
  let tg: StrictBotApi;
  let slack: StrictSlackApi;
  let redis: RedisProcess;
  let a: Replica;
  let b: Replica;
  let slackA: SlackDriver;
  let slackB: SlackDriver;
  const figures = { turns: 0, lost: 0, duplicates: 0 };
  const HELPDESK = 'C0HELPDESK';
  const STAFF = 'U0STAFF1';
  const started = Date.now();

  beforeAll(async () => {
    [tg, slack, redis] = await Promise.all([StrictBotApi.start(), StrictSlackApi.start(), RedisProcess.create()]);
    await redis.start();
    const env = { HELPDESK_SLACK_CHANNEL: HELPDESK, HELPDESK_SLACK_USER_IDS: STAFF };
    [a, b] = await Promise.all([startReplica({ redisUrl: redis.url, telegram: tg, slack, env }), startReplica({ redisUrl: redis.url, telegram: tg, slack, env })]);
    slackB = new SlackDriver(b.slackUrl, slack, b.logs);
    slackA = new SlackDriver(a.slackUrl, slack, a.logs); // the last one echoes the bot's own posts (to A)
  });
  afterAll(async () => {
    const codes = await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all([tg?.close(), slack?.close()]);
    await redis?.destroy();
    saveLogs('replicas');
    const secrets = secretsIn(allLogs.flat());
    recordFault({
      id: '04-duplicate-delivery', fault: 'the same Telegram update / Slack event delivered at once to two replicas (one Redis)',
      checked: '10 chats × one update POSTed to both replicas; a Slack event_id to both; a mention\'s message and app_mention events split over both: one reply each. A chat\'s turns alternating replicas continue; a burst split over both gets one flood notice; a thread joined on one is followed on the other; a helpdesk press on one and its reply in the thread on the other carry out the action',
      turnsLost: figures.lost, duplicateReplies: figures.duplicates, secretsInLogs: secrets.length, seconds: (Date.now() - started) / 1000,
    });
    recordFault({
      id: '07-secrets-in-logs', fault: 'passwords, PIN, OTP, NIP/NIK typed by users; bot tokens and secrets (every fault file scans its own logs; this row: the two replicas at debug level)',
      checked: `${SECRET_MESSAGES.length} messages with a password, an OTP, a PIN, a NIP and a NIK sent on Telegram and Slack; ${allLogs.flat().length} log lines scanned for those values, the bot tokens, the signing and webhook secrets, the Redis password, and any token-shaped string`,
      turnsLost: 0, duplicateReplies: 0, secretsInLogs: secrets.length, seconds: (Date.now() - started) / 1000,
    });
    expect(codes).toEqual([0, 0]);
    expect(secrets).toEqual([]);
    expect(errorLines(a.logs.concat(b.logs))).toEqual([]);
  });

  const count = (chat: TelegramChat) => {
    figures.turns += chat.tally.turns;
    figures.lost += chat.tally.lost;
    figures.duplicates += chat.tally.duplicates;
  };

  describe('Telegram, two replicas behind one webhook', () => {
    it('answers an update delivered to both replicas at once exactly once (10 chats at once)', async () => {
      const chats = Array.from({ length: 10 }, (_, i) => new TelegramChat(tg, 73_000 + i));
      const replies = await Promise.all(chats.map((c) => c.say([a.telegramUrl, b.telegramUrl], 'cek profil ams saya')));
      for (const r of replies) expect(r.join()).toMatch(/Tulis Nama/);
      chats.forEach(count);
      expect(chats.map((c) => c.tally.duplicates)).toEqual(chats.map(() => 0));
    });

    it('continues one conversation whose turns alternate replicas, the same update twice at each step', async () => {
      const chat = new TelegramChat(tg, 73_100);
      expect((await chat.say([a.telegramUrl, b.telegramUrl], 'cek profil ams saya')).join()).toMatch(/Tulis Nama/);
      expect((await chat.say([b.telegramUrl, a.telegramUrl], 'Siti Aminah')).join()).toMatch(/Tulis Jabatan/);
      expect((await chat.say(a.telegramUrl, 'Analis Kebijakan')).join()).toMatch(/Tulis Unit/);
      expect((await chat.say(b.telegramUrl, 'Sekretariat Jenderal')).join()).toMatch(/sudah sesuai/);
      count(chat);
      expect(chat.tally).toMatchObject({ lost: 0, duplicates: 0 });
    });

    it('counts a burst split over both replicas against one flood limit: one notice', async () => {
      const chat = new TelegramChat(tg, 73_200);
      const burst = Array.from({ length: 40 }, (_, i) => chat.update(`halo ${i}`));
      const statuses = await Promise.all(burst.map((u, i) => deliver(i % 2 ? b.telegramUrl : a.telegramUrl, u)));
      expect(statuses.every((s) => s === 200)).toBe(true);
      const notice = telegramText('flood', 'id');
      await tg.waitFor(() => chat.texts().includes(notice), 'the flood notice', 15_000);
      await new Promise((r) => setTimeout(r, 1500));
      expect(chat.texts().filter((t) => t === notice)).toHaveLength(1);
    });

    it('passes the secrets users paste by mistake (checked in the log scan)', async () => {
      const chat = new TelegramChat(tg, 73_300);
      for (const [i, message] of SECRET_MESSAGES.entries()) await chat.say(i % 2 ? b.telegramUrl : a.telegramUrl, message, 1);
      expect(chat.tally.lost).toBe(0);
    });
  });

  describe('Slack, two replicas behind one Request URL', () => {
    const dm = (user: string) => `D${user}`;

    /** Posts in `channel` (thread) after `before`, once `expected` arrived and a quiet moment passed. */
    async function repliesIn(channel: string, before: number, expected = 1, thread?: string): Promise<string[]> {
      figures.turns += 1;
      const posts = () => slack.postsIn(channel, thread);
      const deadline = Date.now() + 12_000;
      while (posts().length - before < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 400));
      const got = posts().length - before;
      if (got === 0) figures.lost += 1;
      if (got > expected) figures.duplicates += got - expected;
      return posts().slice(before).map((m) => m.text);
    }

    it('answers one event delivered to both replicas (same event_id, one a retry) exactly once', async () => {
      const user = 'U0REP1';
      const before = slack.postsIn(dm(user)).length;
      const ts = slackTs();
      const event = { type: 'message', user, text: 'cek profil ams saya', ts, event_ts: ts, channel: dm(user), channel_type: 'im' };
      const eventId = `EvDup${ts.replace('.', '')}`;
      const [ra, rb] = await Promise.all([slackA.event(event, { eventId }), slackB.event(event, { eventId, retry: 1 })]);
      expect([ra.status, rb.status]).toEqual([200, 200]);
      const replies = await repliesIn(dm(user), before);
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatch(/Tulis Nama/);
    });

    it('answers a channel mention once when its message and app_mention events reach different replicas', async () => {
      const user = 'U0REP2';
      const channel = 'C0PUBLIC';
      const ts = slackTs();
      const text = `<@${BOT_USER}> cek profil ams saya`;
      const before = slack.postsIn(channel, ts).length;
      await Promise.all([
        slackA.event({ type: 'message', user, text, ts, event_ts: ts, channel, channel_type: 'channel' }),
        slackB.event({ type: 'app_mention', user, text, ts, event_ts: ts, channel }),
      ]);
      expect(await repliesIn(channel, before, 1, ts)).toHaveLength(1);
    });

    it('follows a thread on the replica that never saw the mention (threads are shared)', async () => {
      const user = 'U0REP3';
      const channel = 'C0PUBLIC';
      const ts = slackTs();
      const text = `<@${BOT_USER}> cek profil ams saya`;
      let before = slack.postsIn(channel, ts).length;
      await slackA.event({ type: 'app_mention', user, text, ts, event_ts: ts, channel });
      expect((await repliesIn(channel, before, 1, ts)).join()).toMatch(/Tulis Nama/);
      before = slack.postsIn(channel, ts).length;
      const reply = slackTs();
      await slackB.event({ type: 'message', user, text: 'Siti Aminah', ts: reply, event_ts: reply, thread_ts: ts, parent_user_id: user, channel, channel_type: 'channel' });
      expect((await repliesIn(channel, before, 1, ts)).join()).toMatch(/Tulis Jabatan/);
    });

    it('passes the secrets users paste by mistake (checked in the log scan)', async () => {
      const user = 'U0REP4';
      for (const [i, message] of SECRET_MESSAGES.entries()) {
        const before = slack.postsIn(dm(user)).length;
        await (i % 2 ? slackB : slackA).message(user, dm(user), message);
        expect((await repliesIn(dm(user), before, 1)).length).toBeGreaterThan(0);
      }
    });

    it('takes a helpdesk press on one replica and its reply in the thread on the other (prompts and post ids are shared)', async () => {
      await slackEmployeeDraft(slack, slackA, 'U0EMP1', dm('U0EMP1'));
      await slack.waitFor(() => slack.postsIn(HELPDESK).some((m) => !m.thread_ts && buttonsOf(m).length > 0), 'the draft on the board');
      const post = slack.postsIn(HELPDESK).find((m) => !m.thread_ts && buttonsOf(m).length > 0)!;
      const ask = buttonsOf(post).find((x) => x.text.text.startsWith('Minta info'))!;
      expect((await slackA.press(STAFF, post, ask)).status).toBe(200);
      await slack.waitFor(() => slack.postsIn(HELPDESK, post.ts).some((m) => m.text.includes(`<@${STAFF}>`)), 'the prompt in the thread');
      const employee = slack.postsIn(dm('U0EMP1')).length;
      await slackB.message(STAFF, HELPDESK, 'Apakah sudah mencoba di browser lain?', { thread_ts: post.ts });
      // Replica B found A's prompt: the employee is asked in their DM, the board post updated in place.
      await slack.waitFor(() => slack.postsIn(dm('U0EMP1')).length > employee, 'the question reaching the employee');
      expect(slack.postsIn(dm('U0EMP1')).slice(employee).map((m) => m.text).join()).toMatch(/browser lain/);
      await slack.waitFor(() => slack.callsOf('chat.update').some((c) => c.args.ts === post.ts), 'the board post updated (not a new post)');
    });
  });
});
