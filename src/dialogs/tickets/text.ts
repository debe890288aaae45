/**
 * The service-desk text of a ticket draft: layanan 15.1, fields in a fixed order, plain text,
 * pasteable as is into servicedesk.kemenkeu.go.id.
 */
import type { Locale } from '../graph.js';
import type { TicketDraft } from './draft.js';
import { maskDigits } from './mask.js';

/** How to render: `maskNik` hides the NIK (group previews); the service desk needs it in full. */
export interface TicketTextOptions {
  maskNik?: boolean;
}

const LABELS = {
  id: {
    service: 'Layanan', category: 'Kategori', summary: 'Ringkasan', name: 'Nama', nip: 'NIP', email: 'Email',
    nik: 'NIK', description: 'Deskripsi', steps: 'Langkah yang sudah dilakukan', attachments: 'Lampiran',
    none: '-', attached: 'terlampir', missing: 'BELUM ADA', skipped: 'dilewati, alasan', extra: 'Capture tambahan',
    required: 'wajib', optional: 'opsional', noSteps: '(belum ada)',
  },
  en: {
    service: 'Service', category: 'Category', summary: 'Summary', name: 'Name', nip: 'NIP', email: 'Email',
    nik: 'NIK', description: 'Description', steps: 'Steps already taken', attachments: 'Attachments',
    none: '-', attached: 'attached', missing: 'MISSING', skipped: 'skipped, reason', extra: 'Extra capture',
    required: 'required', optional: 'optional', noSteps: '(none)',
  },
} as const;

/** The service-desk text of `draft`, labels in `locale`. */
export function ticketText(draft: TicketDraft, locale: Locale, options: TicketTextOptions = {}): string {
  const l = LABELS[locale];
  const id = draft.identity;
  const lines = [
    `${l.service}: ${draft.service}`,
    `${l.category}: ${draft.category}`,
    `${l.summary}: ${draft.summary}`,
    `${l.name}: ${id.name ?? l.none}`,
    `${l.nip}: ${id.nip ?? l.none}`,
    `${l.email}: ${id.email ?? l.none}`,
  ];
  if (id.nik) lines.push(`${l.nik}: ${options.maskNik ? maskDigits(id.nik) : id.nik}`);
  lines.push(`${l.description}:`, draft.report || draft.description);
  lines.push(`${l.steps}:`, ...(draft.steps.length > 0 ? draft.steps.map((s, i) => `${i + 1}. ${s}`) : [l.noSteps]));
  lines.push(`${l.attachments}:`, ...attachmentLines(draft, locale));
  return lines.join('\n');
}

/** One line per required/optional capture, then the extras. */
function attachmentLines(draft: TicketDraft, locale: Locale): string[] {
  const l = LABELS[locale];
  const lines = draft.captures.map((capture, i) => {
    const files = draft.attachments.filter((a) => a.name === capture.id);
    const kind = capture.required ? l.required : l.optional;
    const state = files.length > 0
      ? `${l.attached} (${files.map((f, n) => fileLabel(f.ref, f.mime, capture.id, n)).join(', ')})`
      : capture.skippedReason !== undefined ? `${l.skipped}: ${capture.skippedReason}` : l.missing;
    return `${i + 1}. ${capture.instruction} [${kind}]: ${state}`;
  });
  const extras = draft.attachments.filter((a) => !draft.captures.some((c) => c.id === a.name));
  extras.forEach((f, n) => lines.push(`${lines.length + 1}. ${l.extra}: ${l.attached} (${fileLabel(f.ref, f.mime, 'extra', n)})`));
  return lines.length > 0 ? lines : [l.none];
}

/** A readable file name: channel refs (Telegram file_id) mean nothing to the service desk. */
function fileLabel(ref: string, mime: string | undefined, base: string, n: number): string {
  const name = ref.split(/[\\/]/).pop() ?? ref;
  if (/\.[a-z0-9]{2,5}$/i.test(name) && name.length <= 60) return name;
  const ext = mime?.split('/')[1]?.replace('jpeg', 'jpg') ?? 'jpg';
  return `${base}-${n + 1}.${ext}`;
}
