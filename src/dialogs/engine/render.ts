/**
 * Turns graph steps into what the user sees: message text (with links), buttons and their ids,
 * and the topic menu. Pure functions of the graph and the locale.
 */
import { createHash } from 'node:crypto';
import type { Graph, Locale, Step } from '../graph.js';
import type { Awaiting, Button } from '../messages.js';
import { say } from '../phrases.js';

/** Telegram's callback_data limit in bytes; longer ids are shortened with a hash. */
const MAX_BUTTON_ID_BYTES = 64;

/** The id of a step-local button: `<stepId>#<choice>` (hashed when too long for Telegram). */
export function buttonId(stepId: string, choice: string): string {
  const id = `${stepId}#${choice}`;
  if (Buffer.byteLength(id) <= MAX_BUTTON_ID_BYTES) return id;
  const hash = createHash('sha1').update(stepId).digest('base64url').slice(0, 10);
  return `${hash}#${choice}`.slice(0, MAX_BUTTON_ID_BYTES);
}

/** The `menu` button. */
export function menuButton(locale: Locale): Button {
  return { id: 'menu', label: say('menuButton', locale) };
}

/** One button per menu topic (`topic:<id>`), labelled with the topic title. */
export function menuButtons(graph: Graph, locale: Locale): Button[] {
  return graph.menu
    .map((id) => graph.topics[id])
    .filter((t) => t !== undefined && t.inMenu)
    .map((t) => ({ id: `topic:${t!.id}`, label: t!.title[locale] }));
}

/**
 * A step's message with its links appended as markup lines, or undefined when it has neither.
 * A link whose URL the message already shows is not repeated (users saw the same link twice).
 */
export function stepText(step: Step, locale: Locale): string | undefined {
  const parts: string[] = [];
  const message = step.message?.[locale];
  if (message) parts.push(message);
  const links = step.links.filter((l) => !mentionsUrl(message ?? '', l.url));
  if (links.length > 0) parts.push(links.map((l) => `[${l.label[locale]}](${l.url})`).join('\n'));
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/** Whether `text` already contains `url` (ignoring a trailing slash). */
function mentionsUrl(text: string, url: string): boolean {
  const bare = url.replace(/\/+$/, '');
  return bare.length > 0 && text.includes(bare);
}

/** The buttons a waiting step offers (options, yes/no of a confirm prompt, terminal actions). */
export function stepButtons(step: Step, locale: Locale): Button[] {
  if (step.options) return step.options.map((o) => ({ id: buttonId(step.id, o.id), label: o.label[locale] }));
  if (step.prompt?.kind === 'confirm') {
    return [
      { id: buttonId(step.id, 'yes'), label: say('yes', locale) },
      { id: buttonId(step.id, 'no'), label: say('no', locale) },
    ];
  }
  if (step.end?.kind === 'wait-email') {
    return [{ id: buttonId(step.id, 'missing'), label: say('emailMissingButton', locale) }, menuButton(locale)];
  }
  if (step.end) return [menuButton(locale)];
  return [];
}

/** What a waiting step awaits (the replay contract's `awaiting`). */
export function awaitingOf(step: Step): Awaiting {
  if (step.prompt) return { kind: step.prompt.kind, slot: step.prompt.slot };
  return { kind: 'choice' };
}

/**
 * The extra line a `wait-email` terminal adds: which email to expect and who sends it
 * ("BSSN" when the flow gives no address: the guide names noreply@bsre.id for some emails only).
 */
export function waitEmailText(step: Step, locale: Locale): string | undefined {
  if (step.end?.kind !== 'wait-email') return undefined;
  return say('waitEmail', locale, { from: step.end.from ?? 'BSSN', subject: step.end.subject[locale] });
}

/**
 * Light markup → plain text: `**x**` → x, `[label](url)` → `label (url)`, and just the URL when
 * the label is the URL itself (with or without its scheme), so no address is printed twice.
 */
export function toPlainText(markup: string): string {
  return markup
    .replace(/\[([^\]]+)\]\((\S+?)\)/g, (_all, label: string, url: string) => (sameAddress(label, url) ? url : `${label} (${url})`))
    .replace(/\*\*(.+?)\*\*/gs, '$1');
}

function sameAddress(label: string, url: string): boolean {
  const bare = (u: string): string => u.trim().replace(/^https?:\/\//i, '').replace(/\/+$/, '').toLowerCase();
  return bare(label) === bare(url);
}
