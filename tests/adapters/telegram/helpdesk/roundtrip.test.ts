/**
 * End to end over real HTTP against the fake Bot API: an employee drafts a 15.1 ticket in a
 * private chat, the helpdesk acts on it in the helpdesk group (claim, ask, escalate, close), and
 * the employee hears about each action exactly once. Unauthorised presses and commands are refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramHelpdesk } from '../../../../src/adapters/telegram/helpdesk/plugin.js';
import { createTelegramHelpdeskBoard } from '../../../../src/adapters/telegram/helpdesk/board.js';
import { photoUpdate, pressUpdate, textUpdate, type FakeTelegramApi } from '../../../support/fake-telegram-api.js';
import { startHarness, type Harness } from '../harness.js';
import { EMAIL, HELPDESK_TG_CHAT, HELPDESK_TG_USER, NIP, helpdeskWiring, type Wiring } from './wiring.js';

const EMPLOYEE = 42;
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(): Promise<{ fake: FakeTelegramApi; wiring: Wiring }> {
  const wiring = await helpdeskWiring();
  harness = await startHarness(wiring.handleTurn, {
    graphVersion: wiring.graph.version,
    plugins: [createTelegramHelpdesk({ chatId: HELPDESK_TG_CHAT, queue: wiring.queue, logger: wiring.logger })],
  });
  wiring.queue.connect({ notifier: harness.adapter, board: createTelegramHelpdeskBoard({ api: harness.adapter.bot.api, chatId: HELPDESK_TG_CHAT, logger: wiring.logger }) });
  return { fake: harness.fake, wiring };
}

const toChat = (fake: FakeTelegramApi, chat: number) => fake.calls.filter((c) => Number(c.payload.chat_id) === chat && c.method !== 'answerCallbackQuery');
/** The newest button labelled `label` in `chat` (waits for it: a turn may send several messages). */
async function dataOf(fake: FakeTelegramApi, chat: number, label: string): Promise<string> {
  const find = () => [...toChat(fake, chat)].reverse()
    .flatMap((c) => (c.payload.reply_markup?.inline_keyboard?.flat() ?? []) as Array<{ text: string; callback_data?: string }>)
    .find((b) => b.text === label)?.callback_data;
  await fake.waitFor(() => find() !== undefined, 5000, `button ${label}`);
  return find()!;
}

/** Sends one employee update and waits for the bot's answer to arrive. */
async function say(fake: FakeTelegramApi, update: Record<string, any>, chat = EMPLOYEE): Promise<void> {
  const before = toChat(fake, chat).length;
  fake.push(update);
  await fake.waitFor(() => toChat(fake, chat).length > before, 5000, `answer to ${JSON.stringify(update).slice(0, 80)}`);
}

/** The employee's conversation from the question to a ready registration-failed draft. */
async function draftTicket(fake: FakeTelegramApi): Promise<void> {
  await say(fake, textUpdate('gagal registrasi tte di hris'));
  await say(fake, pressUpdate(await dataOf(fake, EMPLOYEE, 'Buat draf tiket di sini')));
  for (const answer of ['Siti Aminah', NIP, EMAIL]) await say(fake, textUpdate(answer));
  await say(fake, photoUpdate('AgAD-hris-error'));
  const before = toChat(fake, HELPDESK_TG_CHAT).length;
  await say(fake, pressUpdate(await dataOf(fake, EMPLOYEE, 'Kirim')));
  await fake.waitFor(() => toChat(fake, HELPDESK_TG_CHAT).length >= before + 2, 5000, 'board post and capture');
  await fake.waitFor(() => fake.sentTexts(EMPLOYEE).some((t) => t.includes('dikirim ke helpdesk')), 5000, 'draft sent');
}

/** A helpdesk press in the group, then (for input actions) the reply to the bot's prompt. */
async function helpdeskAct(fake: FakeTelegramApi, label: string, input?: string, fromId = HELPDESK_TG_USER): Promise<void> {
  const data = await dataOf(fake, HELPDESK_TG_CHAT, label);
  const answered = fake.callsOf('answerCallbackQuery').length;
  fake.push(pressUpdate(data, { chatId: HELPDESK_TG_CHAT, fromId }));
  await fake.waitFor(() => fake.callsOf('answerCallbackQuery').length > answered, 5000, `${label} answered`);
  if (input === undefined) return;
  await fake.waitFor(() => fake.sentTexts(HELPDESK_TG_CHAT).some((t) => t.includes(`[hd:`) && t.includes(data.split('|')[2]!)), 5000, 'prompt');
  const prompt = fake.sentTexts(HELPDESK_TG_CHAT).filter((t) => t.includes('[hd:')).at(-1)!;
  const reply = textUpdate(input, { chatId: HELPDESK_TG_CHAT, fromId, replyToBot: true });
  reply.message.reply_to_message.text = prompt.replace(/<[^>]+>/g, '');
  await say(fake, reply, HELPDESK_TG_CHAT);
}

