/**
 * The Telegram helpdesk board: ready drafts are posted to HELPDESK_TELEGRAM_CHAT_ID as the
 * service-desk text with action buttons, and the captures are re-sent by file_id (no download:
 * Telegram serves the same file again). Later events are posted as replies to the draft's post,
 * whose message id is kept in the shared state (Redis when configured) for every replica.
 */
import type { Api } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Logger } from 'pino';
import type { HelpdeskBoard } from '../../../dialogs/helpdesk/index.js';
import { boardEventLine } from '../../../dialogs/helpdesk/index.js';
import { ACTION_CODE, ACTION_LABEL, availableActions, draftHeading, revisionOf } from '../../../dialogs/helpdesk/index.js';
import type { TicketDraft } from '../../../dialogs/tickets/index.js';
import { ticketText } from '../../../dialogs/tickets/index.js';
import { escapeHtml } from '../html.js';
import { MemorySharedState, type SharedState } from '../../shared/index.js';
import { TICKET_TTL_MS } from '../../../dialogs/state/index.js';

/** Room for the heading and tags inside Telegram's 4096-character message limit. */
const TEXT_BUDGET = 3500;
const CAPTION_LIMIT = 1024;

/** Callback data of a helpdesk button: `hd|<code>|<draftId>|<revision>` (≤ 64 bytes). */
export function helpdeskCallbackData(code: string, draftId: string, revision: number): string {
  return `hd|${code}|${draftId}|${revision}`;
}

/** The inline keyboard of the actions a draft offers now. */
export function helpdeskKeyboard(draft: TicketDraft): InlineKeyboardMarkup | undefined {
  const actions = availableActions(draft);
  if (actions.length === 0) return undefined;
  const rev = revisionOf(draft);
  const buttons = actions.map((a) => ({ text: ACTION_LABEL[a], callback_data: helpdeskCallbackData(ACTION_CODE[a], draft.id, rev) }));
  return { inline_keyboard: [buttons.slice(0, 2), buttons.slice(2)].filter((row) => row.length > 0) };
}

/** The draft as HTML: heading, the service-desk text (NIK masked) and Slack capture links. */
export function draftHtml(draft: TicketDraft, options: { maskNik: boolean }): string {
  const text = ticketText(draft, 'id', { maskNik: options.maskNik });
  const body = text.length > TEXT_BUDGET ? `${text.slice(0, TEXT_BUDGET)}…` : text;
  const links = draft.attachments.filter((a) => a.channel !== 'telegram').map((a) =>
    a.permalink ? `<a href="${escapeHtml(a.permalink)}">${escapeHtml(a.name)}</a>` : `${escapeHtml(a.name)} (${escapeHtml(a.channel)})`);
  const linkLine = links.length > 0 ? `\nCapture di ${escapeHtml(draft.channel)}: ${links.join(', ')}` : '';
  return `<b>${escapeHtml(draftHeading(draft))}</b>\n<pre>${escapeHtml(body)}</pre>${linkLine}`;
}

/** Re-sends the draft's Telegram captures into `chatId` (photos as photos, documents as documents). */
export async function resendCaptures(api: Api, chatId: number | string, draft: TicketDraft, replyTo: number | undefined, logger: Logger): Promise<void> {
  const files = draft.attachments.filter((a) => a.channel === 'telegram');
  for (const [i, file] of files.entries()) {
    const instruction = draft.captures.find((c) => c.id === file.name)?.instruction ?? 'Capture tambahan';
    const caption = `${draft.id} · ${i + 1}/${files.length} · ${instruction}`.slice(0, CAPTION_LIMIT);
    const extra = { caption, ...(replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}) };
    try {
      if (file.sentAs === 'document') await api.sendDocument(chatId, file.ref, extra);
      else await api.sendPhoto(chatId, file.ref, extra);
    } catch (error) {
      logger.error({ draftId: draft.id, capture: file.name, err: error instanceof Error ? error.message : String(error) }, 'capture re-send failed');
    }
  }
}

/** Builds the board for `chatId` over the bot's `api`. */
export function createTelegramHelpdeskBoard(options: { api: Api; chatId: number | string; logger: Logger; shared?: SharedState }): HelpdeskBoard {
  const { api, chatId } = options;
  const logger = options.logger.child({ channel: 'telegram', component: 'helpdesk-board' });
  const shared = options.shared ?? new MemorySharedState();
  const postKey = (draftId: string) => `tg:hd:post:${chatId}:${draftId}`;
  // A lost record only means later events are not threaded under the post.
  const remember = (draftId: string, messageId: number) => shared.set(postKey(draftId), String(messageId), TICKET_TTL_MS).catch(() => undefined);
  const postOf = async (draftId: string) => {
    const stored = Number(await shared.get(postKey(draftId)).catch(() => undefined));
    return Number.isInteger(stored) && stored > 0 ? stored : undefined;
  };
  return {
    channel: 'telegram',
    async post(draft) {
      const keyboard = helpdeskKeyboard(draft);
      const sent = await api.sendMessage(chatId, draftHtml(draft, { maskNik: true }), {
        parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...(keyboard ? { reply_markup: keyboard } : {}),
      });
      await remember(draft.id, sent.message_id);
      await resendCaptures(api, chatId, draft, sent.message_id, logger);
    },
    async update(draft, event) {
      const keyboard = helpdeskKeyboard(draft);
      const replyTo = await postOf(draft.id);
      await api.sendMessage(chatId, `${escapeHtml(boardEventLine(draft, event))}\n<i>${escapeHtml(draftHeading(draft))}</i>`, {
        parse_mode: 'HTML',
        ...(keyboard ? { reply_markup: keyboard } : {}),
        ...(replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
      });
    },
  };
}
