import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_BOT, photoUpdate, pressUpdate, textUpdate } from '../../../support/fake-telegram-api.js';
import { startHarness, type Harness } from '../harness.js';
import { GRAPH_VERSION, scriptedTurns } from '../scripted-turns.js';

const GROUP = -100123;
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const mention = (text: string) => textUpdate(text, { chatId: GROUP, entities: [{ type: 'mention', offset: 0, length: FAKE_BOT.username.length + 1 }] });

describe('Telegram adapter in groups', () => {
  it('ignores unaddressed messages and answers mentions, replies and commands', async () => {
    const turns = scriptedTurns();
    harness = await startHarness(turns);
    const { fake } = harness;
    fake.push(textUpdate('lupa password ams', { chatId: GROUP }));
    fake.push(textUpdate('/menu@other_bot', { chatId: GROUP }));
    fake.push(photoUpdate('G-PHOTO', { chatId: GROUP }));
    fake.push(mention(`@${FAKE_BOT.username} lupa password ams`));
    await fake.waitFor(() => fake.sentTexts().length === 1);
    expect(turns.calls).toHaveLength(1);
    expect(turns.calls[0]).toMatchObject({ key: `telegram:${GROUP}:42`, input: { type: 'text', text: 'lupa password ams' } });
    const reply = fake.callsOf('sendMessage')[0]!.payload;
    expect(reply.chat_id).toBe(GROUP);
    expect(reply.reply_parameters?.message_id).toBeTypeOf('number');

    fake.push(textUpdate(`/menu@${FAKE_BOT.username}`, { chatId: GROUP }));
    fake.push(textUpdate('terima kasih', { chatId: GROUP, replyToBot: true }));
    await fake.waitFor(() => fake.sentTexts().length === 3);
    expect(turns.calls.map((c) => c.input.type)).toEqual(['text', 'command', 'text']);
  });

  it('moves personal steps to a private chat with a deep link and never echoes personal data', async () => {
    const turns = scriptedTurns();
    harness = await startHarness(turns);
    const { fake } = harness;
    fake.push(pressUpdate(`v1|${GRAPH_VERSION.slice(0, 6)}|topic:ticket`, { chatId: GROUP }));
    await fake.waitFor(() => fake.sentTexts().length === 1);
    const sent = fake.callsOf('sendMessage')[0]!.payload;
    expect(sent.text).toContain('chat pribadi');
    expect(sent.text).not.toContain('NIP</b> Anda');
    expect(sent.reply_markup.inline_keyboard[0][0].url).toBe(`https://t.me/${FAKE_BOT.username}?start=t_ticket`);

    // Someone types a NIP in reply to the bot anyway: the echo must not appear in the group.
    fake.push(textUpdate('198501012010011001', { chatId: GROUP, replyToBot: true }));
    await fake.waitFor(() => fake.sentTexts().length === 2);
    expect(fake.sentTexts().join('\n')).not.toContain('198501012010011001');

    // A screenshot in the group goes to the private chat too, without reaching the engine.
    fake.push(photoUpdate('G-PHOTO', { chatId: GROUP }));
    fake.push(textUpdate('x', { chatId: GROUP, replyToBot: true }));
    await fake.waitFor(() => fake.sentTexts().length === 3);
    expect(turns.calls.some((c) => c.input.type === 'photo')).toBe(false);
  });
});
