/**
 * The helpdesk across channels, over real HTTP against both fakes: an employee drafts a ticket
 * on one channel, the helpdesk acts on the other, and the employee is told on their own channel,
 * once per action. Also: Slack presses by someone outside HELPDESK_SLACK_USER_IDS are refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { registerSlackHelpdesk } from '../../../../src/adapters/slack/helpdesk/plugin.js';
import { createTelegramHelpdesk } from '../../../../src/adapters/telegram/helpdesk/plugin.js';
import { createTelegramHelpdeskBoard } from '../../../../src/adapters/telegram/helpdesk/board.js';
import { photoUpdate, pressUpdate, textUpdate, type FakeTelegramApi } from '../../../support/fake-telegram-api.js';
import { startHarness as startTelegram, type Harness as TelegramHarness } from '../../telegram/harness.js';
import {
  EMAIL, HELPDESK_SLACK_CHANNEL, HELPDESK_SLACK_USER, HELPDESK_TG_CHAT, HELPDESK_TG_USER, NIP, helpdeskWiring, type Wiring,
} from '../../telegram/helpdesk/wiring.js';
import { channelMessage, dmMessage, pressPayload, startHarness as startSlack, type Harness as SlackHarness } from '../harness.js';

let slack: SlackHarness | undefined;
let telegram: TelegramHarness | undefined;
afterEach(async () => {
  await slack?.stop();
  await telegram?.close();
  slack = undefined;
  telegram = undefined;
});

/** Both adapters, one queue, helpdesk boards on both channels. */
async function startBoth(): Promise<{ s: SlackHarness; t: TelegramHarness; wiring: Wiring }> {
  const wiring = await helpdeskWiring();
  const { queue, logger } = wiring;
  telegram = await startTelegram(wiring.handleTurn, {
    graphVersion: wiring.graph.version,
    plugins: [createTelegramHelpdesk({ chatId: HELPDESK_TG_CHAT, queue, logger })],
  });
  slack = await startSlack({
    handleTurn: wiring.handleTurn, graphVersion: wiring.graph.version, logger,
    plugins: [(app) => registerSlackHelpdesk(app, { channel: HELPDESK_SLACK_CHANNEL, queue, logger })],
    listDrafts: (userId) => queue.listByUser(userId),
  });
  queue.connect({ notifier: telegram.adapter });
  queue.connect({ notifier: slack.adapter });
  queue.connect({ board: createTelegramHelpdeskBoard({ api: telegram.adapter.bot.api, chatId: HELPDESK_TG_CHAT, logger }) });
  return { s: slack, t: telegram, wiring };
}

let eventNo = 0;
const nextTs = () => `1800000000.${String(++eventNo).padStart(6, '0')}`;

/** Posts (to a channel) the fake Slack recorded, newest last. */
const postedTo = (s: SlackHarness, channel: string) => s.api.posted().filter((p) => p.channel === channel);

/** The latest version of the Slack board post (its last chat.update, else the post). */
function boardPost(s: SlackHarness): Record<string, unknown> {
  const post = postedTo(s, HELPDESK_SLACK_CHANNEL).find((p) => Array.isArray(p.blocks) && !p.thread_ts)!;
  const update = s.api.callsOf('chat.update').filter((u) => u.ts === post.ts).at(-1);
  return update ? { ...post, ...update, method: 'chat.postMessage' } : post;
}

/** A helpdesk press on the Slack board; input actions are answered in the post's thread. */
async function slackAct(s: SlackHarness, label: string, input?: string, user = HELPDESK_SLACK_USER): Promise<void> {
  const post = boardPost(s);
  const before = s.api.calls.length;
  await s.interaction(pressPayload(post, label, user));
  await s.api.waitFor((api) => api.calls.length > before, `${label} handled`);
  if (input === undefined) return;
  await s.api.waitFor((api) => api.posted().some((p) => p.thread_ts === post.ts && String(p.text).includes(`<@${user}>`)), 'thread prompt');
  const posts = s.api.posted().length;
  await s.event(channelMessage(user, input, nextTs(), String(post.ts), { channel: HELPDESK_SLACK_CHANNEL }), `Ev${++eventNo}`);
  await s.api.waitFor((api) => api.posted().length > posts, `${label} outcome`);
}

