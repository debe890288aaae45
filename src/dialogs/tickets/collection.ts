/**
 * Ticket collection: where a flow reaches `end ticket <template>`, the engine hands the
 * conversation to this state machine until the draft is `ready` or cancelled. It asks the
 * template's identity fields the flow has not filled, each capture in turn, takes extra captures,
 * lets the user skip optional ones with a reason, then shows the service-desk text and asks for
 * confirmation. Pure and deterministic: clock and ids come from the context.
 */
import type { TicketTemplate } from '../graph.js';
import type { Awaiting, Button, Inbound, Outbound } from '../messages.js';
import type { TicketEvent, TicketStatus } from './draft.js';
import type { Effect } from '../turn.js';
import { buildDraft, fieldValue, missingRequired, nextCapture, type CollectedParts } from './build.js';
import { checkField, fieldAwaiting, fieldLabel, fieldQuestion } from './fields.js';
import { actionButtonId, readCollectionInput, typedAction, type TicketAction } from './input.js';
import { TICKET_BUTTONS, TICKET_PHRASES, say } from './phrases.js';
import { ticketText } from './text.js';
import { type CollectionContext, type CollectionState, type CollectionTurn, type PrefillFile, MAX_ATTACHMENTS } from './collection-state.js';

// Re-exported so callers of the collection need one import; the shapes live in ticket-collection-state.ts.
export { CollectionState, MAX_ATTACHMENTS } from './collection-state.js';
export type { CollectionContext, CollectionTurn, PrefillFile } from './collection-state.js';

/** Longest skip reason kept (state stays small). */
const MAX_REASON = 300;

/**
 * Starts collecting a draft from `templateId` (emits the new draft, asks the first thing).
 * `prefill` pictures fill the template's captures in order (the user is told which one each
 * became and how to replace it); more pictures than captures are kept as extras.
 */
export function startCollection(ctx: CollectionContext, templateId: string, prefill: readonly PrefillFile[] = []): CollectionTurn {
  const template = ctx.graph.tickets[templateId];
  if (!template) return { outputs: [text(ctx, say(TICKET_PHRASES.noTemplate, ctx.locale))], awaiting: { kind: 'free' }, effects: [], done: 'cancelled' };
  const at = ctx.now.toISOString();
  const files = prefill.slice(0, MAX_ATTACHMENTS).map((f, i) => ({
    name: template.captures[i]?.id ?? 'extra', ref: f.ref, sentAs: f.sentAs, at, ...(f.mime ? { mime: f.mime } : {}),
  }));
  const state: CollectionState = {
    v: 1, draftId: ctx.newId(), template: templateId, createdAt: at,
    phase: 'field', values: {}, files, skipped: {}, misses: 0,
  };
  const draft = draftOf(ctx, template, state, 'collecting');
  const intro = text(ctx, say(TICKET_PHRASES.start, ctx.locale, { title: template.title[ctx.locale] }));
  const used = template.captures.slice(0, files.length).map((c, i) => text(ctx, say(TICKET_PHRASES.prefilled, ctx.locale, { n: i + 1, instruction: c.instruction[ctx.locale] })));
  return advance(ctx, template, state, [intro, ...used, { type: 'ticket', ticket: draft }], [{ type: 'ticket-saved', ticket: draft }]);
}

/** Continues a collection with the user's (already secret-redacted) input. */
export function continueCollection(ctx: CollectionContext, collection: CollectionState, input: Inbound): CollectionTurn {
  const template = ctx.graph.tickets[collection.template];
  if (!template) return { outputs: [text(ctx, say(TICKET_PHRASES.noTemplate, ctx.locale))], awaiting: { kind: 'free' }, effects: [], done: 'cancelled' };
  const read = readCollectionInput(input);
  if (read.kind === 'action' && read.action === 'cancel') return cancelCollection(ctx, collection);
  switch (collection.phase) {
    case 'field': return onField(ctx, template, collection, read);
    case 'capture': return onCapture(ctx, template, collection, read);
    case 'skip-reason': return onSkipReason(ctx, template, collection, read);
    case 'extra': return onExtra(ctx, template, collection, read);
    case 'confirm': return onConfirm(ctx, template, collection, read);
    case 'edit': return onEdit(ctx, template, collection, read);
  }
}

