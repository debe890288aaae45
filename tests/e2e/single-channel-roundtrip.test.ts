/**
 * The helpdesk round trip with one channel only (a deployment with just Telegram, or just Slack):
 * employee and helpdesk on the same platform, claim / ask / escalate / close each reaching the
 * employee once, an outsider's press refused.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, startMain, until, type MainProcess } from './support/main-process.js';
import { slackEmployeeDraft, slackHelpdesk, telegramEmployeeDraft, telegramHelpdesk } from './support/roundtrip-steps.js';
import { SIGNING_SECRET, SlackDriver } from './support/slack-driver.js';
import { SLACK_TOKEN, StrictSlackApi } from './support/strict-slack-api.js';
import { StrictBotApi, TOKEN } from './support/strict-bot-api.js';
import { person } from './support/telegram-updates.js';

const graph = JSON.parse(readFileSync(new URL('../../dist/graph.json', import.meta.url), 'utf8')) as Record<string, any>;
let cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});
const started = (bot: MainProcess) => cleanup.push(async () => expect(await bot.stop()).toBe(0));

/** Checks each notice reached the employee exactly once. */
function onceEach(told: string[], claim: string, needles: string[]): void {
  expect(told.filter((t) => t === claim), 'claim notice').toHaveLength(1);
  for (const needle of needles) expect(told.filter((t) => t.includes(needle)), needle).toHaveLength(1);
}

describe('helpdesk round trip, one channel per process', () => {
  it('Telegram only: employee in a private chat, helpdesk in the group', async () => {
    const tg = await StrictBotApi.start();
    cleanup.push(() => tg.close());
    const bot = startMain({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: `${tg.apiRoot}/`, HELPDESK_TELEGRAM_CHAT_ID: '-100321', HELPDESK_TELEGRAM_USER_IDS: '9001,9002' });
    started(bot);
    await until(() => tg.callsOf('getUpdates').length > 0, 'polling', bot.logs);
    const employee = await telegramEmployeeDraft(tg, 5151, graph.topics.ticket.title.id);
    await tg.waitFor(() => tg.textsTo(-100321).some((t) => t.includes('15.1')), 'the draft in the group');
    const act = telegramHelpdesk(tg, -100321, 9002, { mention: true });
    const start = tg.textsTo(5151).length;
    await act('Ambil', undefined, person(6666));
    expect(tg.callsOf('answerCallbackQuery').at(-1)!.params.show_alert).toBe(true);
    // A double click: two presses of the same button at once are one claim.
    await Promise.all([act('Ambil'), act('Ambil')]);
    await tg.waitFor(() => tg.textsTo(5151).length === start + 1, 'claim notice');
    const claim = tg.textsTo(5151).at(-1)!;
    await act('Minta info', 'Apakah sudah mencoba di browser lain?');
    await tg.waitFor(() => tg.textsTo(5151).some((t) => t.includes('browser lain')), 'question');
    await employee.say('Sudah, di Chrome juga sama');
    await act('Sudah dieskalasi', 'SD-2026-0789');
    // A long closing note (with markup characters) must still fit the platform's limits.
    await act('Selesai', `Masalah HRIS sudah diperbaiki. ${'Detail <b>&</b> langkah. '.repeat(220)}`);
    await tg.waitFor(() => tg.textsTo(5151).some((t) => t.includes('Masalah HRIS sudah diperbaiki.')), 'closing notice');
    expect(tg.textsTo(5151).filter((t) => t.includes('@ds_strict_bot')), 'no bot mention reaches the employee').toEqual([]);
    onceEach(tg.textsTo(5151).slice(start), claim, ['browser lain', 'SD-2026-0789', 'Masalah HRIS sudah diperbaiki.']);
    expect(tg.errors()).toEqual([]);
  });

  it('Slack only: employee in a DM, helpdesk in the channel', async () => {
    const slack = await StrictSlackApi.start();
    cleanup.push(() => slack.close());
    const port = await freePort();
    const bot = startMain({ SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.url.replace(/\/$/, ''), PORT: String(port), HELPDESK_SLACK_CHANNEL: 'C0HD1', HELPDESK_SLACK_USER_IDS: 'U0HD1,U0HD2' });
    started(bot);
    await until(() => bot.logs.some((l) => l.includes('ds-helpdesk is running')), 'start-up', bot.logs);
    const driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, slack, bot.logs);
    const say = await slackEmployeeDraft(slack, driver, 'U0EMP2', 'DU0EMP2');
    const act = slackHelpdesk(slack, driver, 'C0HD1', 'U0HD2', { mention: true });
    await slack.waitFor(() => slack.postsIn('C0HD1').length > 0, 'the draft in the channel');
    const told = () => slack.postsIn('DU0EMP2').map((m) => m.text);
    const start = told().length;
    await act('Ambil', undefined, 'U0OUT');
    await Promise.all([act('Ambil'), act('Ambil')]);
    await slack.waitFor(() => told().length === start + 1, 'claim notice');
    const claim = told().at(-1)!;
    await act('Minta info', 'Apakah sudah mencoba di browser lain?');
    await slack.waitFor(() => told().some((t) => t.includes('browser lain')), 'question');
    await say('Sudah, di Chrome juga sama');
    await act('Sudah dieskalasi', 'SD-2026-0790');
    await act('Selesai', `Email BSSN sudah dikirim ulang. ${'Detail <b>&</b> *langkah* _ini_. '.repeat(220)}`);
    await slack.waitFor(() => told().some((t) => t.includes('Email BSSN sudah dikirim ulang.')), 'closing notice');
    expect(told().filter((t) => t.includes('U0BOT')), 'no bot mention reaches the employee').toEqual([]);
    onceEach(told().slice(start), claim, ['browser lain', 'SD-2026-0790', 'Email BSSN sudah dikirim ulang.']);
    expect(slack.problems()).toEqual([]);
  });
});
