/**
 * Channel-neutral outputs → Slack messages (Block Kit + plain `text` fallback), within Slack's
 * limits: ≤ 3000 characters per section, ≤ 25 buttons per actions block, ≤ 50 blocks a message.
 */
import type { types } from '@slack/bolt';
import type { Button, Outbound, OutText } from '../../../dialogs/messages.js';
import type { TicketDraft } from '../../../dialogs/tickets/index.js';
import { encodeButtonValue } from './button-value.js';
import { escapeMrkdwn, splitText, toMrkdwn, toPlainText } from './mrkdwn.js';
import { texts, type SlackLocale } from '../texts.js';

type Block = types.KnownBlock;

/** One Slack message ready for chat.postMessage / chat.postEphemeral / chat.update. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** What rendering needs besides the outputs. */
export interface RenderOptions {
  graphVersion: string;
  locale: SlackLocale;
  /** A context line (mrkdwn, already escaped) under the last message, e.g. how to attach a file. */
  footer?: string;
}

/** Slack's limit of blocks in one message (and in a Home tab view, which allows 100; we keep 50). */
export const MAX_BLOCKS = 50;
/** Slack's limit of characters in one section's text. */
export const MAX_SECTION_CHARS = 3000;
const MAX_BUTTONS_PER_ACTIONS = 25;
const MAX_BUTTON_LABEL = 75;
const MAX_FALLBACK_CHARS = 3000;

/** Prefix of the action ids of answer buttons; other prefixes (e.g. helpdesk plugins) are not ours. */
export const PRESS_ACTION_PREFIX = 'ds.b.';
/** Prefix of the action ids of link buttons (they open a URL; the press only needs an ack). */
export const LINK_ACTION_PREFIX = 'ds.link.';

/** Renders a turn's outputs as as few messages as the 50-block limit allows. */
export function renderOutputs(outputs: Outbound[], options: RenderOptions): SlackMessage[] {
  const counter = { next: 0 };
  const rendered = outputs.map((output) => ({
    blocks: output.type === 'text' ? textBlocks(output, options, counter) : ticketBlocks(output.ticket, options.locale),
    plain: output.type === 'text' ? toPlainText(output.text) : `${texts(options.locale).ticketTitle}: ${output.ticket.summary}`,
  }));
  const messages: SlackMessage[] = [];
  let blocks: Block[] = [];
  let plain: string[] = [];
  const flush = (): void => {
    if (blocks.length === 0) return;
    messages.push({ blocks, text: fallback(plain, blocks) });
    blocks = [];
    plain = [];
  };
  for (const item of rendered) {
    if (blocks.length + item.blocks.length > MAX_BLOCKS) flush();
    // A single output longer than 50 blocks still goes out, in 50-block slices.
    for (let i = 0; i < item.blocks.length; i += MAX_BLOCKS) {
      if (i > 0) flush();
      blocks.push(...item.blocks.slice(i, i + MAX_BLOCKS));
    }
    if (item.plain.trim()) plain.push(item.plain);
  }
  if (options.footer) {
    if (blocks.length >= MAX_BLOCKS) flush();
    if (blocks.length === 0) plain.push(options.footer);
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: options.footer }] });
  }
  flush();
  return messages;
}

/** Section blocks for a piece of light markup (split to fit), nothing for empty text. */
export function sectionBlocks(markup: string): Block[] {
  if (!markup.trim()) return [];
  return splitText(toMrkdwn(markup), MAX_SECTION_CHARS).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

/** Actions blocks (≤ 25 buttons each) with unique action ids and versioned values. */
export function buttonBlocks(buttons: Button[], graphVersion: string, counter: { next: number }): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < buttons.length; i += MAX_BUTTONS_PER_ACTIONS) {
    const elements = buttons.slice(i, i + MAX_BUTTONS_PER_ACTIONS).map((button) => slackButton(button, graphVersion, counter.next++));
    blocks.push({ type: 'actions', elements });
  }
  return blocks;
}

function slackButton(button: Button, graphVersion: string, n: number): types.Button {
  const text = { type: 'plain_text' as const, text: truncate(button.label || button.id, MAX_BUTTON_LABEL), emoji: true };
  if (button.url) return { type: 'button', text, url: button.url, action_id: `${LINK_ACTION_PREFIX}${n}` };
  return { type: 'button', text, action_id: `${PRESS_ACTION_PREFIX}${n}`, value: encodeButtonValue(graphVersion, button.id) };
}

function textBlocks(output: OutText, options: RenderOptions, counter: { next: number }): Block[] {
  return [...sectionBlocks(output.text), ...buttonBlocks(output.buttons, options.graphVersion, counter)];
}

/** A ticket card for its owner: no identity fields, so it is safe even where others may look. */
export function ticketBlocks(ticket: TicketDraft, locale: SlackLocale): Block[] {
  const t = texts(locale);
  const required = ticket.captures.filter((c) => c.required).length;
  return [
    { type: 'section', text: { type: 'mrkdwn', text: truncate(`*${t.ticketTitle}*\n${escapeMrkdwn(ticket.summary)}`, MAX_SECTION_CHARS) } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*${t.status}:* ${escapeMrkdwn(ticket.status)}` },
        { type: 'mrkdwn', text: `*${t.category}:* ${truncate(escapeMrkdwn(ticket.category), 1900)}` },
        { type: 'mrkdwn', text: `*${t.attachments}:* ${ticket.attachments.length}${required ? `/${required}` : ''}` },
      ],
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `ID \`${escapeMrkdwn(ticket.id)}\` · ${t.updated} ${escapeMrkdwn(ticket.updatedAt)}` }] },
  ];
}

/** The plain `text` Slack requires beside blocks (notifications, screen readers). */
function fallback(plain: string[], blocks: Block[]): string {
  const joined = plain.join('\n\n').trim();
  if (joined) return truncate(joined, MAX_FALLBACK_CHARS);
  const labels = blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => ('text' in e && e.text ? e.text.text : '')) : []));
  return truncate(labels.filter(Boolean).join(' · ') || 'DS Helpdesk', MAX_FALLBACK_CHARS);
}

/** Cuts at `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
