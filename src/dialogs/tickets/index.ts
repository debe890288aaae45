/**
 * Service-desk ticket drafts (layanan 15.1): the draft model, its collection in a conversation
 * (fields, captures, preview, confirmation) and its service-desk text.
 */
export { Attachment, RequiredCapture, TicketDraft, TicketEvent, TicketStatus } from './draft.js';
export { ticketText, type TicketTextOptions } from './text.js';
export { maskDigits } from './mask.js';
export { JourneyEntry } from './journey.js';
