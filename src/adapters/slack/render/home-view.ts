/**
 * The App Home tab: a short introduction, the topic menu as buttons (pressing one continues in
 * the user's DM) and the user's own open ticket drafts.
 */
import type { types } from '@slack/bolt';
import type { Outbound } from '../../../dialogs/messages.js';
import type { TicketDraft } from '../../../dialogs/tickets/index.js';
import { MAX_BLOCKS, renderOutputs, truncate } from './blocks.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { texts, type SlackLocale } from '../texts.js';

/** Action id of the "open menu" button shown when the menu itself cannot be rendered. */
export const HOME_MENU_ACTION = 'ds.home.menu';

const OPEN_STATUSES = new Set<TicketDraft['status']>(['collecting', 'ready', 'claimed', 'info-requested', 'escalated']);
const MAX_DRAFTS = 15;

/** What the Home tab shows. `drafts` undefined means they could not be loaded. */
export interface HomeContent {
  menu: Outbound[];
  drafts: TicketDraft[] | undefined;
  locale: SlackLocale;
  graphVersion: string;
}

/** The Home tab view for views.publish. */
export function homeView(content: HomeContent): types.HomeView {
  const t = texts(content.locale);
  const head: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(t.homeTitle, 150), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: t.homeIntro } },
  ];
  const tail = [{ type: 'divider' } as types.KnownBlock, { type: 'header', text: { type: 'plain_text', text: t.homeDrafts, emoji: true } } as types.KnownBlock, ...draftBlocks(content)];
  const menu = menuBlocks(content).slice(0, MAX_BLOCKS - head.length - tail.length);
  return { type: 'home', blocks: [...head, ...menu, ...tail] };
}

function menuBlocks(content: HomeContent): types.KnownBlock[] {
  const blocks = renderOutputs(content.menu.filter((o) => o.type === 'text'), { graphVersion: content.graphVersion, locale: content.locale }).flatMap((m) => m.blocks);
  if (blocks.some((b) => b.type === 'actions')) return blocks;
  const open: types.KnownBlock = {
    type: 'actions',
    elements: [{ type: 'button', style: 'primary', text: { type: 'plain_text', text: texts(content.locale).homeOpenMenu }, action_id: HOME_MENU_ACTION, value: 'menu' }],
  };
  return [...blocks, open];
}

function draftBlocks(content: HomeContent): types.KnownBlock[] {
  const t = texts(content.locale);
  const context = (text: string): types.KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
  if (content.drafts === undefined) return [context(t.homeDraftsUnavailable)];
  const open = content.drafts.filter((d) => OPEN_STATUSES.has(d.status)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  if (open.length === 0) return [context(t.homeNoDrafts)];
  return open.slice(0, MAX_DRAFTS).map((draft) => ({
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: truncate(
        `*${escapeMrkdwn(draft.summary)}*\n${t.status}: \`${draft.status}\` · ${t.category}: ${escapeMrkdwn(draft.category)} · ${t.attachments}: ${draft.attachments.length}\nID \`${escapeMrkdwn(draft.id)}\` · ${t.updated} ${escapeMrkdwn(draft.updatedAt)}`,
        3000,
      ),
    },
  }));
}
