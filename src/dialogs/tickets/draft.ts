/**
 * The service-desk ticket draft (layanan 15.1) that ds-helpdesk composes where self-help ends.
 * Never holds a secret; NIK only when the template asks for it.
 */
import { z } from 'zod';

export const TicketStatus = z.enum(['collecting', 'ready', 'claimed', 'info-requested', 'escalated', 'closed', 'cancelled']);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** A received capture (screenshot) or other attachment, by channel file reference. */
export const Attachment = z.object({
  /** Which required capture this satisfies (`CaptureSpec.id`), or `extra`. */
  name: z.string(),
  ref: z.string(),
  channel: z.string(),
  mime: z.string().optional(),
  permalink: z.string().optional(),
  /** How the channel delivered it (Telegram re-sends a photo and a document differently). */
  sentAs: z.enum(['photo', 'document']).optional(),
  receivedAt: z.string(),
});
export type Attachment = z.infer<typeof Attachment>;

export const RequiredCapture = z.object({
  id: z.string(),
  instruction: z.string(),
  required: z.boolean(),
  /** Set when the user skipped an optional capture, with the reason they gave. */
  skippedReason: z.string().optional(),
});
export type RequiredCapture = z.infer<typeof RequiredCapture>;

export const TicketEvent = z.object({
  at: z.string(),
  by: z.string(),
  action: z.string(),
  note: z.string().optional(),
});
export type TicketEvent = z.infer<typeof TicketEvent>;

export const TicketDraft = z.object({
  id: z.string(),
  service: z.literal('15.1'),
  status: TicketStatus,
  template: z.string(),
  category: z.string(),
  summary: z.string(),
  /** Composed from the conversation: what was reported and the self-help steps already done. */
  description: z.string(),
  /** What the employee reported (the problem in one or two sentences); part of `description`. */
  report: z.string().default(''),
  /** The self-help steps already done, each with the answer given; part of `description`. */
  steps: z.array(z.string()).default([]),
  identity: z.object({
    name: z.string().optional(),
    nip: z.string().optional(),
    email: z.string().optional(),
    nik: z.string().optional(),
  }),
  captures: z.array(RequiredCapture),
  attachments: z.array(Attachment),
  /** Where the employee talks to us, to notify them: e.g. `telegram:123`. */
  userId: z.string(),
  channel: z.string(),
  locale: z.enum(['id', 'en']),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Service-desk ticket number once escalated. */
  serviceDeskNumber: z.string().optional(),
  assignee: z.string().optional(),
  history: z.array(TicketEvent).default([]),
  /** A question from the helpdesk waiting for the employee's answer ("Minta info"). */
  pendingQuestion: z.string().optional(),
});
export type TicketDraft = z.infer<typeof TicketDraft>;
