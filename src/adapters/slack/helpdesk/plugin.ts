/**
 * The helpdesk's Slack side, registered as a plugin of the Slack adapter:
 * - the board in HELPDESK_SLACK_CHANNEL (connected to the queue here: the app's client is ready);
 * - buttons on board posts: "Ambil" acts at once; "Sudah dieskalasi", "Minta info" and "Selesai"
 *   ask, in the post's thread, for the number / question / note, and the presser's next reply in
 *   that thread is the input;
 * - commands typed in the helpdesk channel: `tiket` (open drafts), `tiket <id>` (one in full),
 *   `cari <nip>` (by NIP).
 * Messages in the helpdesk channel are the helpdesk's, never an employee conversation, so they
 * stop here. Only HELPDESK_SLACK_USER_IDS may act or look; others are refused and logged.
 * Waiting prompts, the messages already handled and the board's post ids live in the shared
 * state (Redis when configured), so the press and the reply may reach different replicas.
 */
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { HelpdeskActor } from '../../../dialogs/helpdesk/index.js';
import type { HelpdeskQueue } from '../../../dialogs/helpdesk/index.js';
import { ACTION_CODE, actionOf, draftList, outcomeText, promptFor, type ActionKind } from '../../../dialogs/helpdesk/index.js';
import { HELPDESK_ACTION_PREFIX, createSlackHelpdeskBoard, draftBlocks } from './board.js';
import { escapeMrkdwn } from '../render/mrkdwn.js';
import { plainFromSlack } from '../slack-text.js';
import { MemorySharedState, type SharedState } from '../../shared/index.js';

/** Options of {@link registerSlackHelpdesk}. */
export interface SlackHelpdeskOptions {
  /** HELPDESK_SLACK_CHANNEL (channel id). */
  channel: string;
  queue: HelpdeskQueue;
  logger: Logger;
  /** Where replicas keep prompts, handled messages and post ids; this process's memory by default. */
  shared?: SharedState;
}

const REFUSED = 'Maaf, hanya petugas helpdesk yang terdaftar yang boleh menangani tiket.';
/** A pressed button waits this long for its reply in the thread. */
const PROMPT_TTL_MS = 24 * 3600_000;
/** A typed message is remembered this long (Slack retries and the message/app_mention pair). */
const HANDLED_TTL_MS = 3600_000;
type Prompt = { kind: Exclude<ActionKind, 'claim'>; draftId: string; rev: string };
type MessageEvent = { type?: string; subtype?: string; channel?: string; user?: string; bot_id?: string; text?: string; ts?: string; thread_ts?: string };

