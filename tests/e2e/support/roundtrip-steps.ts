/**
 * The steps of the helpdesk round trip, shared by the cross-channel and single-channel runs:
 * an employee drafting a 15.1 ticket on Telegram or Slack (buttons, fields by what is asked, captures
 * until "Kirim"), and a helpdesk member acting on the board post of either channel.
 */
import { expect } from 'vitest';
import { buttonsOf, slackTs, type SlackDriver } from './slack-driver.js';
import { BOT_USER, type StrictSlackApi } from './strict-slack-api.js';
import { BOT, type StrictBotApi } from './strict-bot-api.js';
import { TelegramUser, callbackButtons, polling } from './telegram-driver.js';
import { person, photoMessage, pressOn, textMessage } from './telegram-updates.js';

type Json = Record<string, any>;
const IDENTITY = { name: 'Siti Aminah', nip: '198503302010012001', email: 'siti.aminah@kemenkeu.go.id', nik: '3174055001850003' };

/** The answer to a field prompt, chosen by what the prompt asks. */
export function fieldAnswer(prompt: string): string | undefined {
  if (/\bNIK\b/.test(prompt)) return IDENTITY.nik;
  if (/\bNIP\b/.test(prompt)) return IDENTITY.nip;
  if (/e-?mail/i.test(prompt)) return IDENTITY.email;
  if (/nama|name/i.test(prompt)) return IDENTITY.name;
  return undefined;
}

/** A Telegram employee in private chat `chat`: menu → ticket topic → fields, up to the first capture prompt. */
export async function telegramEmployeeToCaptures(tg: StrictBotApi, chat: number, ticketTitle: string): Promise<TelegramUser> {
  const employee = new TelegramUser(tg, polling(tg), chat, person(chat));
  await employee.say('/start');
  let replies = await employee.press(ticketTitle);
  for (let step = 0; step < 6 && replies.some((m) => callbackButtons(m).length > 0); step++) {
    const next = [...replies].reverse().find((m) => callbackButtons(m).length > 0)!;
    replies = await employee.press({ on: next, data: callbackButtons(next)[0]!.callback_data });
  }
  for (let step = 0; step < 5; step++) {
    const answer = fieldAnswer(tg.textsTo(chat).at(-1)!);
    if (!answer) break;
    await employee.say(answer);
  }
  expect(tg.textsTo(chat).at(-1)).toMatch(/capture|tangkapan/i);
  return employee;
}

/** A Telegram employee in private chat `chat`: menu → ticket topic → fields → captures → Kirim. */
export async function telegramEmployeeDraft(tg: StrictBotApi, chat: number, ticketTitle: string): Promise<TelegramUser> {
  const employee = await telegramEmployeeToCaptures(tg, chat, ticketTitle);
  for (let step = 0; step < 4 && !employee.find('Kirim'); step++) await employee.send(photoMessage(chat, `AgADcap${chat}${step}`, employee.from));
  await employee.press('Kirim');
  return employee;
}

/** A Slack employee in DM `dm`: ticket request → first buttons → fields → file shares → Kirim. */
export async function slackEmployeeDraft(slack: StrictSlackApi, driver: SlackDriver, user: string, dm: string): Promise<(text: string) => Promise<Json[]>> {
  const say = async (text: string, extra: Json = {}) => {
    const before = slack.postsIn(dm).length;
    await driver.message(user, dm, text, extra);
    return slack.settled(dm, before);
  };
  const press = async (m: Json, b: Json) => {
    const before = slack.postsIn(dm).length;
    await driver.press(user, m, b);
    return slack.settled(dm, before);
  };
  let replies = await say('saya mau buat tiket');
  // A field prompt has no buttons; a step with buttons may still name NIK or email in its text.
  const asksField = (m: Json) => buttonsOf(m).length === 0 && fieldAnswer(m.text) !== undefined;
  for (let step = 0; step < 6 && replies.some((m) => buttonsOf(m).length > 0) && !asksField(replies.at(-1)!); step++) {
    const m = [...replies].reverse().find((x) => buttonsOf(x).length > 0)!;
    replies = await press(m, buttonsOf(m)[0]!);
  }
  for (let step = 0; step < 5; step++) {
    const answer = fieldAnswer(slack.postsIn(dm).at(-1)!.text);
    if (!answer) break;
    await say(answer);
  }
  const kirim = () => [...slack.postsIn(dm)].reverse().find((m) => buttonsOf(m).some((b) => b.text.text === 'Kirim'));
  for (let step = 0; step < 4 && !kirim(); step++) {
    const id = `F0${user}${step}`;
    const file = { id, name: `cap${step}.png`, title: `cap${step}.png`, mimetype: 'image/png', filetype: 'png', user, permalink: `https://strict.slack.com/files/${user}/${id}/cap.png`, url_private: `https://files.slack.com/${id}` };
    slack.files.set(id, file);
    await say('', { subtype: 'file_share', files: [file] });
  }
  await press(kirim()!, buttonsOf(kirim()!).find((b) => b.text.text === 'Kirim')!);
  return say;
}

