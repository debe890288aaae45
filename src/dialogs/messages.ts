/**
 * The channel-neutral message model: what adapters hand to the engine (inbound) and what the
 * engine hands back (outbound). No channel SDK types appear here.
 */
import { z } from 'zod';
import { Locale, PromptKind, TopicId } from './graph.js';
import { TicketDraft } from './tickets/draft.js';

/** A file the user sent, by the channel's own reference (Telegram file_id, Slack file id, path). */
export const FileRef = z.object({
  ref: z.string().min(1),
  name: z.string().optional(),
  mime: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
  /** A permalink a human can open (Slack); never a URL that embeds a bot token. */
  permalink: z.string().optional(),
});
export type FileRef = z.infer<typeof FileRef>;

/** Global commands; adapters map `/start`, `/menu`, `/help`, `/cancel` and the like to these. */
export const CommandName = z.enum(['start', 'menu', 'help', 'cancel', 'back', 'restart']);
export type CommandName = z.infer<typeof CommandName>;

export const Inbound = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({
    type: z.literal('button'),
    /** The button id as the engine issued it (e.g. `topic:login`, `menu`, `opt:yes`). */
    id: z.string(),
    /** Graph version the button was rendered with, when the channel kept it (stale check). */
    graphVersion: z.string().optional(),
  }),
  z.object({ type: z.literal('photo'), file: FileRef }),
  z.object({ type: z.literal('document'), file: FileRef }),
  z.object({ type: z.literal('command'), command: CommandName, args: z.string().optional() }),
]);
export type Inbound = z.infer<typeof Inbound>;

/** Everything the engine needs to know about an inbound event besides its content. */
export const InboundMeta = z.object({
  /** Language hint from the channel (Telegram language_code, Slack locale); engine may override. */
  locale: Locale.optional(),
  /** Stable id of the user on the channel, e.g. `telegram:123`, `slack:U123`, `cli:local`. */
  userId: z.string(),
  /** Display name from the channel, if any. */
  userName: z.string().optional(),
  channel: z.enum(['telegram', 'slack', 'cli', 'replay']),
});
export type InboundMeta = z.infer<typeof InboundMeta>;

/** A button. `id` is what comes back in an inbound `button`; `url` makes it a link button. */
export const Button = z.object({ id: z.string(), label: z.string(), url: z.string().optional() });
export type Button = z.infer<typeof Button>;

/** What the engine waits for after a turn (the replay contract's `awaiting`). */
export const AwaitingKind = z.enum(['free', 'choice', 'text', 'photo', 'nip', 'nik', 'email', 'date', 'confirm']);
export type AwaitingKind = z.infer<typeof AwaitingKind>;
export const Awaiting = z.object({ kind: AwaitingKind, slot: z.string().optional() });
export type Awaiting = z.infer<typeof Awaiting>;
export const awaitingFromPrompt = (kind: z.infer<typeof PromptKind>, slot: string): Awaiting => ({ kind, slot });

/**
 * One outbound message. `text` uses the graph's light markup (`**bold**`, `[label](url)`);
 * adapters render it (Telegram HTML, Slack mrkdwn, plain text for replay).
 */
export const OutText = z.object({
  type: z.literal('text'),
  text: z.string(),
  buttons: z.array(Button).default([]),
  topic: TopicId.optional(),
  /** Marks messages that contain personal data (NIP, NIK, email): never post them in a group. */
  personal: z.boolean().default(false),
});
export type OutText = z.infer<typeof OutText>;

/** A ticket draft was created or changed (status `collecting`, `ready`, ...). */
export const OutTicket = z.object({ type: z.literal('ticket'), ticket: TicketDraft });
export type OutTicket = z.infer<typeof OutTicket>;

export const Outbound = z.discriminatedUnion('type', [OutText, OutTicket]);
export type Outbound = z.infer<typeof Outbound>;
