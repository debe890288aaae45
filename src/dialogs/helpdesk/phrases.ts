/**
 * What the helpdesk queue tells the employee (in the employee's language) and writes on the
 * helpdesk boards (Indonesian: the helpdesk team's working language).
 */
import type { Locale } from '../graph.js';
import { fillPhrase, type Phrase } from '../phrases.js';
import type { TicketDraft, TicketEvent } from '../tickets/draft.js';

/** Messages to the employee, one per helpdesk action. */
export const EMPLOYEE_PHRASES = {
  claimed: {
    id: 'Tiket **{id}** ({summary}) sedang ditangani oleh tim helpdesk.',
    en: 'Ticket **{id}** ({summary}) is now being handled by the helpdesk team.',
  },
  escalated: {
    id: 'Tiket **{id}** sudah dieskalasi ke Service Desk (layanan 15.1) dengan nomor **{note}**. Simpan nomor ini untuk menanyakan perkembangannya.',
    en: 'Ticket **{id}** has been escalated to the Service Desk (service 15.1) as number **{note}**. Keep this number to follow it up.',
  },
  'info-requested': {
    id: 'Helpdesk memerlukan info tambahan untuk tiket **{id}**:\n\n{note}\n\nBalas dengan pesan Anda berikutnya (jangan kirim password, PIN, atau kode OTP).',
    en: 'The helpdesk needs more information for ticket **{id}**:\n\n{note}\n\nReply with your next message (never send a password, PIN or OTP code).',
  },
  closed: {
    id: 'Tiket **{id}** sudah selesai. Catatan helpdesk: {note}',
    en: 'Ticket **{id}** is closed. Helpdesk note: {note}',
  },
  answerForwarded: {
    id: 'Terima kasih, jawaban Anda sudah diteruskan ke helpdesk (tiket **{id}**).',
    en: 'Thank you, your answer has been forwarded to the helpdesk (ticket **{id}**).',
  },
  answerHadSecret: {
    id: 'Pesan Anda tampaknya berisi password, PIN, atau kode OTP, jadi tidak saya teruskan. Jangan pernah membagikannya; segera ganti jika sudah terkirim. Tulis jawaban Anda tanpa data rahasia.',
    en: 'Your message seems to contain a password, PIN or OTP code, so I did not forward it. Never share these; change it at once if it was sent. Write your answer without secrets.',
  },
} satisfies Record<string, Phrase>;

/** One line for the boards about a ticket event. */
export function boardEventLine(draft: TicketDraft, event: TicketEvent): string {
  const note = event.note ?? '';
  switch (event.action) {
    case 'claimed': return `Tiket ${draft.id} diambil oleh ${event.by}.`;
    case 'escalated': return `Tiket ${draft.id} dieskalasi oleh ${event.by}, nomor Service Desk: ${note}.`;
    case 'info-requested': return `${event.by} meminta info untuk tiket ${draft.id}: ${note}`;
    case 'info-received': return `Jawaban pegawai untuk tiket ${draft.id}: ${note}`;
    case 'closed': return `Tiket ${draft.id} ditutup oleh ${event.by}: ${note}`;
    default: return `Tiket ${draft.id}: ${event.action}${note ? ` (${note})` : ''}`;
  }
}

/** Status names on the boards. */
export const STATUS_LABEL: Record<TicketDraft['status'], string> = {
  collecting: 'sedang dilengkapi', ready: 'baru, belum diambil', claimed: 'sedang ditangani',
  'info-requested': 'menunggu info pegawai', escalated: 'sudah dieskalasi', closed: 'selesai', cancelled: 'dibatalkan',
};

/** The employee's message for a helpdesk event, or undefined for events they need not hear about. */
export function employeeMessage(draft: TicketDraft, event: TicketEvent, locale: Locale): string | undefined {
  const phrase = (EMPLOYEE_PHRASES as Record<string, Phrase>)[event.action];
  if (!phrase || event.action === 'answerForwarded') return undefined;
  return fill(phrase, locale, { id: draft.id, summary: draft.summary, note: event.note ?? '' });
}

/** The phrase in `locale` with `{placeholders}` filled. */
export function fill(phrase: Phrase, locale: Locale, vars: Record<string, string>): string {
  return fillPhrase(phrase, locale, vars);
}