/** A Telegram employee's conversation up to a ready registration-failed draft. */
async function telegramDraft(fake: FakeTelegramApi): Promise<void> {
  const to42 = () => fake.calls.filter((c) => Number(c.payload.chat_id) === 42 && c.method === 'sendMessage');
  const step = async (update: Record<string, any>) => {
    const n = to42().length;
    fake.push(update);
    await fake.waitFor(() => to42().length > n, 5000, 'employee answer');
  };
  // The newest button with `label` (a turn may send several messages; wait for the one with it).
  const find = (label: string) => [...to42()].reverse().flatMap((c) => c.payload.reply_markup?.inline_keyboard?.flat() ?? []).find((b: any) => b.text === label);
  const data = async (label: string) => {
    await fake.waitFor(() => find(label) !== undefined, 5000, `button ${label}`);
    return find(label).callback_data as string;
  };
  await step(textUpdate('gagal registrasi tte di hris'));
  await step(pressUpdate(await data('Buat draf tiket di sini')));
  for (const answer of ['Siti Aminah', NIP, EMAIL]) await step(textUpdate(answer));
  await step(photoUpdate('AgAD-from-telegram'));
  await step(pressUpdate(await data('Kirim')));
  await fake.waitFor(() => fake.sentTexts(42).some((t) => t.includes('dikirim ke helpdesk')), 5000, 'draft sent');
}