/** Cancels the draft (also for the engine's global "batal" while a collection runs). */
export function cancelCollection(ctx: CollectionContext, collection: CollectionState): CollectionTurn {
  const template = ctx.graph.tickets[collection.template];
  const outputs: Outbound[] = [text(ctx, say(TICKET_PHRASES.cancelled, ctx.locale))];
  if (!template) return { outputs, awaiting: { kind: 'free' }, effects: [], done: 'cancelled' };
  const draft = draftOf(ctx, template, collection, 'cancelled');
  return { outputs: [{ type: 'ticket', ticket: draft }, ...outputs], awaiting: { kind: 'free' }, effects: [{ type: 'ticket-saved', ticket: draft }], done: 'cancelled' };
}

type Read = ReturnType<typeof readCollectionInput>;

function onField(ctx: CollectionContext, tpl: TicketTemplate, state: CollectionState, read: Read): CollectionTurn {
  const field = state.at ?? '';
  if (read.kind !== 'text') return miss(ctx, state, [say(TICKET_PHRASES.needText, ctx.locale), fieldQuestion(field, ctx.locale)], fieldAwaiting(field));
  const checked = checkField(field, read.text, ctx.locale, ctx.now);
  if (!checked.ok) return miss(ctx, state, [checked.message], fieldAwaiting(field));
  const next = { ...state, values: { ...state.values, [field]: checked.value }, misses: 0 };
  return advance(ctx, tpl, next, [], []);
}

function onCapture(ctx: CollectionContext, tpl: TicketTemplate, state: CollectionState, read: Read): CollectionTurn {
  const capture = tpl.captures.find((c) => c.id === state.at);
  if (!capture) return advance(ctx, tpl, state, [], []);
  const instruction = capture.instruction[ctx.locale];
  const awaiting: Awaiting = { kind: 'photo', slot: capture.id };
  if (read.kind === 'image') return addFile(ctx, tpl, state, capture.id, read, [say(TICKET_PHRASES.captureReceived, ctx.locale)]);
  if (read.kind === 'not-image') return miss(ctx, state, [say(TICKET_PHRASES.notImage, ctx.locale, { name: read.file.name ?? read.file.ref })], awaiting, skipButtons(ctx, capture.required));
  // At an optional capture, "lanjut"/"udah"/"kirim" (carry on) also means: skip this one.
  const typed = read.kind === 'text' ? typedAction(read.text) : undefined;
  const wantsSkip = (read.kind === 'action' && read.action === 'skip') || typed === 'skip' || (typed === 'send' && !capture.required);
  // An explicit "kirim"/"send" once every required capture is in: skip this optional one (noted) and send.
  if (read.kind === 'text' && /^(kirim|kirimkan|send|submit)$/i.test(read.text) && !capture.required && missingRequired(tpl, state) === undefined) {
    return finish(ctx, tpl, { ...state, skipped: { ...state.skipped, [capture.id]: say(TICKET_PHRASES.sentWithout, ctx.locale) } });
  }
  if (wantsSkip && !capture.required) {
    return reply(ctx, { ...state, phase: 'skip-reason', misses: 0 }, [say(TICKET_PHRASES.askSkipReason, ctx.locale)], { kind: 'text', slot: 'skip-reason' });
  }
  const phrase = wantsSkip ? TICKET_PHRASES.cannotSkip : TICKET_PHRASES.needPhoto;
  return miss(ctx, state, [say(phrase, ctx.locale, { instruction })], awaiting, skipButtons(ctx, capture.required));
}

function onSkipReason(ctx: CollectionContext, tpl: TicketTemplate, state: CollectionState, read: Read): CollectionTurn {
  const id = state.at ?? '';
  if (read.kind === 'image') return addFile(ctx, tpl, state, id, read, [say(TICKET_PHRASES.captureReceived, ctx.locale)]);
  if (read.kind !== 'text' || read.text.length < 2) return miss(ctx, state, [say(TICKET_PHRASES.needReason, ctx.locale)], { kind: 'text', slot: 'skip-reason' });
  const next = { ...state, skipped: { ...state.skipped, [id]: read.text.slice(0, MAX_REASON) }, misses: 0 };
  return advanceSaved(ctx, tpl, next, []);
}

function onExtra(ctx: CollectionContext, tpl: TicketTemplate, state: CollectionState, read: Read): CollectionTurn {
  if (read.kind === 'image') return addFile(ctx, tpl, state, 'extra', read, []);
  if (read.kind === 'not-image') return miss(ctx, state, [say(TICKET_PHRASES.notImage, ctx.locale, { name: read.file.name ?? read.file.ref })], { kind: 'photo', slot: 'extra' });
  if ((read.kind === 'action' && read.action === 'back') || (read.kind === 'text' && typedAction(read.text) === 'send')) return advance(ctx, tpl, { ...state, misses: 0 }, [], []);
  return miss(ctx, state, [say(TICKET_PHRASES.askExtra, ctx.locale)], { kind: 'photo', slot: 'extra' }, [button(ctx, 'back', TICKET_BUTTONS.back)]);
}

