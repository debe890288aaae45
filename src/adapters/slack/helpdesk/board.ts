/**
 * The Slack helpdesk board: ready drafts are posted to HELPDESK_SLACK_CHANNEL as Block Kit (the
 * service-desk text, the captures by Slack file reference, action buttons); each later event
 * updates that post and is told in its thread. The post's ts is kept in the shared state (Redis
 * when configured), so any replica, or this one after a restart, updates the same post.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { HelpdeskBoard } from '../../../dialogs/helpdesk/index.js';
import { boardEventLine } from '../../../dialogs/helpdesk/index.js';
import { ACTION_LABEL, availableActions, draftHeading, revisionOf, type ActionKind } from '../../../dialogs/helpdesk/index.js';
import type { TicketDraft } from '../../../dialogs/tickets/index.js';
import { ticketText } from '../../../dialogs/tickets/index.js';
import { escapeMrkdwn } from '../render/mrkdwn.js';
import { MemorySharedState, type SharedState } from '../../shared/index.js';
import { TICKET_TTL_MS } from '../../../dialogs/state/index.js';

/** Action ids of the board buttons (`hd_claim`, ...); the value is `<draftId>|<revision>`. */
export const HELPDESK_ACTION_PREFIX = 'hd_';
/** Section text limit is 3000; leave room for the code fence. */
const SECTION_BUDGET = 2900;
/** Image blocks per post (a post holds at most 50 blocks). */
const MAX_IMAGES = 10;

type Block = Record<string, unknown>;

/** The Block Kit of a draft: heading, service-desk text (NIK masked unless `maskNik` is false), captures, buttons. */
export function draftBlocks(draft: TicketDraft, options: { maskNik: boolean } = { maskNik: true }): Block[] {
  const text = ticketText(draft, 'id', { maskNik: options.maskNik });
  const body = text.length > SECTION_BUDGET ? `${text.slice(0, SECTION_BUDGET)}…` : text;
  const blocks: Block[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `*${escapeMrkdwn(draftHeading(draft))}*` } },
    { type: 'section', text: { type: 'mrkdwn', text: `\`\`\`${escapeMrkdwn(body)}\`\`\`` } },
  ];
  const slackFiles = draft.attachments.filter((a) => a.channel === 'slack');
  for (const file of slackFiles.slice(0, MAX_IMAGES)) {
    const title = draft.captures.find((c) => c.id === file.name)?.instruction ?? 'Capture tambahan';
    blocks.push({ type: 'image', slack_file: { id: file.ref }, alt_text: title.slice(0, 2000), title: { type: 'plain_text', text: title.slice(0, 2000) } });
  }
  const links = slackFiles.filter((f) => f.permalink).map((f) => `<${f.permalink}|${escapeMrkdwn(f.name)}>`);
  const elsewhere = draft.attachments.length - slackFiles.length;
  const notes = [
    ...(links.length > 0 ? [`Capture: ${links.join(', ')}`] : []),
    ...(elsewhere > 0 ? [`${elsewhere} capture dikirim lewat ${escapeMrkdwn(draft.channel)}; buka di grup helpdesk ${escapeMrkdwn(draft.channel)} (perintah /tiket ${escapeMrkdwn(draft.id)}).`] : []),
  ];
  if (notes.length > 0) blocks.push({ type: 'context', elements: notes.map((n) => ({ type: 'mrkdwn', text: n })) });
  const actions = availableActions(draft);
  if (actions.length > 0) blocks.push({ type: 'actions', block_id: `hd:${draft.id}`, elements: actions.map((a) => actionButton(draft, a)) });
  return blocks;
}

function actionButton(draft: TicketDraft, kind: ActionKind): Block {
  return {
    type: 'button', action_id: `${HELPDESK_ACTION_PREFIX}${kind}`, value: `${draft.id}|${revisionOf(draft)}`,
    text: { type: 'plain_text', text: ACTION_LABEL[kind] }, ...(kind === 'claim' ? { style: 'primary' } : {}),
  };
}

/** The board over `client` in `channel`; each draft's post ts is remembered (shared) for updates. */
export function createSlackHelpdeskBoard(options: { client: WebClient; channel: string; logger: Logger; shared?: SharedState }): HelpdeskBoard & { postOf(draftId: string): Promise<string | undefined> } {
  const { client, channel } = options;
  const shared = options.shared ?? new MemorySharedState();
  const postKey = (draftId: string) => `slack:hd:post:${channel}:${draftId}`;
  // A lost record only means the next event arrives as a new post instead of a thread reply.
  const remember = (draftId: string, ts: string) => shared.set(postKey(draftId), ts, TICKET_TTL_MS).catch(() => undefined);
  const postOf = (draftId: string) => shared.get(postKey(draftId)).catch(() => undefined);
  const fallback = (draft: TicketDraft) => draftHeading(draft);
  return {
    channel: 'slack',
    postOf,
    async post(draft) {
      const sent = await client.chat.postMessage({ channel, text: fallback(draft), blocks: draftBlocks(draft) as never, unfurl_links: false });
      if (sent.ts) await remember(draft.id, sent.ts);
    },
    async update(draft, event) {
      const ts = await postOf(draft.id);
      const line = escapeMrkdwn(boardEventLine(draft, event));
      if (!ts) {
        const sent = await client.chat.postMessage({ channel, text: line, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: line } }, ...draftBlocks(draft)] as never });
        if (sent.ts) await remember(draft.id, sent.ts);
        return;
      }
      await client.chat.update({ channel, ts, text: fallback(draft), blocks: draftBlocks(draft) as never });
      await client.chat.postMessage({ channel, thread_ts: ts, text: line });
    },
  };
}
