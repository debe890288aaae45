/**
 * Materialises a {@link TicketDraft} from the small collection state plus the conversation
 * context. The collection stores only what the user gave (values, file refs, skip reasons);
 * everything else is derived, so the state stays small and the draft always reflects the graph.
 */
import type { Graph, Locale, TicketTemplate, TopicId } from '../graph.js';
import type { InboundMeta } from '../messages.js';
import type { TicketDraft, TicketEvent, TicketStatus } from './draft.js';
import type { JourneyEntry } from './journey.js';
import { composeDescription } from './description.js';
import { isIdentityField } from './fields.js';

/** What the collection keeps about received files. */
export interface CollectedFile { name: string; ref: string; mime?: string | undefined; permalink?: string | undefined; sentAs?: 'photo' | 'document' | undefined; at: string }

/** The user-given parts of a draft, as the collection state holds them. */
export interface CollectedParts {
  draftId: string;
  createdAt: string;
  values: Record<string, string>;
  files: CollectedFile[];
  skipped: Record<string, string>;
}

/** Everything a draft is built from besides the collected parts. */
export interface DraftSource {
  graph: Graph;
  template: TicketTemplate;
  locale: Locale;
  now: Date;
  meta: InboundMeta;
  slots: Record<string, string>;
  journey: JourneyEntry[];
  topic: TopicId;
}

/** The value of a template field: what the user typed in the collection, else the flow's slot. */
export function fieldValue(parts: CollectedParts, slots: Record<string, string>, field: string): string | undefined {
  const value = parts.values[field] ?? slots[field];
  return value === undefined || value === '' ? undefined : value;
}

/** Builds the draft with `status`; `history` lists the status changes so far. */
export function buildDraft(src: DraftSource, parts: CollectedParts, status: TicketStatus, history: TicketEvent[]): TicketDraft {
  const { template, locale } = src;
  const composed = composeDescription(src.graph, template, src.journey, src.topic, locale);
  const identity: TicketDraft['identity'] = {};
  for (const field of template.slots) {
    const value = fieldValue(parts, src.slots, field);
    // NIK is personal data: it enters the draft only when the template asks for it.
    if (value !== undefined && isIdentityField(field)) identity[field] = value;
  }
  return {
    id: parts.draftId,
    service: '15.1',
    status,
    template: template.id,
    category: template.category[locale],
    summary: template.title[locale],
    description: composed.description,
    report: composed.report,
    steps: composed.steps,
    identity,
    captures: template.captures.map((c) => ({
      id: c.id,
      instruction: c.instruction[locale].replace(/\*\*/g, ''), // plain: the service desk has no markup
      required: c.required,
      ...(parts.skipped[c.id] !== undefined ? { skippedReason: parts.skipped[c.id] } : {}),
    })),
    attachments: parts.files.map((f) => ({
      name: f.name, ref: f.ref, channel: src.meta.channel, receivedAt: f.at,
      ...(f.mime ? { mime: f.mime } : {}), ...(f.permalink ? { permalink: f.permalink } : {}), ...(f.sentAs ? { sentAs: f.sentAs } : {}),
    })),
    userId: src.meta.userId,
    channel: src.meta.channel,
    locale,
    createdAt: parts.createdAt,
    updatedAt: src.now.toISOString(),
    history,
  };
}

/** The first required capture with no file (skipping is only for optional ones), if any. */
export function missingRequired(template: TicketTemplate, parts: CollectedParts): string | undefined {
  return template.captures.find((c) => c.required && !parts.files.some((f) => f.name === c.id))?.id;
}

/** The next capture to ask for: no file and not skipped. */
export function nextCapture(template: TicketTemplate, parts: CollectedParts): string | undefined {
  return template.captures.find((c) => !parts.files.some((f) => f.name === c.id) && parts.skipped[c.id] === undefined)?.id;
}