function onConfirm(ctx: CollectionContext, tpl: TicketTemplate, state: CollectionState, read: Read): CollectionTurn {
  if (read.kind === 'image') return addFile(ctx, tpl, state, 'extra', read, []);
  const action: TicketAction | undefined = read.kind === 'action' ? read.action : read.kind === 'text' ? typedAction(read.text) : undefined;
  switch (action) {
    case 'send': return finish(ctx, tpl, state);
    case 'more': return reply(ctx, { ...state, phase: 'extra', misses: 0 }, [say(TICKET_PHRASES.askExtra, ctx.locale)], { kind: 'photo', slot: 'extra' }, [button(ctx, 'back', TICKET_BUTTONS.back)]);
    case 'edit': return editMenu(ctx, tpl, state);
    default: return miss(ctx, state, [say(TICKET_PHRASES.confirmHint, ctx.locale)], { kind: 'confirm', slot: 'ticket' }, confirmButtons(ctx));
  }
}

function onEdit(ctx: CollectionContext, tpl: TicketTemplate, state: CollectionState, read: Read): CollectionTurn {
  const typedField = read.kind === 'text' ? tpl.slots.find((f) => fieldLabel(f, ctx.locale).toLowerCase() === read.text.toLowerCase() || f === read.text.toLowerCase()) : undefined;
  const field = read.kind === 'action' && read.action === 'field' ? read.arg : typedField;
  if (field && tpl.slots.includes(field)) return reply(ctx, { ...state, phase: 'field', at: field, misses: 0 }, [fieldQuestion(field, ctx.locale)], fieldAwaiting(field));
  if (read.kind === 'action' && read.action === 'captures') return advanceSaved(ctx, tpl, { ...state, files: [], skipped: {}, misses: 0 }, []);
  if (read.kind === 'action' && read.action === 'back') return advance(ctx, tpl, { ...state, misses: 0 }, [], []);
  return editMenu(ctx, tpl, state);
}

/** Asks for the next missing field, then the next capture, else shows the preview. */
function advance(ctx: CollectionContext, tpl: TicketTemplate, state: CollectionState, outputs: Outbound[], effects: Effect[]): CollectionTurn {
  const field = tpl.slots.find((f) => fieldValue(state, ctx.slots, f) === undefined);
  if (field) return withPrefix(reply(ctx, { ...state, phase: 'field', at: field }, [fieldQuestion(field, ctx.locale)], fieldAwaiting(field)), outputs, effects);
  const captureId = nextCapture(tpl, state);
  const capture = tpl.captures.find((c) => c.id === captureId);
  if (capture) {
    const n = tpl.captures.indexOf(capture) + 1;
    const lines = [say(TICKET_PHRASES.askCapture, ctx.locale, { n, total: tpl.captures.length, instruction: capture.instruction[ctx.locale] })];
    if (!capture.required) lines.push(say(TICKET_PHRASES.optionalHint, ctx.locale));
    return withPrefix(reply(ctx, { ...state, phase: 'capture', at: capture.id }, lines, { kind: 'photo', slot: capture.id }, skipButtons(ctx, capture.required)), outputs, effects);
  }
  const preview = say(TICKET_PHRASES.preview, ctx.locale, { text: ticketText(draftOf(ctx, tpl, state, 'collecting'), ctx.locale) });
  const next: CollectionState = { ...state, phase: 'confirm' };
  delete next.at;
  return withPrefix({ collection: next, outputs: [text(ctx, preview, confirmButtons(ctx), true)], awaiting: { kind: 'confirm', slot: 'ticket' }, effects: [] }, outputs, effects);
}

/** Like {@link advance}, after a change worth saving. */
function advanceSaved(ctx: CollectionContext, tpl: TicketTemplate, state: CollectionState, outputs: Outbound[]): CollectionTurn {
  return advance(ctx, tpl, state, outputs, [{ type: 'ticket-saved', ticket: draftOf(ctx, tpl, state, 'collecting') }]);
}

