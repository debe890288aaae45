/**
 * The compiled conversation graph: the engine's input contract.
 *
 * `src/kb` compiles the flow files into a value of {@link Graph} (written to `dist/graph.json`
 * by `npm run build`); the engine and the router only ever read this IR, never flow files.
 * Every piece of user-facing text is a {@link LocalizedText} with both languages present.
 *
 * Text uses a light markup that every adapter knows how to render:
 * `**bold**`, `[label](https://url)`, blank line = paragraph break, `\n` = line break.
 */
import { z } from 'zod';

/** The stable topic ids of the contract (see shared/design.md). */
export const TOPIC_IDS = [
  'login', 'forgot-password', 'otp-setup', 'update-password', 'register', 'register-failed',
  'set-passphrase', 'reset-passphrase', 'renewal', 'check-status', 'profile', 'no-email',
  'signing-stuck', 'nik-mismatch', 'recommendation-letter', 'email-rules', 'ticket',
  'greeting', 'thanks', 'unknown',
] as const;
export const TopicId = z.enum(TOPIC_IDS);
export type TopicId = z.infer<typeof TopicId>;

export const LOCALES = ['id', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** A text in Indonesian and English (light markup, see module doc). */
export const LocalizedText = z.object({ id: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A link to a portal or page; always https. */
export const Link = z.object({ label: LocalizedText, url: z.string().url().startsWith('https://') });
export type Link = z.infer<typeof Link>;

/** What a typed prompt accepts. `photo` is a screenshot/capture; `confirm` is yes/no. */
export const PromptKind = z.enum(['text', 'nip', 'nik', 'email', 'date', 'photo', 'confirm']);
export type PromptKind = z.infer<typeof PromptKind>;

/**
 * Named checks a `text` prompt may apply on top of its kind (the guide's AMS profile rules).
 * `profile-name`: Nama; `profile-position`: Jabatan; `profile-unit`: Unit Organisasi.
 * With `collect: true` on the prompt, violations are recorded instead of reprompting
 * (the "cek profil" flow reports them all at the end).
 */
export const FieldRule = z.enum(['profile-name', 'profile-position', 'profile-unit']);
export type FieldRule = z.infer<typeof FieldRule>;

/** One button of a choice step. `id` is unique within the step. */
export const Option = z.object({
  id: z.string().min(1),
  label: LocalizedText,
  /** Extra words (both languages) that select this option when typed as free text. */
  synonyms: z.array(z.string()).default([]),
  goto: z.string(),
});
export type Option = z.infer<typeof Option>;

/** A typed prompt: fills `slot` with what the user types (or the capture reference for photo). */
export const Prompt = z.object({
  kind: PromptKind,
  slot: z.string().min(1),
  rule: FieldRule.optional(),
  /** Record rule violations and go on instead of reprompting (see {@link FieldRule}). */
  collect: z.boolean().default(false),
  /** Example of a valid answer, shown in reprompts. */
  example: LocalizedText.optional(),
  goto: z.string(),
  /** For `confirm`: where "no" goes (`goto` is "yes"). */
  gotoNo: z.string().optional(),
});
export type Prompt = z.infer<typeof Prompt>;

/**
 * A condition on slots, evaluated by the engine.
 * - `equals`: slot equals one of `values` (case-insensitive), e.g. a certificate status;
 * - `date-before-today` / `date-after-today`: a date slot (ISO yyyy-mm-dd) compared with today;
 * - `profile-valid`: no violations were collected by the profile rules;
 * - `filled`: the slot has a value.
 */
export const Condition = z.discriminatedUnion('op', [
  z.object({ op: z.literal('equals'), slot: z.string(), values: z.array(z.string()).min(1) }),
  z.object({ op: z.literal('date-before-today'), slot: z.string() }),
  z.object({ op: z.literal('date-after-today'), slot: z.string() }),
  z.object({ op: z.literal('profile-valid') }),
  z.object({ op: z.literal('filled'), slot: z.string() }),
]);
export type Condition = z.infer<typeof Condition>;

export const BranchCase = z.object({ when: Condition, goto: z.string() });
export type BranchCase = z.infer<typeof BranchCase>;

/** Why a conversation path ends. */
export const Terminal = z.discriminatedUnion('kind', [
  /** The user's problem is solved by self-help. */
  z.object({ kind: z.literal('resolved') }),
  /** Self-help ends: draft a service-desk ticket from `template`. */
  z.object({ kind: z.literal('ticket'), template: z.string() }),
  /**
   * The user must wait for an email from BSSN; `ifMissing` is where "it did not come" leads.
   * `from` is the sender address, present only where the guide names it (noreply@bsre.id).
   */
  z.object({
    kind: z.literal('wait-email'),
    from: z.string().email().optional(),
    subject: LocalizedText,
    ifMissing: z.string(),
  }),
]);
export type Terminal = z.infer<typeof Terminal>;

/**
 * A step: an optional message, then exactly one way forward:
 * `options` (buttons), `prompt` (typed input), `branch` (conditions + `otherwise`),
 * `goto` (continue at once), or `end` (terminal).
 */
export const Step = z.object({
  id: z.string().min(1),
  topic: TopicId,
  message: LocalizedText.optional(),
  links: z.array(Link).default([]),
  options: z.array(Option).optional(),
  prompt: Prompt.optional(),
  branch: z.object({ cases: z.array(BranchCase).min(1), otherwise: z.string() }).optional(),
  goto: z.string().optional(),
  end: Terminal.optional(),
  /** Where the step is defined (flow file, line), for diagnostics and the graph picture. */
  source: z.object({ file: z.string(), line: z.number().int() }).optional(),
});
export type Step = z.infer<typeof Step>;

/** A required or optional screenshot for a ticket. */
export const CaptureSpec = z.object({
  id: z.string().min(1),
  instruction: LocalizedText,
  required: z.boolean().default(true),
});
export type CaptureSpec = z.infer<typeof CaptureSpec>;

/** A service-desk ticket template (layanan 15.1). */
export const TicketTemplate = z.object({
  id: z.string().min(1),
  service: z.literal('15.1'),
  category: LocalizedText,
  title: LocalizedText,
  /** Slots copied into the ticket, in order (e.g. name, nip, email, nik). */
  slots: z.array(z.string()),
  captures: z.array(CaptureSpec).min(1),
});
export type TicketTemplate = z.infer<typeof TicketTemplate>;

export const Topic = z.object({
  id: TopicId,
  title: LocalizedText,
  /** Example questions, used to train the router. At least one per language for routable topics. */
  examples: z.object({ id: z.array(z.string()), en: z.array(z.string()) }),
  /** Keywords and synonyms (any language, slang welcome) that point to this topic. */
  keywords: z.array(z.string()).default([]),
  /** The guide's key facts the first message states (checked by the compiler). */
  facts: z.object({ id: z.array(z.string()), en: z.array(z.string()) }).optional(),
  start: z.string(),
  /** Shown as a button in the topic menu. */
  inMenu: z.boolean().default(true),
});
export type Topic = z.infer<typeof Topic>;

export const Graph = z.object({
  /** Content hash of the compiled graph; changes whenever the flows change (stale buttons). */
  version: z.string().min(4),
  /** Menu order. */
  menu: z.array(TopicId),
  topics: z.record(z.string(), Topic),
  steps: z.record(z.string(), Step),
  tickets: z.record(z.string(), TicketTemplate),
});
export type Graph = z.infer<typeof Graph>;

/** Parses and checks a compiled graph (e.g. `dist/graph.json`); throws a ZodError when invalid. */
export function parseGraph(json: unknown): Graph {
  return Graph.parse(json);
}
