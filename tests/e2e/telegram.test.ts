/**
 * Telegram through `npm start`, judged by a strict Bot API fake written apart from the adapter:
 * in polling and in webhook mode, every menu topic reached with buttons alone and walked to an end,
 * one reply per duplicated update, bad webhook secrets refused, photos where a capture is asked.
 */
import { readFileSync } from 'node:fs';
import { redisUrl } from '../support/redis.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, postWhenUp, startMain, until, type MainProcess } from './support/main-process.js';
import { StrictBotApi, TOKEN } from './support/strict-bot-api.js';
import { TelegramUser, callbackButtons, polling, webhook, type Transport } from './support/telegram-driver.js';
import { documentMessage, person, photoMessage, pressOn, textMessage } from './support/telegram-updates.js';

type Json = Record<string, any>;
const graph = JSON.parse(readFileSync(new URL('../../dist/graph.json', import.meta.url), 'utf8')) as Json;
const titles = (lang: 'id' | 'en'): string[] => graph.menu.map((id: string) => graph.topics[id].title[lang]);
const menuTitles = titles('id');
const SECRET = 'strict_secret-42';

/** Webhook mode runs with the conversations and the dedupe in Redis (the replica set-up). */
const redisAvailable = Boolean(redisUrl());

for (const mode of ['polling', 'webhook'] as const) {
  describe(`Telegram via npm start (${mode}${mode === 'webhook' && redisAvailable ? ', Redis' : ''})`, () => {
    let api: StrictBotApi;
    let bot: MainProcess;
    let transport: Transport;
    let hookUrl = '';
    let nextChat = mode === 'polling' ? 5000 : 6000;
    const newUser = (lang = 'id') => { const chat = nextChat++; return new TelegramUser(api, transport, chat, person(chat, lang)); };
    // Polling walks in Indonesian, webhook walks with an English Telegram app.
    const lang = mode === 'polling' ? 'id' : 'en';

    beforeAll(async () => {
      api = await StrictBotApi.start();
      const port = await freePort();
      const env: Record<string, string> = { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot };
      if (mode === 'webhook') Object.assign(env, { TELEGRAM_WEBHOOK_URL: 'https://bot.example.go.id/tg/hook', TELEGRAM_WEBHOOK_SECRET: SECRET, PORT: String(port) });
      if (mode === 'webhook' && redisAvailable) env.REDIS_URL = redisUrl();
      bot = startMain(env);
      hookUrl = `http://127.0.0.1:${port}/tg/hook`;
      transport = mode === 'polling' ? polling(api) : webhook(api, hookUrl, SECRET, bot.logs);
      const ready = mode === 'polling' ? () => api.callsOf('getUpdates').length > 0 : () => api.webhook !== undefined;
      await until(ready, `${mode} start`, bot.logs);
    });
    afterAll(async () => {
      expect(bot.logs.filter((l) => /"level":(50|60)/.test(l)), 'no errors logged').toEqual([]);
      expect(await bot.stop()).toBe(0);
      await api.close();
    });

    it('starts cleanly against the documented API (commands valid, no API errors)', () => {
      expect(api.callsOf('setMyCommands').length).toBeGreaterThan(0);
      if (mode === 'webhook') expect(api.webhook).toMatchObject({ url: 'https://bot.example.go.id/tg/hook', secret_token: SECRET });
      expect(api.errors().filter((c) => !c.error!.startsWith('Too Many'))).toEqual([]);
    });

    it('reaches every menu topic with buttons alone and walks each to an end (first button)', async () => {
      const walks = titles(lang).map(async (title, index) => {
        const user = newUser(lang);
        const menu = (await user.say('/start')).find((m) => callbackButtons(m).length > 0);
        const labels = callbackButtons(menu).map((b) => b.text);
        expect(labels, 'menu lists the topic').toContain(title);
        let replies = await user.press(title);
        expect(replies.length, `${title} answered`).toBeGreaterThan(0);
        const pressed = api.messages.get(`${user.chat}:${menu!.message_id}`)!;
        expect(callbackButtons(pressed), 'pressed keyboard removed').toEqual([]);
        for (let step = 0; step < 8; step++) {
          const next = [...replies].reverse().find((m) => callbackButtons(m).length > 0);
          if (!next) break;
          replies = await user.press({ on: next, data: callbackButtons(next)[0]!.callback_data });
          expect(replies.length, `${title} step ${step} answered`).toBeGreaterThan(0);
        }
        return index;
      });
      expect(await Promise.all(walks)).toHaveLength(graph.menu.length);
      const presses = api.calls.filter((c) => c.method === 'answerCallbackQuery');
      expect(presses.every((c) => !c.error), JSON.stringify(api.errors())).toBe(true);
      expect(api.errors().filter((c) => !c.error!.startsWith('Too Many'))).toEqual([]);
    });

    it('offers the whole topic menu after a greeting and after an out-of-scope question', async () => {
      for (const text of ['halo', 'berapa harga tiket kereta ke bandung?']) {
        const user = newUser();
        const replies = await user.say(text);
        const labels = replies.flatMap((m) => callbackButtons(m).map((b) => b.text));
        for (const title of menuTitles) expect(labels, `${text} → ${title}`).toContain(title);
      }
    });

    it('answers a duplicated update once', async () => {
      const user = newUser();
      const update = { update_id: 777_000 + (mode === 'polling' ? 1 : 2), ...textMessage(user.chat, '/start', user.from) };
      const first = await user.send(update);
      const welcome = first[0]!.text as string;
      const after = api.sendCount(user.chat);
      // The same update again, then a fresh /start: the chat's updates are handled in order, so once
      // the fresh one is answered the duplicate has been dropped (or wrongly answered).
      await transport.deliver(update);
      await user.say('/start');
      const since = api.textsTo(user.chat).slice(-(api.sendCount(user.chat) - after));
      expect(since.filter((t) => t === welcome)).toHaveLength(1);
      expect(api.sendCount(user.chat) - after).toBe(first.length);
    });

    it('answers an update delivered twice at once (same batch / concurrent webhook calls) once', async () => {
      const user = newUser();
      const update = { update_id: 888_000 + (mode === 'polling' ? 1 : 2), ...textMessage(user.chat, '/start', user.from) };
      if (mode === 'polling') { api.push(update); api.push(update); } else await Promise.all([transport.deliver(update), transport.deliver(update)]);
      await api.settled(user.chat, 0);
      const first = api.sendCount(user.chat);
      await user.say('/start');
      expect(api.sendCount(user.chat)).toBe(2 * first);
    });

    it('waits out a 429 with retry_after and then answers once', async () => {
      const user = newUser();
      api.throttleNext.add(user.chat);
      const replies = await user.say('/start');
      expect(replies.length).toBeGreaterThan(0);
      expect(api.textsTo(user.chat).filter((t) => t === replies[0]!.text)).toHaveLength(1);
      expect(api.callsTo(user.chat).filter((c) => c.error?.startsWith('Too Many Requests'))).toHaveLength(1);
    });

    it('a step button from an older flow version gets a friendly answer, the current buttons and a way to the menu', async () => {
      const user = newUser();
      await user.say('/start');
      const step = (await user.press(menuTitles[1]!)).find((m) => callbackButtons(m).length > 0)!;
      const data = callbackButtons(step)[0]!.callback_data.split('|');
      expect(data.length, 'compact versioned data').toBeGreaterThanOrEqual(3);
      const old = [data[0], '000000', ...data.slice(2)].join('|');
      const replies = await user.send(pressOn(step, old, user.from));
      const labels = replies.flatMap((m) => callbackButtons(m).map((b) => b.text));
      expect(replies.map((m) => m.text).join(' ')).toMatch(/tidak aktif|no longer active/);
      expect(labels, JSON.stringify(replies)).toContain('Menu');
      expect(api.callsOf('answerCallbackQuery').filter((c) => c.error)).toEqual([]);
    });

    it('a second press of an already pressed button gets an answer, not a second reply', async () => {
      const user = newUser();
      const menu = (await user.say('/start')).find((m) => callbackButtons(m).length > 0)!;
      const data = callbackButtons(menu)[0]!.callback_data;
      await user.press({ on: menu, data });
      const before = api.sendCount(user.chat);
      const answered = api.callsOf('answerCallbackQuery').length;
      await transport.deliver(pressOn(api.messages.get(`${user.chat}:${menu.message_id}`)!, data, user.from));
      await until(() => api.callsOf('answerCallbackQuery').length > answered, 'the stale press answered');
      expect(api.errors().filter((c) => !c.error!.startsWith('Too Many'))).toEqual([]);
      expect(api.sendCount(user.chat) - before).toBeLessThanOrEqual(2);
    });

    it('survives presses on an inaccessible message and unreadable callback data, and /start without entities', async () => {
      const user = newUser();
      const menu = (await user.say('/start')).find((m) => callbackButtons(m).length > 0)!;
      const inaccessible = { message_id: menu.message_id, chat: menu.chat, date: 0 };
      let replies = await user.send(pressOn(inaccessible, callbackButtons(menu)[0]!.callback_data, user.from));
      expect(replies.length).toBeGreaterThan(0);
      replies = await user.send(pressOn(api.sentTo(user.chat).at(-1)!, 'zz:garbage:data', user.from));
      expect(replies.length).toBeGreaterThan(0);
      const { entities: _e, ...bare } = textMessage(user.chat, '/start', user.from).message;
      replies = await user.send({ message: bare });
      expect(replies.some((m) => callbackButtons(m).length > 0)).toBe(true);
      expect(api.callsOf('answerCallbackQuery').filter((c) => c.error)).toEqual([]);
    });

    it('asks for a capture and accepts a photo there; a photo where text is expected gets a clear answer', async () => {
      const user = newUser();
      await user.say('/start');
      await user.press(menuTitles.find((t) => /tiket/i.test(t))!);
      let replies: Json[] = [];
      for (let step = 0; step < 6; step++) {
        const next = [...api.sentTo(user.chat)].reverse().find((m) => callbackButtons(m).length > 0);
        if (!next) break;
        replies = await user.press({ on: next, data: callbackButtons(next)[0]!.callback_data });
        if (!replies.some((m) => callbackButtons(m).length > 0)) break;
      }
      // Now a field is asked (a name): a photo here must be explained, not crash or be taken.
      const odd = await user.send(photoMessage(user.chat, 'AgADodd1', user.from));
      expect(odd.map((m) => m.text).join(' ')).toMatch(/(ketik|tulis|kirim).*(teks|nama)|teks|nama/i);
      expect(odd.map((m) => m.text).join(' ')).not.toMatch(/capture diterima/i);
      for (const answer of ['Siti Aminah', '198503302010012001', 'siti.aminah@kemenkeu.go.id']) await user.say(answer);
      expect(api.textsTo(user.chat).at(-1)).toMatch(/capture|foto|gambar|tangkapan/i);
      const pdf = await user.send(documentMessage(user.chat, 'BQADpdf1', 'surat.pdf', 'application/pdf', user.from));
      expect(pdf.map((m) => m.text).join(' ')).toMatch(/gambar|foto|image|JPG|PNG/i);
      // Polling sends the capture as a photo, webhook as an image document.
      const capture = mode === 'polling' ? photoMessage(user.chat, 'AgADcapture1', user.from) : documentMessage(user.chat, 'BQADpng1', 'hris.png', 'image/png', user.from);
      const accepted = await user.send(capture);
      expect(accepted.map((m) => m.text).join(' ')).toMatch(/capture diterima/i);
      expect(api.errors().filter((c) => !c.error!.startsWith('Too Many'))).toEqual([]);
    });

    it('in a group answers a mention, ignores chatter, and sends personal steps to a private chat', async () => {
      const group = -100_500 - (mode === 'polling' ? 1 : 2);
      const member = person(nextChat++);
      const user = new TelegramUser(api, transport, group, member);
      const mention = '@ds_strict_bot';
      await user.send(textMessage(group, `${mention} gagal registrasi tte di hris`, member, { entities: [{ type: 'mention', offset: 0, length: mention.length }] }));
      for (let step = 0; step < 4; step++) {
        const next = [...api.sentTo(group)].reverse().find((m) => callbackButtons(m).length > 0);
        if (!next) break;
        await user.press({ on: next, data: callbackButtons(next)[0]!.callback_data });
      }
      const buttons = api.sentTo(group).flatMap((m) => m.reply_markup?.inline_keyboard?.flat() ?? []);
      expect(buttons.some((b: Json) => String(b.url ?? '').startsWith('https://t.me/ds_strict_bot?start=')), JSON.stringify(api.textsTo(group))).toBe(true);
      const count = api.sendCount(group);
      await transport.deliver(textMessage(group, 'rapat jam 3 ya teman-teman', member));
      await user.say('/help');
      const withChatter = api.sendCount(group) - count;
      const again = api.sendCount(group);
      await user.say('/help');
      expect(withChatter, 'chatter got no answer').toBe(api.sendCount(group) - again);
      expect(api.errors().filter((c) => !c.error!.startsWith('Too Many'))).toEqual([]);
    });

    if (mode === 'webhook') {
      it('refuses a wrong or missing secret and never answers those updates', async () => {
        const chat = nextChat++;
        for (const headers of [{ 'x-telegram-bot-api-secret-token': 'wrong' }, {}] as Array<Record<string, string>>) {
          const res = await postWhenUp(hookUrl, {
            method: 'POST', headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ update_id: 900_000 + chat, ...textMessage(chat, '/start') }),
          }, bot.logs);
          expect(res.status).toBeGreaterThanOrEqual(401);
          expect(res.status).toBeLessThan(404);
        }
        // A good update from another chat is answered; the refused chat stays silent.
        const user = newUser();
        await user.say('/start');
        expect(api.callsTo(chat)).toEqual([]);
      });
    }
  });
}

/** Messages sent to `chat` after the first `after`. */
function countSince(api: StrictBotApi, chat: number, after: number): number {
  return api.sendCount(chat) - after;
}