function addFile(ctx: CollectionContext, tpl: TicketTemplate, state: CollectionState, name: string, image: Extract<Read, { kind: 'image' }>, lines: string[]): CollectionTurn {
  const { file, sentAs } = image;
  if (state.files.length >= MAX_ATTACHMENTS) return reply(ctx, { ...state, phase: 'confirm' }, [say(TICKET_PHRASES.tooMany, ctx.locale, { max: MAX_ATTACHMENTS })], { kind: 'confirm', slot: 'ticket' }, confirmButtons(ctx));
  const entry = { name, ref: file.ref, sentAs, at: ctx.now.toISOString(), ...(file.mime ? { mime: file.mime } : {}), ...(file.permalink ? { permalink: file.permalink } : {}) };
  const next: CollectionState = { ...state, files: [...state.files, entry], misses: 0 };
  if (name !== 'extra') return advanceSaved(ctx, tpl, next, lines.map((l) => text(ctx, l)));
  const saved: Effect = { type: 'ticket-saved', ticket: draftOf(ctx, tpl, next, 'collecting') };
  const turn = reply(ctx, { ...next, phase: 'confirm' }, [say(TICKET_PHRASES.extraReceived, ctx.locale, { count: next.files.length })], { kind: 'confirm', slot: 'ticket' }, confirmButtons(ctx));
  return { ...turn, effects: [saved] };
}

/** "Kirim": ready only when every required capture is present. */
function finish(ctx: CollectionContext, tpl: TicketTemplate, state: CollectionState): CollectionTurn {
  const missing = tpl.captures.find((c) => c.id === missingRequired(tpl, state));
  if (missing) return advance(ctx, tpl, state, [text(ctx, say(TICKET_PHRASES.incomplete, ctx.locale, { instruction: missing.instruction[ctx.locale] }))], []);
  const draft = draftOf(ctx, tpl, state, 'ready');
  return {
    outputs: [{ type: 'ticket', ticket: draft }, text(ctx, say(TICKET_PHRASES.sent, ctx.locale, { id: draft.id }))],
    awaiting: { kind: 'free' },
    effects: [{ type: 'ticket-saved', ticket: draft }, { type: 'ticket-ready', ticket: draft }],
    done: 'ready',
  };
}

function editMenu(ctx: CollectionContext, tpl: TicketTemplate, state: CollectionState): CollectionTurn {
  const buttons = [
    ...tpl.slots.map((f) => ({ id: actionButtonId('field', f), label: fieldLabel(f, ctx.locale) })),
    button(ctx, 'captures', TICKET_BUTTONS.captures),
    button(ctx, 'back', TICKET_BUTTONS.back),
  ];
  return reply(ctx, { ...state, phase: 'edit', misses: 0 }, [say(TICKET_PHRASES.editWhat, ctx.locale)], { kind: 'choice' }, buttons);
}

/** The draft as it stands, with the history its status implies. */
function draftOf(ctx: CollectionContext, tpl: TicketTemplate, state: CollectionState, status: TicketStatus) {
  const history: TicketEvent[] = [{ at: state.createdAt, by: ctx.meta.userId, action: 'created' }];
  if (status !== 'collecting') history.push({ at: ctx.now.toISOString(), by: ctx.meta.userId, action: status });
  return buildDraft({ ...ctx, template: tpl }, state satisfies CollectedParts, status, history);
}

function reply(ctx: CollectionContext, state: CollectionState, lines: string[], awaiting: Awaiting, buttons: Button[] = []): CollectionTurn {
  return { collection: state, outputs: [text(ctx, lines.join('\n\n'), buttons)], awaiting, effects: [] };
}

/** A wrong answer: say what was wrong; after three in a row, also how to stop. */
function miss(ctx: CollectionContext, state: CollectionState, lines: string[], awaiting: Awaiting, buttons: Button[] = []): CollectionTurn {
  const misses = state.misses + 1;
  const all = misses >= 3 ? [...lines, say(TICKET_PHRASES.stuckHint, ctx.locale)] : lines;
  return reply(ctx, { ...state, misses }, all, awaiting, buttons);
}

function withPrefix(turn: CollectionTurn, outputs: Outbound[], effects: Effect[]): CollectionTurn {
  return { ...turn, outputs: [...outputs, ...turn.outputs], effects: [...effects, ...turn.effects] };
}

function text(ctx: CollectionContext, body: string, buttons: Button[] = [], personal = false): Outbound {
  return { type: 'text', text: body, buttons, topic: ctx.topic, personal };
}

function button(ctx: CollectionContext, action: TicketAction, label: { id: string; en: string }): Button {
  return { id: actionButtonId(action), label: label[ctx.locale] };
}

function skipButtons(ctx: CollectionContext, required: boolean): Button[] {
  return required ? [] : [button(ctx, 'skip', TICKET_BUTTONS.skip)];
}

function confirmButtons(ctx: CollectionContext): Button[] {
  return [button(ctx, 'send', TICKET_BUTTONS.send), button(ctx, 'edit', TICKET_BUTTONS.edit), button(ctx, 'more', TICKET_BUTTONS.more), button(ctx, 'cancel', TICKET_BUTTONS.cancel)];
}
