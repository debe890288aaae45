/**
 * The helpdesk round trip through one `npm start` process running both channels, judged by the
 * strict fakes: an employee drafts a 15.1 ticket on one channel (buttons, fields, a capture), the
 * draft reaches the helpdesk on the other, claim / ask / escalate with a number / close each
 * reach the employee exactly once, and presses by someone outside the helpdesk are refused.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startMain, until, type MainProcess } from './support/main-process.js';
import { slackEmployeeDraft, slackHelpdesk, telegramEmployeeDraft, telegramHelpdesk } from './support/roundtrip-steps.js';
import { SIGNING_SECRET, SlackDriver, buttonsOf } from './support/slack-driver.js';
import { SLACK_TOKEN, StrictSlackApi } from './support/strict-slack-api.js';
import { StrictBotApi, TOKEN } from './support/strict-bot-api.js';
import { callbackButtons } from './support/telegram-driver.js';
import { person } from './support/telegram-updates.js';

type Json = Record<string, any>;
const graph = JSON.parse(readFileSync(new URL('../../dist/graph.json', import.meta.url), 'utf8')) as Json;
const TICKET_TITLE: string = graph.topics.ticket.title.id;
const HD_CHANNEL = 'C0HELP';
const HD_SLACK = 'U0HD';
const HD_GROUP = -100777;
const HD_TG = 9001;
describe('helpdesk round trip via npm start (Telegram + Slack in one process)', () => {
  let tg: StrictBotApi;
  let slack: StrictSlackApi;
  let bot: MainProcess;
  let driver: SlackDriver;

  beforeAll(async () => {
    tg = await StrictBotApi.start();
    slack = await StrictSlackApi.start();
    const port = await freePort();
    bot = startMain({
      TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: tg.apiRoot,
      SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.url, PORT: String(port),
      HELPDESK_SLACK_CHANNEL: HD_CHANNEL, HELPDESK_SLACK_USER_IDS: HD_SLACK,
      HELPDESK_TELEGRAM_CHAT_ID: String(HD_GROUP), HELPDESK_TELEGRAM_USER_IDS: String(HD_TG),
    });
    driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, slack, bot.logs);
    await until(() => bot.logs.some((l) => l.includes('ds-helpdesk is running')) && tg.callsOf('getUpdates').length > 0, 'start-up', bot.logs);
  });
  afterAll(async () => {
    expect(bot.logs.filter((l) => /"level":(50|60)/.test(l)), 'no errors logged').toEqual([]);
    expect(await bot.stop()).toBe(0);
    await Promise.all([tg.close(), slack.close()]);
  });

  /** The board post in the Slack helpdesk channel (current version). */
  const slackBoard = () => slack.postsIn(HD_CHANNEL).find((m) => !m.thread_ts && buttonsOf(m).length > 0);

  const slackAct = (label: string, input?: string, user?: string) => slackHelpdesk(slack, driver, HD_CHANNEL, HD_SLACK)(label, input, user);

  it('Telegram employee → Slack helpdesk: claim, ask, escalate, close reach the employee once each', async () => {
    const employee = await telegramEmployeeDraft(tg, 4242, TICKET_TITLE);
    await slack.waitFor(() => slackBoard() !== undefined, 'the draft on the Slack board');
    expect(JSON.stringify(slackBoard()!.blocks)).toContain('15.1');
    await tg.waitFor(() => tg.textsTo(HD_GROUP).some((t) => t.includes('15.1')), 'the draft in the Telegram helpdesk group');

    const told = () => tg.textsTo(4242);
    const start = told().length;
    // Someone outside HELPDESK_SLACK_USER_IDS is refused, and the employee hears nothing.
    await slackAct('Ambil', undefined, 'U0EVIL');
    expect(slack.postsIn(HD_CHANNEL).some((m) => m.ephemeral_to === 'U0EVIL'), 'the outsider is told').toBe(true);
    await slackAct('Ambil');
    await tg.waitFor(() => told().length === start + 1, 'claim notice');
    const claim = told().at(-1)!;
    await slackAct('Minta info', 'Apakah sudah mencoba di browser lain?');
    await tg.waitFor(() => told().some((t) => t.includes('browser lain')), 'question on Telegram');
    await employee.say('Sudah, di Chrome dan Firefox sama saja');
    await slack.waitFor(() => slack.postsIn(HD_CHANNEL).some((m) => m.text.includes('Chrome dan Firefox')), 'answer in the Slack thread');
    await slackAct('Sudah dieskalasi', 'SD-2026-0123');
    await tg.waitFor(() => told().some((t) => t.includes('SD-2026-0123')), 'escalation notice');
    await slackAct('Selesai', 'Sudah diperbaiki oleh RA.');
    await tg.waitFor(() => told().some((t) => t.includes('Sudah diperbaiki oleh RA.')), 'closing notice');

    const after = told().slice(start);
    expect(after.filter((t) => t === claim), 'claim notice').toHaveLength(1);
    for (const needle of ['browser lain', 'SD-2026-0123', 'Sudah diperbaiki oleh RA.']) {
      expect(after.filter((t) => t.includes(needle)), needle).toHaveLength(1);
    }
    expect(slack.problems()).toEqual([]);
    expect(tg.errors()).toEqual([]);
  });

  it('Slack employee → Telegram helpdesk: the same round trip, the employee told once each in the DM', async () => {
    const dm = 'DU0EMP';
    const say = await slackEmployeeDraft(slack, driver, 'U0EMP', dm);
    const posts = () => tg.sentTo(HD_GROUP).filter((m) => callbackButtons(m).length > 0);
    await tg.waitFor(() => posts().length >= 2, 'the second draft in the Telegram helpdesk group');
    const told = () => slack.postsIn(dm).map((m) => m.text);
    const start = told().length;
    const act = telegramHelpdesk(tg, HD_GROUP, HD_TG);
    await act('Ambil', undefined, person(6666));
    expect(tg.callsOf('answerCallbackQuery').at(-1)!.params.show_alert).toBe(true);
    await act('Ambil');
    await slack.waitFor(() => told().length === start + 1, 'claim notice in the DM');
    const claim = told().at(-1)!;
    await act('Minta info', 'Apakah sudah mencoba di browser lain?');
    await slack.waitFor(() => told().some((t) => t.includes('browser lain')), 'question in the DM');
    await say('Sudah, di Chrome dan Firefox sama saja');
    await act('Sudah dieskalasi', 'SD-2026-0456');
    await slack.waitFor(() => told().some((t) => t.includes('SD-2026-0456')), 'escalation notice');
    await act('Selesai', 'Sertifikat sudah aktif.');
    await slack.waitFor(() => told().some((t) => t.includes('Sertifikat sudah aktif.')), 'closing notice');
    const after = told().slice(start);
    expect(after.filter((t) => t === claim), 'claim notice').toHaveLength(1);
    for (const needle of ['browser lain', 'SD-2026-0456', 'Sertifikat sudah aktif.']) {
      expect(after.filter((t) => t.includes(needle)), needle).toHaveLength(1);
    }
    expect(slack.problems()).toEqual([]);
    expect(tg.errors()).toEqual([]);
  });
});
