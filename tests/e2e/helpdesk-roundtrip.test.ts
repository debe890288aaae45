/**
 * The helpdesk round trip through one `npm start` process running both channels, judged by the
 * strict fakes: an employee drafts a 15.1 ticket on one channel (buttons, fields, a capture), the
 * draft reaches the helpdesk on the other, claim / ask / escalate with a number / close each
 * reach the employee exactly once, and presses by someone outside the helpdesk are refused.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startMain, until, type MainProcess } from './support/main-process.js';
import { SIGNING_SECRET, SlackDriver, buttonsOf } from './support/slack-driver.js';
import { SLACK_TOKEN, StrictSlackApi } from './support/strict-slack-api.js';
import { StrictBotApi, TOKEN } from './support/strict-bot-api.js';
import { TelegramUser, callbackButtons, polling } from './support/telegram-driver.js';
import { person, photoMessage, pressOn, textMessage } from './support/telegram-updates.js';

type Json = Record<string, any>;
const graph = JSON.parse(readFileSync(new URL('../../dist/graph.json', import.meta.url), 'utf8')) as Json;
const TICKET_TITLE: string = graph.topics.ticket.title.id;
const HD_CHANNEL = 'C0HELP';
const HD_SLACK = 'U0HD';
const HD_GROUP = -100777;
const HD_TG = 9001;
const IDENTITY = { name: 'Siti Aminah', nip: '198503302010012001', email: 'siti.aminah@kemenkeu.go.id', nik: '3174055001850003' };

/** The answer to a field prompt, chosen by what the prompt asks. */
function fieldAnswer(prompt: string): string | undefined {
  if (/\bNIK\b/.test(prompt)) return IDENTITY.nik;
  if (/\bNIP\b/.test(prompt)) return IDENTITY.nip;
  if (/e-?mail/i.test(prompt)) return IDENTITY.email;
  if (/nama|name/i.test(prompt)) return IDENTITY.name;
  return undefined;
}

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
    expect(await bot.stop()).toBe(0);
    await Promise.all([tg.close(), slack.close()]);
  });

  /** The board post in the Slack helpdesk channel (current version). */
  const slackBoard = () => slack.postsIn(HD_CHANNEL).find((m) => !m.thread_ts && buttonsOf(m).length > 0);

  /** A Slack helpdesk press on the board, and the typed input in the post's thread when asked. */
  async function slackAct(label: string, input?: string, user = HD_SLACK): Promise<void> {
    const post = slackBoard()!;
    const button = buttonsOf(post).find((b) => b.text.text.startsWith(label));
    expect(button, `board button ${label}`).toBeDefined();
    const calls = slack.calls.length;
    expect((await driver.press(user, post, button!)).status).toBe(200);
    await slack.waitFor(() => slack.calls.length > calls, `${label} handled`);
    if (input === undefined) return;
    await slack.waitFor(() => slack.postsIn(HD_CHANNEL, post.ts).some((m) => m.text.includes(`<@${user}>`)), `${label} prompt`);
    const before = slack.postsIn(HD_CHANNEL, post.ts).length;
    await driver.message(user, HD_CHANNEL, input, { thread_ts: post.ts });
    await slack.waitFor(() => slack.postsIn(HD_CHANNEL, post.ts).length > before, `${label} outcome`);
  }

  it('Telegram employee → Slack helpdesk: claim, ask, escalate, close reach the employee once each', async () => {
    const employee = new TelegramUser(tg, polling(tg), 4242, person(4242));
    await employee.say('/start');
    let replies = await employee.press(TICKET_TITLE);
    for (let step = 0; step < 6 && replies.some((m) => callbackButtons(m).length > 0); step++) {
      const next = [...replies].reverse().find((m) => callbackButtons(m).length > 0)!;
      replies = await employee.press({ on: next, data: callbackButtons(next)[0]!.callback_data });
    }
    for (let step = 0; step < 5; step++) {
      const answer = fieldAnswer(tg.textsTo(4242).at(-1)!);
      if (!answer) break;
      replies = await employee.say(answer);
    }
    expect(tg.textsTo(4242).at(-1)).toMatch(/capture|tangkapan/i);
    for (let step = 0; step < 4 && !employee.find('Kirim'); step++) {
      await employee.send(photoMessage(4242, `AgADcap${step}`, employee.from));
    }
    await employee.press('Kirim');
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
    const say = async (text: string, extra: Json = {}) => {
      const before = slack.postsIn(dm).length;
      await driver.message('U0EMP', dm, text, extra);
      return slack.settled(dm, before);
    };
    const pressFirst = async (m: Json) => {
      const before = slack.postsIn(dm).length;
      await driver.press('U0EMP', m, buttonsOf(m)[0]!);
      return slack.settled(dm, before);
    };
    let replies = await say('saya mau buat tiket');
    for (let step = 0; step < 6 && replies.some((m) => buttonsOf(m).length > 0) && !fieldAnswer(replies.at(-1)!.text); step++) {
      replies = await pressFirst([...replies].reverse().find((m) => buttonsOf(m).length > 0)!);
    }
    for (let step = 0; step < 5; step++) {
      const answer = fieldAnswer(slack.postsIn(dm).at(-1)!.text);
      if (!answer) break;
      replies = await say(answer);
    }
    const kirim = () => [...slack.postsIn(dm)].reverse().find((m) => buttonsOf(m).some((b) => b.text.text === 'Kirim'));
    for (let step = 0; step < 4 && !kirim(); step++) {
      const file = { id: `F0CAP${step}`, name: `cap${step}.png`, title: `cap${step}.png`, mimetype: 'image/png', filetype: 'png', user: 'U0EMP', permalink: `https://strict.slack.com/files/U0EMP/F0CAP${step}/cap.png`, url_private: `https://files.slack.com/F0CAP${step}` };
      slack.files.set(file.id, file);
      await say('', { subtype: 'file_share', files: [file] });
    }
    const before = slack.postsIn(dm).length;
    await driver.press('U0EMP', kirim()!, buttonsOf(kirim()!).find((b) => b.text.text === 'Kirim')!);
    await slack.settled(dm, before);
    const posts = () => tg.sentTo(HD_GROUP).filter((m) => callbackButtons(m).length > 0);
    await tg.waitFor(() => posts().length >= 2, 'the second draft in the Telegram helpdesk group');
    const board = () => tg.messages.get(`${HD_GROUP}:${posts().at(-1)!.message_id}`)!;
    const told = () => slack.postsIn(dm).map((m) => m.text);
    const start = told().length;
    const group = new TelegramUser(tg, polling(tg), HD_GROUP, person(HD_TG));
    const act = async (label: string, input?: string, from = person(HD_TG)) => {
      const b = callbackButtons(board()).find((x) => x.text.startsWith(label))!;
      expect(b, `board button ${label}`).toBeDefined();
      const answered = tg.callsOf('answerCallbackQuery').length;
      tg.push(pressOn(board(), b.callback_data, from));
      await tg.waitFor(() => tg.callsOf('answerCallbackQuery').length > answered, `${label} answered`);
      if (input === undefined) return;
      await tg.waitFor(() => (tg.textsTo(HD_GROUP).at(-1) ?? '').includes('[hd:'), `${label} prompt`);
      const prompt = tg.sentTo(HD_GROUP).at(-1)!;
      await group.send(textMessage(HD_GROUP, input, from, { reply_to_message: prompt }));
    };
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
