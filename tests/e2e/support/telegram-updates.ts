/**
 * Updates shaped as the Bot API documents them (Update, Message, CallbackQuery, PhotoSize):
 * commands carry a `bot_command` entity, callback queries carry the bot's full message.
 */
import { BOT } from './strict-bot-api.js';

type Json = Record<string, any>;
let seq = 0;
const now = () => Math.floor(Date.now() / 1000);

/** A person (Telegram user) with an app language. */
export const person = (id: number, language_code = 'id'): Json => ({ id, is_bot: false, first_name: `User${id}`, language_code });

function chatOf(chatId: number, from: Json): Json {
  return chatId < 0 ? { id: chatId, type: 'supergroup', title: 'Helpdesk DS' } : { id: chatId, type: 'private', first_name: from.first_name };
}

/** A text message; a leading /command gets its `bot_command` entity as Telegram sends it. */
export function textMessage(chatId: number, text: string, from = person(chatId), extra: Json = {}): Json {
  const command = /^\/\w+(@\w+)?/.exec(text);
  return {
    message: {
      message_id: 10_000 + ++seq, from, chat: chatOf(chatId, from), date: now(), text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
      ...extra,
    },
  };
}

/** A photo message (several sizes of one picture, as Telegram sends them). */
export function photoMessage(chatId: number, fileId: string, from = person(chatId), caption?: string): Json {
  const sizes = [[90, 67], [320, 240], [1280, 960]].map(([w, h], i) => ({
    file_id: `${fileId}${i === 2 ? '' : `-s${i}`}`, file_unique_id: `U${fileId}${i}`, width: w, height: h, file_size: w! * h! / 10,
  }));
  return { message: { message_id: 10_000 + ++seq, from, chat: chatOf(chatId, from), date: now(), photo: sizes, ...(caption ? { caption } : {}) } };
}

/** A press of `callbackData` on the bot's `message` by `from`. */
export function pressOn(message: Json, callbackData: string, from: Json): Json {
  return {
    callback_query: {
      id: `cq${Date.now()}${++seq}`, from, message: { ...message, from: BOT }, chat_instance: `ci${message.chat.id}`, data: callbackData,
    },
  };
}

/** A file sent as a document (uncompressed), e.g. a PNG screenshot or a PDF. */
export function documentMessage(chatId: number, fileId: string, fileName: string, mimeType: string, from = person(chatId)): Json {
  return {
    message: {
      message_id: 10_000 + ++seq, from, chat: chatOf(chatId, from), date: now(),
      document: { file_id: fileId, file_unique_id: `U${fileId}`, file_name: fileName, mime_type: mimeType, file_size: 123_456 },
    },
  };
}
