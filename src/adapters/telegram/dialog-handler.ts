/**
 * The grammY middleware that turns messages and button presses into engine turns and renders the
 * results: group etiquette, flood limit, button housekeeping (answer the callback query, remove
 * the pressed keyboard) and the apology when a turn fails.
 */
import { Composer, type Context } from 'grammy';
import type { Logger } from 'pino';
import type { Inbound, InboundMeta } from '../../dialogs/messages.js';
import type { TurnHandler, TurnResult } from '../../dialogs/turn.js';
import type { CallbackCodec } from './callback-data.js';
import { FloodLimiter } from './flood-limit.js';
import { awaitsPersonalInput, deepLink, isAddressedToBot, isGroupChat, needsPrivateChat, stripMention } from './group-policy.js';
import { decideInbound } from './inbound.js';
import { linkKeyboard } from './keyboard.js';
import { renderOutputs, type TelegramMessage } from './render.js';
import { describeError } from './safe-error.js';
import { sendMessages } from './sender.js';
import { localeFromLanguageCode, text, type TelegramLocale, type TextKey } from './texts.js';

/** What the dialog handler needs from the adapter. */
export interface DialogHandlerDeps {
  handleTurn: TurnHandler;
  codec: CallbackCodec;
  logger: Logger;
  /** Only for scrubbing it out of error messages. */
  token: string;
  defaultLocale: TelegramLocale;
  flood: FloodLimiter;
}

/** Builds the dialog middleware (installed after the helpdesk plugins). */
export function dialogHandler(deps: DialogHandlerDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const locale = (ctx: Context) => localeFromLanguageCode(ctx.from?.language_code, deps.defaultLocale);

  composer.on('callback_query:data', async (ctx) => {
    // Answer first and always: it stops the client's spinner even if the turn fails later.
    await ctx.answerCallbackQuery().catch((error) => deps.logger.warn({ err: describeError(error, deps.token) }, 'answerCallbackQuery failed'));
    const data = ctx.callbackQuery.data;
    const pressed = ctx.callbackQuery.message;
    if (pressed && 'reply_markup' in pressed && pressed.reply_markup) {
      // Remove the keyboard so the same choice cannot be made twice.
      await ctx.editMessageReplyMarkup().catch(() => undefined);
    }
    // Presses are not flood-limited: each press removes its keyboard, so they cannot be spammed.
    const decoded = await deps.codec.decode(data);
    // Data that is not ours and no plugin claimed: an old or foreign keyboard, hence stale.
    const input: Inbound = decoded
      ? { type: 'button', id: decoded.id, graphVersion: decoded.graphVersion }
      : { type: 'button', id: data.slice(0, 64), graphVersion: 'unknown' };
    await runTurn(ctx, input, deps, locale(ctx));
  });
  // Presses without data (games and the like) still get their spinner stopped.
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery().catch(() => undefined));

  composer.on('message', async (ctx) => {
    const message = ctx.message;
    const group = isGroupChat(ctx.chat.type);
    if (group && !isAddressedToBot(message, { id: ctx.me.id, username: ctx.me.username })) return;
    const decision = decideInbound(message, ctx.me.username);
    if (decision.kind === 'ignore') return;
    // Album items arrive as a burst by design; they do not count against the flood limit.
    if (!message.media_group_id && !(await allowedByFloodLimit(ctx, deps, locale(ctx)))) return;
    if (decision.kind === 'reply') return reply(ctx, decision.text, locale(ctx), group);
    let input = decision.input;
    if (group && (input.type === 'photo' || input.type === 'document')) {
      // Screenshots belong in the private chat, not in front of the whole group.
      return sendMessages(ctx.api, ctx.chat.id, [goPrivate(ctx.me.username, undefined, locale(ctx))], message.message_id);
    }
    if (group && input.type === 'text') {
      const question = stripMention(input.text, ctx.me.username);
      input = question ? { type: 'text', text: question } : { type: 'command', command: 'menu' };
    }
    await runTurn(ctx, input, deps, locale(ctx));
  });

  return composer;
}

