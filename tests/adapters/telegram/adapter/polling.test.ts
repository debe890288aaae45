import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_TOKEN, documentUpdate, photoUpdate, pressUpdate, textUpdate } from '../../../support/fake-telegram-api.js';
import { startHarness, type Harness } from '../harness.js';
import { GRAPH_VERSION, LONG_BUTTON_ID, scriptedTurns } from '../scripted-turns.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const callbackDataOf = (payload: Record<string, any>): string[] =>
  (payload.reply_markup?.inline_keyboard ?? []).flat().flatMap((b: any) => (b.callback_data ? [b.callback_data] : []));

describe('Telegram adapter, long polling against a fake Bot API', () => {
  it('registers commands in both languages, drops any webhook, and runs a whole conversation', async () => {
    const turns = scriptedTurns();
    harness = await startHarness(turns);
    const { fake } = harness;
    const commands = fake.callsOf('setMyCommands');
    expect(commands.map((c) => c.payload.language_code)).toEqual([undefined, 'en']);
    expect(commands[0]?.payload.commands.map((c: any) => c.command)).toEqual(['start', 'menu', 'help', 'cancel']);
    expect(commands[0]?.payload.commands[0].description).toBe('Mulai percakapan');
    expect(fake.callsOf('deleteWebhook')).toHaveLength(1);

    fake.push(textUpdate('/start'));
    await fake.waitFor(() => fake.sentTexts().length === 1, 5000, 'menu');
    const menu = fake.callsOf('sendMessage')[0]!.payload;
    expect(menu.parse_mode).toBe('HTML');
    expect(menu.text).toBe('<b>Halo!</b> Pilih topik.');
    const data = callbackDataOf(menu);
    expect(data).toHaveLength(3);
    for (const d of data) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(64);
    expect(data[0]).toBe(`v1|${GRAPH_VERSION.slice(0, 6)}|topic:login`);
    const links = menu.reply_markup.inline_keyboard.flat().filter((b: any) => b.url);
    expect(links).toEqual([{ text: 'Portal BSSN', url: 'https://tte.kominfo.go.id' }]);

    const sent = fake.callsOf('sendMessage');
    fake.push(pressUpdate(data[2]!, { messageId: 5000 }));
    await fake.waitFor(() => fake.sentTexts().length === 2, 5000, 'long-id press');
    expect(turns.calls[1]?.input).toEqual({ type: 'button', id: LONG_BUTTON_ID, graphVersion: GRAPH_VERSION });
    expect(fake.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(fake.callsOf('editMessageReplyMarkup')[0]?.payload).toMatchObject({ chat_id: 42, message_id: 5000 });
    expect(sent.length).toBeGreaterThan(0);

    fake.push(pressUpdate(data[0]!));
    await fake.waitFor(() => fake.sentTexts().length === 3, 5000, 'login step');
    expect(fake.sentTexts()[2]).toBe('Buka <a href="https://portal-bsre.bssn.go.id">portal AMS</a> &amp; login.');

    fake.push(textUpdate('apa itu <script> & "kutip"?'));
    await fake.waitFor(() => fake.sentTexts().length === 4, 5000, 'echo');
    expect(fake.sentTexts()[3]).toBe('Anda menulis: apa itu &lt;script&gt; &amp; "kutip"?');
    expect(turns.calls.map((c) => c.key)).toEqual(Array(4).fill('telegram:42'));
    expect(turns.calls[0]?.meta).toMatchObject({ channel: 'telegram', userId: 'telegram:42', locale: 'id', userName: 'Budi' });
    expect(turns.calls[0]?.input).toEqual({ type: 'command', command: 'start' });
  });

  it('takes the language from language_code and resumes a topic from a /start deep link', async () => {
    const turns = scriptedTurns();
    harness = await startHarness(turns);
    harness.fake.push(textUpdate('/start t_ticket', { languageCode: 'en-GB' }));
    harness.fake.push(textUpdate('/start something-else'));
    await harness.fake.waitFor(() => turns.calls.length === 2);
    expect(turns.calls[0]?.input).toEqual({ type: 'button', id: 'topic:ticket' });
    expect(turns.calls[0]?.meta.locale).toBe('en');
    expect(turns.calls[1]?.input).toEqual({ type: 'command', command: 'start', args: 'something-else' });
  });

  it('answers the same update once, even when Telegram delivers it twice', async () => {
    const turns = scriptedTurns();
    harness = await startHarness(turns);
    const update = textUpdate('halo');
    harness.fake.push({ update_id: 77, ...update });
    harness.fake.push({ update_id: 77, ...update });
    harness.fake.push(textUpdate('lagi'));
    await harness.fake.waitFor(() => harness!.fake.sentTexts().length === 2);
    await new Promise((r) => setTimeout(r, 200));
    expect(harness.fake.sentTexts()).toEqual(['Anda menulis: halo', 'Anda menulis: lagi']);
    expect(turns.calls).toHaveLength(2);
  });

  it('retries a send refused with 429 after retry_after, then succeeds', async () => {
    harness = await startHarness(scriptedTurns());
    const { fake } = harness;
    fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    fake.push(textUpdate('halo'));
    await fake.waitFor(() => fake.callsOf('sendMessage').length === 2, 6000, 'retried send');
    const [first, second] = fake.callsOf('sendMessage');
    expect(second!.payload.text).toBe(first!.payload.text);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
  });

  it('splits a 5,000-character answer into messages of at most 4096 characters', async () => {
    harness = await startHarness(scriptedTurns());
    const { fake } = harness;
    fake.push(textUpdate('long'));
    await fake.waitFor(() => fake.sentTexts().length === 2);
    await new Promise((r) => setTimeout(r, 100));
    const calls = fake.callsOf('sendMessage');
    expect(calls).toHaveLength(2);
    for (const c of calls) expect(c.payload.text.length).toBeLessThanOrEqual(4096);
    expect(calls[0]!.payload.reply_markup).toBeUndefined();
    expect(callbackDataOf(calls[1]!.payload)).toEqual([`v1|${GRAPH_VERSION.slice(0, 6)}|menu`]);
    expect(calls.map((c) => c.payload.text).join('').length).toBeGreaterThan(4500);
    // Each part is balanced HTML.
    for (const c of calls) expect((c.payload.text.match(/<b>/g) ?? []).length).toBe((c.payload.text.match(/<\/b>/g) ?? []).length);
  });

  it('treats a button from an older flow version as stale and still answers the callback', async () => {
    const turns = scriptedTurns();
    harness = await startHarness(turns);
    const { fake } = harness;
    fake.push(pressUpdate('v1|old000|topic:login'));
    fake.push(pressUpdate('garbage-from-elsewhere'));
    await fake.waitFor(() => fake.sentTexts().length === 2);
    expect(turns.calls[0]?.input).toEqual({ type: 'button', id: 'topic:login', graphVersion: 'old000' });
    expect(turns.calls[1]?.input).toEqual({ type: 'button', id: 'garbage-from-elsewhere', graphVersion: 'unknown' });
    expect(fake.sentTexts()[0]).toContain('kedaluwarsa');
    expect(callbackDataOf(fake.callsOf('sendMessage')[0]!.payload)[0]).toContain('topic:login');
    expect(fake.callsOf('answerCallbackQuery')).toHaveLength(2);
  });

  it('accepts a photo and an image document as captures by file_id, never calling getFile', async () => {
    const turns = scriptedTurns();
    harness = await startHarness(turns);
    const { fake } = harness;
    fake.push(photoUpdate('PHOTO-1'));
    fake.push(documentUpdate('DOC-1', 'image/png', { name: 'profil.png' }));
    await fake.waitFor(() => fake.sentTexts().length === 2);
    expect(turns.calls[0]?.input).toEqual({ type: 'photo', file: { ref: 'PHOTO-1', mime: 'image/jpeg', size: 200_000 } });
    expect(turns.calls[1]?.input).toEqual({ type: 'document', file: { ref: 'DOC-1', mime: 'image/png', size: 50_000, name: 'profil.png' } });
    expect(fake.callsOf('getFile')).toHaveLength(0);
    expect(harness.logs.join('')).not.toContain(FAKE_TOKEN);
  });

  it('refuses non-image files and files over 10 MB with a clear message, without a turn', async () => {
    const turns = scriptedTurns();
    harness = await startHarness(turns);
    const { fake } = harness;
    fake.push(documentUpdate('PDF-1', 'application/pdf', { name: 'surat.pdf' }));
    fake.push(photoUpdate('HUGE', { size: 11 * 1024 * 1024 }));
    await fake.waitFor(() => fake.sentTexts().length === 2);
    expect(fake.sentTexts()[0]).toContain('hanya bisa menerima gambar');
    expect(fake.sentTexts()[1]).toContain('terlalu besar');
    expect(turns.calls).toHaveLength(0);
  });

  it('turns an album into one capture per photo, in order', async () => {
    const turns = scriptedTurns();
    harness = await startHarness(turns);
    const { fake } = harness;
    for (const id of ['A1', 'A2', 'A3']) fake.push(photoUpdate(id, { mediaGroupId: 'album-1' }));
    await fake.waitFor(() => fake.sentTexts().length === 3);
    expect(turns.calls.map((c) => (c.input.type === 'photo' ? c.input.file.ref : '?'))).toEqual(['A1', 'A2', 'A3']);
  });

  it('apologises when a turn fails, logs without secrets, and keeps going', async () => {
    harness = await startHarness(scriptedTurns());
    const { fake } = harness;
    fake.push(textUpdate('boom'));
    fake.push(textUpdate('halo'));
    await fake.waitFor(() => fake.sentTexts().length === 2);
    expect(fake.sentTexts()[0]).toContain('Maaf, terjadi gangguan');
    expect(fake.sentTexts()[1]).toBe('Anda menulis: halo');
    const logs = harness.logs.join('');
    expect(logs).toContain('turn failed');
    expect(logs).not.toContain(FAKE_TOKEN);
  });

  it('limits a flooding user: one polite notice, then silence', async () => {
    const turns = scriptedTurns();
    harness = await startHarness(turns);
    const { fake } = harness;
    for (let i = 0; i < 35; i++) fake.push(textUpdate(`pesan ${i}`, { fromId: 77 }));
    for (let i = 0; i < 3; i++) fake.push(pressUpdate('v1|old000|menu', { fromId: 77 }));
    await fake.waitFor(() => fake.sentTexts(77).length >= 34);
    await new Promise((r) => setTimeout(r, 200));
    // 30 texts pass, one notice, 4 dropped; presses are not limited.
    expect(turns.calls).toHaveLength(33);
    expect(fake.sentTexts(77)).toHaveLength(34);
    expect(fake.sentTexts(77).filter((t) => t.includes('terlalu cepat'))).toHaveLength(1);
  });

  it('notifies a user outside a turn', async () => {
    harness = await startHarness(scriptedTurns());
    await harness.adapter.notify('telegram:99', [{ type: 'text', text: 'Tiket **T-1** diproses.', buttons: [], personal: false }]);
    expect(harness.fake.callsOf('sendMessage')[0]?.payload).toMatchObject({ chat_id: 99, text: 'Tiket <b>T-1</b> diproses.' });
    await expect(harness.adapter.notify('slack:U1', [])).rejects.toThrow();
  });

  it('stops cleanly, finishing a turn in flight', async () => {
    harness = await startHarness(scriptedTurns({ delayMs: () => 300 }));
    const { fake, adapter } = harness;
    fake.push(textUpdate('pelan'));
    await fake.waitFor(() => fake.calls.filter((c) => c.method === 'getUpdates').length >= 2);
    await new Promise((r) => setTimeout(r, 50));
    await adapter.stop();
    expect(fake.sentTexts()).toEqual(['Anda menulis: pelan']);
  });
});

describe('Telegram adapter against a sparse Bot API', () => {
  it('answers a press without its message in the presser\'s private chat', async () => {
    const turns = scriptedTurns();
    harness = await startHarness(turns);
    const { fake } = harness;
    const update = pressUpdate('v1|old000|menu', { fromId: 64 });
    delete update.callback_query.message;
    fake.push(update);
    await fake.waitFor(() => fake.sentTexts(64).length === 1);
    expect(turns.calls[0]?.key).toBe('telegram:64');
    expect(fake.callsOf('editMessageReplyMarkup')).toHaveLength(0);
  });

  it('starts even when the API lacks setMyCommands and deleteWebhook', async () => {
    const missing = { error_code: 404, description: 'Not Found: method not found' };
    harness = await startHarness(scriptedTurns(), {}, (fake) => {
      fake.failNext('setMyCommands', missing, 2);
      fake.failNext('deleteWebhook', missing);
    });
    harness.fake.push(textUpdate('halo'));
    await harness.fake.waitFor(() => harness!.fake.sentTexts().length === 1);
    expect(harness.logs.join('')).toContain('deleteWebhook failed');
  });
});

describe('Telegram adapter when Telegram refuses an answer', () => {
  it('apologises and logs when sending fails for good', async () => {
    harness = await startHarness(scriptedTurns());
    const { fake } = harness;
    fake.failNext('sendMessage', { error_code: 400, description: 'Bad Request: BUTTON_DATA_INVALID' });
    fake.push(textUpdate('halo'));
    await fake.waitFor(() => fake.callsOf('sendMessage').length === 2);
    expect(fake.sentTexts()[1]).toContain('Maaf');
    expect(harness.logs.join('')).toContain('sending the answer failed');
  });
});

describe('Telegram adapter when polling is refused for good', () => {
  it('logs a 409 conflict instead of crashing', async () => {
    harness = await startHarness(scriptedTurns(), {}, (fake) => {
      fake.failNext('getUpdates', { error_code: 409, description: 'Conflict: terminated by other getUpdates request' });
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(harness.logs.join('')).toContain('telegram polling stopped');
    expect(harness.logs.join('')).not.toContain(FAKE_TOKEN);
  });
});