describe('helpdesk round trip on Telegram', () => {
  it('drafts, posts with the capture, and carries claim/ask/answer/escalate/close to the employee once each', async () => {
    const { fake, wiring } = await start();
    await draftTicket(fake);
    const post = toChat(fake, HELPDESK_TG_CHAT).find((c) => c.method === 'sendMessage')!;
    expect(post.payload.text).toContain('Layanan: 15.1');
    expect(post.payload.text).toContain(`NIP: ${NIP}`);
    expect(fake.callsOf('sendPhoto')[0]?.payload).toMatchObject({ chat_id: HELPDESK_TG_CHAT, photo: 'AgAD-hris-error' });
    const ready = (await wiring.queue.listOpen())[0]!;
    expect(ready).toMatchObject({ service: '15.1', status: 'ready', template: 'registration-failed', userId: `telegram:${EMPLOYEE}` });
    expect(ready.steps.length).toBeGreaterThan(0);

    const employeeBefore = fake.sentTexts(EMPLOYEE).length;
    await helpdeskAct(fake, 'Ambil');
    await helpdeskAct(fake, 'Minta info', 'Kapan terakhir Anda mencoba registrasi?');
    await fake.waitFor(() => fake.sentTexts(EMPLOYEE).some((t) => t.includes('Kapan terakhir')), 5000, 'question to employee');
    await say(fake, textUpdate('Kemarin sore, errornya sama'));
    await fake.waitFor(() => fake.sentTexts(HELPDESK_TG_CHAT).some((t) => t.includes('Kemarin sore')), 5000, 'answer on the board');
    await helpdeskAct(fake, 'Sudah dieskalasi', 'SD-2026-0042');
    await helpdeskAct(fake, 'Selesai', 'Sertifikat sudah terbit, silakan cek email.');
    await fake.waitFor(() => fake.sentTexts(EMPLOYEE).some((t) => t.includes('sudah selesai')), 5000, 'closing note');

    const toEmployee = fake.sentTexts(EMPLOYEE).slice(employeeBefore);
    expect(toEmployee.filter((t) => t.includes('sedang ditangani'))).toHaveLength(1);
    expect(toEmployee.filter((t) => t.includes('Kapan terakhir'))).toHaveLength(1);
    expect(toEmployee.filter((t) => t.includes('diteruskan ke helpdesk'))).toHaveLength(1);
    expect(toEmployee.filter((t) => t.includes('SD-2026-0042'))).toHaveLength(1);
    expect(toEmployee.filter((t) => t.includes('Sertifikat sudah terbit'))).toHaveLength(1);
    expect(toEmployee).toHaveLength(5);
    const closed = await wiring.queue.get(ready.id);
    expect(closed).toMatchObject({ status: 'closed', serviceDeskNumber: 'SD-2026-0042' });
    expect(closed?.history.map((h) => h.action)).toEqual(['created', 'ready', 'claimed', 'info-requested', 'info-received', 'escalated', 'closed']);
  });

  it('refuses an unauthorised press and command, logs it, and takes a double press once', async () => {
    const { fake, wiring } = await start();
    await draftTicket(fake);
    const employeeBefore = fake.sentTexts(EMPLOYEE).length;
    await helpdeskAct(fake, 'Ambil', undefined, 31337);
    expect(fake.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ show_alert: true, text: expect.stringContaining('hanya petugas helpdesk') });
    await say(fake, textUpdate('/tiket', { chatId: HELPDESK_TG_CHAT, fromId: 31337 }), HELPDESK_TG_CHAT);
    expect(fake.sentTexts(HELPDESK_TG_CHAT).at(-1)).toContain('hanya petugas helpdesk');
    expect(wiring.logs.filter((l) => l.includes('unauthorised helpdesk attempt refused') && l.includes('telegram:31337'))).toHaveLength(2);

    const claim = await dataOf(fake, HELPDESK_TG_CHAT, 'Ambil');
    const answered = fake.callsOf('answerCallbackQuery').length;
    fake.push(pressUpdate(claim, { chatId: HELPDESK_TG_CHAT, fromId: HELPDESK_TG_USER }));
    fake.push(pressUpdate(claim, { chatId: HELPDESK_TG_CHAT, fromId: HELPDESK_TG_USER }));
    await fake.waitFor(() => fake.callsOf('answerCallbackQuery').length >= answered + 2, 5000, 'both presses answered');
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.sentTexts(EMPLOYEE).slice(employeeBefore).filter((t) => t.includes('sedang ditangani'))).toHaveLength(1);
    expect((await wiring.queue.listOpen())[0]?.history.filter((h) => h.action === 'claimed')).toHaveLength(1);
  });

  it('answers /tiket, /tiket <id> (with the capture re-sent) and /cari <nip> for the helpdesk', async () => {
    const { fake, wiring } = await start();
    await draftTicket(fake);
    const id = (await wiring.queue.listOpen())[0]!.id;
    await say(fake, textUpdate('/tiket', { chatId: HELPDESK_TG_CHAT, fromId: HELPDESK_TG_USER }), HELPDESK_TG_CHAT);
    expect(fake.sentTexts(HELPDESK_TG_CHAT).at(-1)).toContain(`${id} · baru, belum diambil`);
    const photos = fake.callsOf('sendPhoto').length;
    await say(fake, textUpdate(`/tiket ${id}`, { chatId: HELPDESK_TG_CHAT, fromId: HELPDESK_TG_USER }), HELPDESK_TG_CHAT);
    await fake.waitFor(() => fake.callsOf('sendPhoto').length > photos, 5000, 'capture re-sent');
    await say(fake, textUpdate(`/cari ${NIP}`, { chatId: HELPDESK_TG_CHAT, fromId: HELPDESK_TG_USER }), HELPDESK_TG_CHAT);
    expect(fake.sentTexts(HELPDESK_TG_CHAT).at(-1)).toContain(id);
  });
});