/** Registers the helpdesk on `app` (pass it in the Slack adapter's `plugins`). */
export function registerSlackHelpdesk(app: App, options: SlackHelpdeskOptions): void {
  const { queue, channel } = options;
  const shared = options.shared ?? new MemorySharedState();
  const logger = options.logger.child({ channel: 'slack', component: 'helpdesk' });
  queue.connect({ board: createSlackHelpdeskBoard({ client: app.client, channel, logger, shared }) });
  // Waiting inputs, by thread and helpdesk user.
  const promptKey = (threadTs: string, user: string) => `slack:hd:prompt:${channel}:${threadTs}:${user}`;
  const refuse = (client: WebClient, user: string, where: string) =>
    client.chat.postEphemeral({ channel: where, user, text: REFUSED }).catch(() => undefined);

  /** A store or API failure gets "try again" (and a log line), never silence. */
  const guarded = async (client: WebClient, user: string, where: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'helpdesk action failed');
      await client.chat.postEphemeral({ channel: where, user, text: 'Gagal memproses, silakan coba lagi sebentar lagi.' }).catch(() => undefined);
    }
  };

  app.action(new RegExp(`^${HELPDESK_ACTION_PREFIX}(claim|escalate|ask|close)$`), async ({ ack, body, action, client }) => {
    await ack();
    if (body.type !== 'block_actions') return;
    await guarded(client, body.user.id, body.channel?.id ?? channel, () => onPress(body, action, client));
  });

  async function onPress(body: { user: { id: string; name?: string }; channel?: { id: string }; container?: unknown }, action: unknown, client: WebClient): Promise<void> {
    const pressed = action as { action_id?: string; value?: string };
    const kind = (pressed.action_id ?? '').slice(HELPDESK_ACTION_PREFIX.length) as ActionKind;
    const [draftId = '', rev = '0'] = (pressed.value ?? '').split('|');
    const where = body.channel?.id ?? channel;
    const actor: HelpdeskActor = { channel: 'slack', id: body.user.id, ...(body.user.name ? { name: body.user.name } : {}) };
    if (!queue.authorise(actor, `press ${kind} ${draftId}`)) return void (await refuse(client, actor.id, where));
    if (kind === 'claim') {
      const outcome = await queue.act({ draftId, action: { kind }, actor, actionId: `sl:${draftId}:${ACTION_CODE[kind]}:${rev}` });
      await client.chat.postEphemeral({ channel: where, user: actor.id, text: outcomeText(outcome, kind) });
      return;
    }
    const container = body.container as { message_ts?: string; thread_ts?: string } | undefined;
    const threadTs = container?.thread_ts ?? container?.message_ts;
    if (!threadTs) return;
    await shared.set(promptKey(threadTs, actor.id), JSON.stringify({ kind, draftId, rev } satisfies Prompt), PROMPT_TTL_MS);
    await client.chat.postMessage({ channel: where, thread_ts: threadTs, text: `<@${actor.id}> ${escapeMrkdwn(promptFor(kind, draftId))}` });
  }

  // Typed messages already handled, by ts: a message mentioning the bot arrives twice (as
  // `message` and as `app_mention`, maybe at two replicas); whichever comes first is the input.
  app.use(async ({ body, client, context, next }) => {
    const envelope = body as { type?: string; event?: MessageEvent };
    const event = envelope.event;
    const typed = event?.type === 'message' || event?.type === 'app_mention';
    // Everything typed in the helpdesk channel is the helpdesk's: mentions never start an employee conversation.
    if (envelope.type !== 'event_callback' || !typed || event.channel !== channel) return next();
    if (!event.user || event.bot_id || (event.subtype && event.subtype !== 'file_share')) return; // ours or edits: nothing to do
    if (event.ts && !(await firstTime(`slack:hd:msg:${channel}:${event.ts}`))) return;
    const text = withoutMention(event.text ?? '', context.botUserId);
    await guarded(client, event.user, channel, () => onChannelMessage({ ...event, text } as MessageEvent & { user: string }, client));
  });

  /** A store failure counts as first time: better a rare double answer than a lost input. */
  async function firstTime(key: string): Promise<boolean> {
    return shared.firstTime(key, HANDLED_TTL_MS).catch(() => true);
  }

  async function onChannelMessage(event: MessageEvent & { user: string }, client: WebClient): Promise<void> {
    const text = plainFromSlack(event.text ?? '');
    const actor: HelpdeskActor = { channel: 'slack', id: event.user };
    const prompt = event.thread_ts ? parsePrompt(await shared.consume(promptKey(event.thread_ts, event.user))) : undefined;
    if (prompt && event.thread_ts) {
      const outcome = await queue.act({ draftId: prompt.draftId, action: actionOf(prompt.kind, text), actor, actionId: `sl:${prompt.draftId}:${ACTION_CODE[prompt.kind]}:${prompt.rev}` });
      await client.chat.postMessage({ channel, thread_ts: event.thread_ts, text: outcomeText(outcome, prompt.kind) });
      return;
    }
    const command = /^(tiket|cari)\b\s*(.*)$/is.exec(text);
    if (!command) return;
    if (!queue.authorise(actor, `command ${text}`.slice(0, 80))) return void (await refuse(client, actor.id, channel));
    const reply = (message: { text: string; blocks?: unknown[] }) =>
      client.chat.postMessage({ channel, thread_ts: event.thread_ts ?? event.ts, ...message } as never);
    const [, name = '', arg = ''] = command;
    if (name.toLowerCase() === 'cari') {
      const nip = arg.replace(/\D/g, '');
      if (nip.length !== 18) return void (await reply({ text: 'Tulis `cari` diikuti NIP 18 digit, contoh: `cari 198503122010011001`' }));
      return void (await reply({ text: escapeMrkdwn(draftList(await queue.findByNip(nip), 'Tidak ada tiket dengan NIP itu.')) }));
    }
    if (!arg.trim()) {
      const open = await queue.listOpen();
      return void (await reply({ text: `*Tiket terbuka (${open.length})*\n${escapeMrkdwn(draftList(open, 'Tidak ada tiket terbuka.'))}` }));
    }
    const draft = await queue.get(arg.trim());
    if (!draft) return void (await reply({ text: `Tiket ${escapeMrkdwn(arg.trim())} tidak ditemukan.` }));
    // In full (NIK too): the text the helpdesk pastes into the service desk.
    await reply({ text: `Tiket ${draft.id}`, blocks: draftBlocks(draft, { maskNik: false }) });
    logger.info({ draftId: draft.id, actor: actor.id }, 'helpdesk viewed a draft');
  }
}

/** A stored prompt, or undefined for none or anything unreadable. */
function parsePrompt(raw: string | undefined): Prompt | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<Prompt>;
    const kinds = ['escalate', 'ask', 'close'];
    return typeof value.draftId === 'string' && typeof value.rev === 'string' && kinds.includes(String(value.kind)) ? (value as Prompt) : undefined;
  } catch {
    return undefined;
  }
}

/** The text without the bot's own mention (`<@U123> SD-1` → `SD-1`). */
function withoutMention(text: string, botUserId: string | undefined): string {
  return botUserId ? text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), '').trim() : text;
}