/** Acting on the Telegram board post in `group`: a press, then the input as a reply to the prompt. */
export function telegramHelpdesk(tg: StrictBotApi, group: number, member: number, options: { mention?: boolean } = {}) {
  const posts = () => tg.sentTo(group).filter((m) => callbackButtons(m).length > 0);
  const board = () => tg.messages.get(`${group}:${posts().at(-1)!.message_id}`)!;
  return async (label: string, input?: string, from = person(member)): Promise<void> => {
    const b = callbackButtons(board()).find((x) => x.text.startsWith(label));
    expect(b, `board button ${label}`).toBeDefined();
    const answered = tg.callsOf('answerCallbackQuery').length;
    tg.push(pressOn(board(), b!.callback_data, from));
    await tg.waitFor(() => tg.callsOf('answerCallbackQuery').length > answered, `${label} answered`);
    if (input === undefined) return;
    await tg.waitFor(() => (tg.textsTo(group).at(-1) ?? '').includes('[hd:'), `${label} prompt`);
    const prompt = tg.sentTo(group).at(-1)!;
    const before = tg.sendCount(group);
    // With `mention`, the reply starts with the bot's @username (with its mention entity).
    const mention = `@${BOT.username}`;
    const text = options.mention ? `${mention} ${input}` : input;
    const entities = options.mention ? { entities: [{ type: 'mention', offset: 0, length: mention.length }] } : {};
    tg.push(textMessage(group, text, from, { reply_to_message: prompt, ...entities }));
    await tg.settled(group, before);
    const outcome = tg.textsTo(group).slice(before);
    expect(outcome.filter((t) => t.includes(mention) || /hanya dapat membantu/.test(t)), `${label}: no employee conversation`).toEqual([]);
  };
}

/** Acting on the Slack board post in `channel`: a press, then the input in the post's thread. */
export function slackHelpdesk(slack: StrictSlackApi, driver: SlackDriver, channel: string, member: string, options: { mention?: boolean } = {}) {
  const board = () => slack.postsIn(channel).find((m) => !m.thread_ts && buttonsOf(m).length > 0)!;
  return async (label: string, input?: string, user = member): Promise<void> => {
    const post = board();
    const button = buttonsOf(post).find((b) => b.text.text.startsWith(label));
    expect(button, `board button ${label}`).toBeDefined();
    const calls = slack.calls.length;
    expect((await driver.press(user, post, button!)).status).toBe(200);
    await slack.waitFor(() => slack.calls.length > calls, `${label} handled`);
    // The press's own notices (an ephemeral "Ambil: …") may trail its first call on a busy
    // machine: let them land before the next step counts what is new in the channel.
    await slack.waitFor(() => Date.now() - (slack.calls.at(-1)?.at ?? 0) >= 120, `${label} settled`);
    if (input === undefined) return;
    await slack.waitFor(() => slack.postsIn(channel, post.ts).some((m) => m.text.includes(`<@${user}>`)), `${label} prompt`);
    const before = slack.postsIn(channel).length;
    if (options.mention) {
      // Typed with a mention of the bot: Slack delivers both an app_mention and a message event.
      const ts = slackTs();
      const event = { user, text: `<@${BOT_USER}> ${input}`, ts, event_ts: ts, channel, thread_ts: post.ts };
      await driver.event({ type: 'app_mention', ...event });
      await driver.event({ type: 'message', channel_type: 'channel', ...event });
    } else {
      await driver.message(user, channel, input, { thread_ts: post.ts });
    }
    const outcome = await slack.settled(channel, before);
    // Only the helpdesk's own replies, in the post's thread; the bot's mention is not part of the input.
    expect(outcome.every((m) => m.thread_ts === post.ts), 'replies stay in the thread').toBe(true);
    expect(outcome.filter((m) => m.text.includes(BOT_USER) || /hanya dapat membantu/.test(m.text)), `${label}: no employee conversation`).toEqual([]);
  };
}
