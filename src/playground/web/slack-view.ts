/**
 * A turn as Slack shows it, approximated in HTML from the Block Kit the Slack adapter renders:
 * sections (mrkdwn), fields, actions (buttons), context lines. A message's buttons go away
 * once one is pressed, as the adapter replaces them with what was chosen.
 */
import type { ChatReply } from '../protocol.js';
import { el, safeHtml } from './dom.js';
import type { PressHandler } from './telegram-view.js';

type TextObject = { type: string; text: string };
type Element = { type: string; text?: TextObject; url?: string; value?: string };
type Block = { type: string; text?: TextObject; fields?: TextObject[]; elements?: Element[] };

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack mrkdwn (already escaped by the adapter: &amp; &lt; &gt;) → the page's safe HTML. */
export function mrkdwnToHtml(mrkdwn: string): string {
  // Links first (`<url|label>`), then the rest is text whose only markup is *bold*, _italic_, `code`.
  const parts = mrkdwn.split(/(<[^<>|]+(?:\|[^<>]*)?>)/g);
  return parts.map((part) => {
    const link = /^<([^<>|]+)(?:\|([^<>]*))?>$/.exec(part);
    if (link) return `<a href="${escape(link[1]!)}">${link[2] ?? escape(link[1]!)}</a>`;
    return part
      .replace(/`([^`\n]+)`/g, '<code>$1</code>')
      .replace(/(^|[\s(])\*([^*\n]+)\*/g, '$1<b>$2</b>')
      .replace(/(^|[\s(])_([^_\n]+)_/g, '$1<i>$2</i>')
      .replace(/\n/g, '<br>');
  }).join('');
}

function text(t: TextObject | undefined): DocumentFragment {
  if (!t) return document.createDocumentFragment();
  return t.type === 'mrkdwn' ? safeHtml(mrkdwnToHtml(t.text)) : safeHtml(escape(t.text));
}

function block(b: Block, press: PressHandler): HTMLElement | undefined {
  switch (b.type) {
    case 'section': {
      const section = el('div', { class: 'sl-section' });
      if (b.text) section.append(el('div', { class: 'sl-text' }, text(b.text)));
      if (b.fields) section.append(el('div', { class: 'sl-fields' }, ...b.fields.map((f) => el('div', {}, text(f)))));
      return section;
    }
    case 'actions': {
      const actions = el('div', { class: 'sl-actions' });
      for (const e of b.elements ?? []) {
        const label = e.text?.text ?? '';
        if (e.url) {
          actions.append(el('a', { class: 'sl-button', href: e.url, target: '_blank', rel: 'noopener noreferrer', text: `${label} ↗` }));
          continue;
        }
        const button = el('button', { class: 'sl-button', type: 'button', text: label, 'data-value': e.value ?? '' });
        button.addEventListener('click', () => {
          actions.replaceWith(el('div', { class: 'sl-context', text: `✓ ${label}` }));
          press(e.value ?? '', label);
        });
        actions.append(button);
      }
      return actions;
    }
    case 'context':
      return el('div', { class: 'sl-context' }, ...(b.elements ?? []).map((e) => el('span', {}, text(e as unknown as TextObject))));
    case 'divider':
      return el('hr', { class: 'sl-divider' });
    case 'header':
      return el('div', { class: 'sl-header' }, text(b.text));
    default:
      return undefined;
  }
}

/** The bot's messages of one turn, Slack style. */
export function slackTurn(reply: ChatReply, press: PressHandler): HTMLElement {
  const turn = el('div', { class: 'turn bot sl' });
  turn.append(el('div', { class: 'sl-author' }, el('span', { class: 'sl-avatar', text: 'DS' }), el('b', { text: 'DS Helpdesk' }), el('span', { class: 'sl-app', text: 'APP' })));
  for (const message of reply.slack) {
    const body = el('div', { class: 'sl-message' });
    for (const b of message.blocks as Block[]) {
      const node = block(b, press);
      if (node) body.append(node);
    }
    turn.append(body);
  }
  return turn;
}
