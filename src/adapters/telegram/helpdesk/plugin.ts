/**
 * The helpdesk's Telegram side, a grammY Composer the adapter installs before its dialog
 * handler (`plugins`):
 * - buttons on board posts (`hd|…` callback data): "Ambil" acts at once; "Sudah dieskalasi",
 *   "Minta info" and "Selesai" ask for their input with a ForceReply message whose last line
 *   carries a tag (`[hd:e:<id>:<rev>]`), so the reply is understood even after a restart;
 * - commands in the helpdesk group (or a helpdesk user's private chat): `/tiket` lists open
 *   drafts, `/tiket <id>` shows one in full with its captures, `/cari <nip>` finds by NIP.
 * Only HELPDESK_TELEGRAM_USER_IDS may act or look; others are refused and the attempt is logged.
 */
import { Composer, type Context } from 'grammy';
import type { Logger } from 'pino';
import type { HelpdeskActor } from '../../../dialogs/helpdesk/index.js';
import type { HelpdeskQueue } from '../../../dialogs/helpdesk/index.js';
import { ACTION_CODE, actionOf, actionOfCode, draftList, outcomeText, promptFor, type ActionKind } from '../../../dialogs/helpdesk/index.js';
import { draftHtml, resendCaptures } from './board.js';
import { escapeHtml } from '../html.js';

/** Options of {@link createTelegramHelpdesk}. */
export interface TelegramHelpdeskOptions {
  /** HELPDESK_TELEGRAM_CHAT_ID. */
  chatId: number | string;
  queue: HelpdeskQueue;
  logger: Logger;
}

const PRESS = /^hd\|([cexq])\|([^|]{1,48})\|(\d{1,6})$/;
const TAG = /\[hd:([exq]):([^:\]]{1,48}):(\d{1,6})\]\s*$/;
const REFUSED = 'Maaf, hanya petugas helpdesk yang terdaftar yang boleh menangani tiket.';

/** The helpdesk Composer for the Telegram adapter's `plugins`. */
export function createTelegramHelpdesk(options: TelegramHelpdeskOptions): Composer<Context> {
  const { queue } = options;
  const logger = options.logger.child({ channel: 'telegram', component: 'helpdesk' });
  const helpdeskChat = String(options.chatId);
  const composer = new Composer<Context>();
  const actorOf = (ctx: Context): HelpdeskActor | undefined =>
    ctx.from ? { channel: 'telegram', id: String(ctx.from.id), name: ctx.from.first_name } : undefined;

  composer.callbackQuery(PRESS, (ctx) => guarded(ctx, async () => {
    const [, code = '', draftId = '', rev = '0'] = ctx.match;
    const kind = actionOfCode(code);
    const actor = actorOf(ctx);
    if (!kind || !actor) return ctx.answerCallbackQuery();
    if (!queue.authorise(actor, `press ${kind} ${draftId}`)) return ctx.answerCallbackQuery({ text: REFUSED, show_alert: true });
    if (kind === 'claim') {
      const outcome = await queue.act({ draftId, action: { kind }, actor, actionId: `tg:${draftId}:${code}:${rev}` });
      return ctx.answerCallbackQuery({ text: outcomeText(outcome, kind).slice(0, 200) });
    }
    await ctx.answerCallbackQuery();
    const mention = `<a href="tg://user?id=${actor.id}">${escapeHtml(actor.name ?? actor.id)}</a>`;
    await ctx.reply(`${mention}: ${escapeHtml(promptFor(kind, draftId))}\n[hd:${code}:${draftId}:${rev}]`, {
      parse_mode: 'HTML', reply_markup: { force_reply: true, selective: true },
    });
  }));

  // A reply to one of our prompts: the input of the pressed action.
  composer.on('message:text', async (ctx, next) => {
    const replied = ctx.message.reply_to_message;
    const tag = replied?.from?.id === ctx.me.id ? TAG.exec(replied.text ?? '') : null;
    if (!tag) return next();
    const [, code = '', draftId = '', rev = '0'] = tag;
    const kind = actionOfCode(code) as Exclude<ActionKind, 'claim'> | undefined;
    const actor = actorOf(ctx);
    if (!kind || !actor) return next();
    await guarded(ctx, async () => {
      const input = withoutMention(ctx.message.text, ctx.me.username);
      const outcome = await queue.act({ draftId, action: actionOf(kind, input), actor, actionId: `tg:${draftId}:${ACTION_CODE[kind]}:${rev}` });
      await ctx.reply(escapeHtml(outcomeText(outcome, kind)), { parse_mode: 'HTML', reply_parameters: { message_id: ctx.message.message_id } });
    });
  });

  // Helpdesk commands: in the helpdesk group for anyone who tries (refused unless allowed);
  // elsewhere only for helpdesk users, so an employee's "/tiket" still reaches the dialog.
  const command = (handler: (ctx: Context, arg: string) => Promise<void>) => async (ctx: Context, next: () => Promise<void>) => {
    const actor = actorOf(ctx);
    const inHelpdeskChat = String(ctx.chat?.id) === helpdeskChat;
    if (!actor) return next();
    if (!inHelpdeskChat && !(ctx.chat?.type === 'private' && queue.authorise(actor, 'command outside the helpdesk chat'))) return next();
    if (inHelpdeskChat && !queue.authorise(actor, `command ${ctx.message?.text ?? ''}`.slice(0, 80))) {
      await ctx.reply(REFUSED);
      return;
    }
    await guarded(ctx, () => handler(ctx, typeof ctx.match === 'string' ? ctx.match.trim() : ''));
  };

  /** A store or API failure gets "try again" (and a log line), never silence. */
  async function guarded(ctx: Context, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'helpdesk action failed');
      const text = 'Gagal memproses, silakan coba lagi sebentar lagi.';
      await (ctx.callbackQuery ? ctx.answerCallbackQuery({ text, show_alert: true }) : ctx.reply(text)).catch(() => undefined);
    }
  }

  composer.command('tiket', command(async (ctx, arg) => {
    if (!arg) {
      const open = await queue.listOpen();
      await ctx.reply(`<b>Tiket terbuka (${open.length})</b>\n${escapeHtml(draftList(open, 'Tidak ada tiket terbuka.'))}`, { parse_mode: 'HTML' });
      return;
    }
    const draft = await queue.get(arg);
    if (!draft) {
      await ctx.reply(`Tiket ${escapeHtml(arg)} tidak ditemukan.`, { parse_mode: 'HTML' });
      return;
    }
    // In full (NIK too): this is the text the helpdesk pastes into the service desk.
    const sent = await ctx.reply(draftHtml(draft, { maskNik: false }), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    await resendCaptures(ctx.api, sent.chat.id, draft, sent.message_id, logger);
  }));

  composer.command('cari', command(async (ctx, arg) => {
    const nip = arg.replace(/\D/g, '');
    if (nip.length !== 18) {
      await ctx.reply('Tulis /cari diikuti NIP 18 digit, contoh: /cari 198503122010011001');
      return;
    }
    const found = await queue.findByNip(nip);
    await ctx.reply(escapeHtml(draftList(found, 'Tidak ada tiket dengan NIP itu.')), { parse_mode: 'HTML' });
  }));

  return composer;
}

/** The reply without the bot's @username (`@ds_bot SD-1` → `SD-1`): a mention is not part of the input. */
function withoutMention(text: string, username: string): string {
  const mention = new RegExp(`(^|\\s)@${username}\\b`, 'gi');
  return text.replace(mention, ' ').trim();
}