describe('helpdesk round trip across channels', () => {
  it('Telegram employee → Slack helpdesk: claim, ask, escalate, close reach the employee once each', async () => {
    const { s, t, wiring } = await startBoth();
    await telegramDraft(t.fake);
    await s.api.waitFor((api) => postedTo(s, HELPDESK_SLACK_CHANNEL).length === 1, 'Slack board post');
    const post = boardPost(s);
    expect(JSON.stringify(post.blocks)).toContain('Layanan: 15.1');
    expect(JSON.stringify(post.blocks)).toContain('1 capture dikirim lewat telegram');
    const before = t.fake.sentTexts(42).length;

    await slackAct(s, 'Ambil');
    await slackAct(s, 'Minta info', 'Apakah sudah mencoba di browser lain?');
    await t.fake.waitFor(() => t.fake.sentTexts(42).some((x) => x.includes('browser lain')), 5000, 'question on Telegram');
    const n = t.fake.sentTexts(42).length;
    t.fake.push(textUpdate('Sudah, di Chrome dan Firefox sama saja'));
    await t.fake.waitFor(() => t.fake.sentTexts(42).length > n, 5000, 'answer acknowledged');
    await s.api.waitFor((api) => api.posted().some((p) => String(p.text).includes('Chrome dan Firefox')), 'answer in the Slack thread');
    await slackAct(s, 'Sudah dieskalasi', 'SD-2026-0099');
    await slackAct(s, 'Selesai', 'Sudah diperbaiki RA.');
    await t.fake.waitFor(() => t.fake.sentTexts(42).some((x) => x.includes('Sudah diperbaiki RA.')), 5000, 'closing note');

    const told = t.fake.sentTexts(42).slice(before);
    for (const needle of ['sedang ditangani', 'browser lain', 'SD-2026-0099', 'Sudah diperbaiki RA.']) {
      expect(told.filter((x) => x.includes(needle)), needle).toHaveLength(1);
    }
    const draft = (await wiring.queue.listByUser('telegram:42'))[0];
    expect(draft).toMatchObject({ status: 'closed', serviceDeskNumber: 'SD-2026-0099' });
    expect(draft?.history.find((h) => h.action === 'claimed')?.by).toContain(`slack:${HELPDESK_SLACK_USER}`);
  });

  it('Slack employee → Telegram helpdesk: the claim reaches the employee in the Slack DM once', async () => {
    const { s, t, wiring } = await startBoth();
    const dm = () => postedTo(s, 'DU1');
    const say = async (event: Record<string, unknown>) => {
      const n = dm().length;
      await s.event(event, `Ev${++eventNo}`);
      await s.api.waitFor(() => dm().length > n, 'DM answer');
    };
    await say(dmMessage('U1', 'gagal registrasi tte di hris', nextTs()));
    const withButton = (label: string) => [...dm()].reverse().find((p) => JSON.stringify(p.blocks ?? []).includes(`"text":"${label}"`));
    const press = async (label: string) => {
      await s.api.waitFor(() => withButton(label) !== undefined, `button ${label}`);
      const n = dm().length;
      await s.interaction(pressPayload(withButton(label)!, label, 'U1'));
      await s.api.waitFor(() => dm().length > n, `${label} answer`);
    };
    await press('Buat draf tiket di sini');
    for (const answer of ['Siti Aminah', NIP, EMAIL]) await say(dmMessage('U1', answer, nextTs()));
    const file = { id: 'F0HRIS', name: 'hris.png', mimetype: 'image/png', permalink: 'https://test.slack.com/files/U1/F0HRIS/hris.png' };
    s.api.files.set(file.id, file);
    await say(dmMessage('U1', '', nextTs(), { subtype: 'file_share', files: [file] }));
    await press('Kirim');
    await t.fake.waitFor(() => t.fake.sentTexts(HELPDESK_TG_CHAT).length >= 1, 5000, 'Telegram board post');
    expect(t.fake.sentTexts(HELPDESK_TG_CHAT)[0]).toContain('https://test.slack.com/files/U1/F0HRIS/hris.png');
    const slackPost = boardPost(s);
    expect(JSON.stringify(slackPost.blocks)).toContain('"slack_file":{"id":"F0HRIS"}');

    const claim = t.fake.callsOf('sendMessage').find((c) => Number(c.payload.chat_id) === HELPDESK_TG_CHAT)!.payload.reply_markup.inline_keyboard.flat()
      .find((b: any) => b.text === 'Ambil').callback_data as string;
    const before = dm().length;
    t.fake.push(pressUpdate(claim, { chatId: HELPDESK_TG_CHAT, fromId: HELPDESK_TG_USER }));
    t.fake.push(pressUpdate(claim, { chatId: HELPDESK_TG_CHAT, fromId: HELPDESK_TG_USER }));
    await s.api.waitFor(() => dm().length > before, 'notification in the Slack DM');
    await new Promise((r) => setTimeout(r, 200));
    expect(dm().slice(before).map((p) => String(p.text))).toEqual([expect.stringContaining('sedang ditangani')]);
    expect((await wiring.queue.listByUser('slack:U1'))[0]?.attachments[0]).toMatchObject({ ref: 'F0HRIS', channel: 'slack' });
  });

  it('refuses a Slack press and a channel command by a non-helpdesk user, and logs both', async () => {
    const { s, t, wiring } = await startBoth();
    await telegramDraft(t.fake);
    await s.api.waitFor(() => postedTo(s, HELPDESK_SLACK_CHANNEL).length === 1, 'Slack board post');
    const before = t.fake.sentTexts(42).length;
    await slackAct(s, 'Ambil', undefined, 'UINTRUDER');
    await s.api.waitFor((api) => api.callsOf('chat.postEphemeral').some((e) => e.user === 'UINTRUDER'), 'refusal');
    expect(s.api.callsOf('chat.postEphemeral').at(-1)).toMatchObject({ user: 'UINTRUDER', text: expect.stringContaining('hanya petugas helpdesk') });
    await s.event(channelMessage('UINTRUDER', 'tiket', nextTs(), undefined, { channel: HELPDESK_SLACK_CHANNEL }), `Ev${++eventNo}`);
    await s.api.waitFor((api) => api.callsOf('chat.postEphemeral').filter((e) => e.user === 'UINTRUDER').length === 2, 'command refusal');
    expect(wiring.logs.filter((l) => l.includes('unauthorised helpdesk attempt refused') && l.includes('slack:UINTRUDER'))).toHaveLength(2);
    expect((await wiring.queue.listOpen())[0]?.status).toBe('ready');
    expect(t.fake.sentTexts(42).slice(before)).toEqual([]);

    const posts = s.api.posted().length;
    await s.event(channelMessage(HELPDESK_SLACK_USER, `cari ${NIP}`, nextTs(), undefined, { channel: HELPDESK_SLACK_CHANNEL }), `Ev${++eventNo}`);
    await s.api.waitFor((api) => api.posted().length > posts, 'search answer');
    expect(String(s.api.posted().at(-1)?.text)).toContain('Siti Aminah');
  });
});