/** Runs one engine turn for the update's chat and sends the result (or an apology). */
async function runTurn(ctx: Context, input: Inbound, deps: DialogHandlerDeps, locale: TelegramLocale): Promise<void> {
  const chat = chatOf(ctx);
  const from = ctx.from;
  if (!chat || !from) return;
  const group = isGroupChat(chat.type);
  // In groups each member has their own conversation; a private chat is one conversation.
  const key = group ? `telegram:${chat.id}:${from.id}` : `telegram:${chat.id}`;
  const meta: InboundMeta = {
    channel: 'telegram',
    userId: `telegram:${from.id}`,
    locale,
    ...(from.first_name ? { userName: [from.first_name, from.last_name].filter(Boolean).join(' ') } : {}),
  };
  let result: TurnResult;
  try {
    result = await deps.handleTurn(key, input, meta);
  } catch (error) {
    deps.logger.error({ err: describeError(error, deps.token), chat: chat.id, input: input.type }, 'turn failed');
    await reply(ctx, 'apology', locale, group);
    return;
  }
  const replyTo = group ? ctx.msg?.message_id : undefined;
  const messages = group ? groupMessages(result, ctx.me.username, deps.codec, locale) : renderOutputs(result.outputs, deps.codec, locale);
  try {
    await sendMessages(ctx.api, chat.id, messages, replyTo);
  } catch (error) {
    // Telegram refused an answer (after auto-retry): say sorry rather than leave the user hanging.
    deps.logger.error({ err: describeError(error, deps.token), chat: chat.id }, 'sending the answer failed');
    await reply(ctx, 'apology', locale, group).catch(() => undefined);
  }
}

/**
 * What a group sees of a turn: the non-personal outputs; when the turn wants personal input or
 * carries personal output, the prompt is replaced by a deep link to the private chat.
 */
export function groupMessages(result: TurnResult, botUsername: string, codec: CallbackCodec, locale: TelegramLocale): TelegramMessage[] {
  const rendered = renderOutputs(result.outputs, codec, locale);
  if (!needsPrivateChat(result)) return rendered;
  const topic = [...result.outputs].reverse().flatMap((o) => (o.type === 'text' && o.topic ? [o.topic] : []))[0];
  const safe = rendered.filter((m) => !m.personal);
  // The last message asks for the personal input: asking it here would invite a leak.
  if (awaitsPersonalInput(result) && safe.length > 0) safe.pop();
  // Keyboards go too: the conversation now continues in the private chat.
  return [...safe.map(({ html, personal }) => ({ html, personal })), goPrivate(botUsername, topic, locale)];
}

function goPrivate(botUsername: string, topic: string | undefined, locale: TelegramLocale): TelegramMessage {
  return { html: text('goPrivate', locale), personal: false, keyboard: linkKeyboard(text('goPrivateButton', locale), deepLink(botUsername, topic)) };
}

async function reply(ctx: Context, key: TextKey, locale: TelegramLocale, group: boolean): Promise<void> {
  const chat = chatOf(ctx);
  if (!chat) return;
  await sendMessages(ctx.api, chat.id, [{ html: text(key, locale), personal: false }], group ? ctx.msg?.message_id : undefined);
}

/**
 * The chat to answer in. A press on a message Telegram no longer shows us (inaccessible or
 * missing `message`) still comes from a user: answer in their private chat (chat id = user id).
 */
function chatOf(ctx: Context): { id: number; type: string } | undefined {
  if (ctx.chat) return ctx.chat;
  return ctx.callbackQuery ? { id: ctx.callbackQuery.from.id, type: 'private' } : undefined;
}

/** Applies the per-user flood limit; the first refused message gets one polite notice. */
async function allowedByFloodLimit(ctx: Context, deps: DialogHandlerDeps, locale: TelegramLocale): Promise<boolean> {
  // The shared state never throws: a Redis error counts against this process's own bucket.
  const verdict = await deps.flood.take(String(ctx.from?.id ?? ctx.chat?.id));
  if (verdict === 'allow') return true;
  if (verdict === 'warn') {
    deps.logger.warn({ user: ctx.from?.id }, 'flood limit reached');
    await reply(ctx, 'flood', locale, isGroupChat(ctx.chat?.type));
  }
  return false;
}
