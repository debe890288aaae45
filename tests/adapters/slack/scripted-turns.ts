/**
 * A small scripted TurnHandler standing in for the engine: a real function with per-conversation
 * state that answers with buttons, prompts, personal outputs and a ticket, and can fail or be
 * slow on demand. It records what it was called with.
 */
import type { Inbound, InboundMeta, Outbound } from '../../../src/dialogs/messages.js';
import { TicketDraft } from '../../../src/dialogs/tickets/draft.js';
import type { TurnHandler, TurnResult } from '../../../src/dialogs/turn.js';

/** One recorded call. */
export interface ScriptedCall {
  key: string;
  input: Inbound;
  meta: InboundMeta;
}

const text = (t: string, buttons: { id: string; label: string; url?: string }[] = [], personal = false): Outbound => ({ type: 'text', text: t, buttons, personal });

/** The menu every conversation starts from. */
export const MENU_BUTTONS = [
  { id: 'topic:login', label: 'Tidak bisa login' },
  { id: 'topic:forgot-password', label: 'Lupa password' },
  { id: 'guide', label: 'Panduan', url: 'https://example.test/panduan?a=1&b=2' },
];

/** Builds the scripted handler and the list of its calls. */
export function scriptedTurns(): { handleTurn: TurnHandler; calls: ScriptedCall[] } {
  const calls: ScriptedCall[] = [];
  const awaiting = new Map<string, 'free' | 'nip' | 'photo'>();
  const handleTurn: TurnHandler = async (key, input, meta) => {
    calls.push({ key, input, meta });
    const state = awaiting.get(key) ?? 'free';
    const done = (outputs: Outbound[], next: 'free' | 'nip' | 'photo'): TurnResult => {
      awaiting.set(key, next);
      return { outputs, awaiting: { kind: next }, effects: [] };
    };
    const menu = (): TurnResult => done([text('Halo! Pilih **topik** bantuan:', MENU_BUTTONS)], 'free');
    if (input.type === 'command' || (input.type === 'text' && input.text === 'mulai')) return menu();
    if (input.type === 'button') {
      if (input.id === 'topic:forgot-password') return done([text('Ketik **NIP** Anda (18 digit).')], 'nip');
      if (input.id.startsWith('topic:')) return done([text(`Topik ${input.id.slice(6)} dipilih.`, [{ id: 'menu', label: 'Menu' }])], 'free');
      return menu();
    }
    if (input.type === 'photo') {
      if (state !== 'photo') return done([text('Gambar diterima, tetapi saat ini tidak diminta.')], state);
      return done([{ type: 'ticket', ticket: ticketWith(meta.userId, input.file.ref, input.file.permalink) }, text(`Tangkapan layar **${input.file.name ?? input.file.ref}** diterima.`)], 'free');
    }
    if (input.type === 'document') return done([text('Mohon kirim **gambar** (PNG/JPG), bukan dokumen.')], state);
    if (input.text === 'boom') throw new Error('store unavailable');
    if (input.text.startsWith('lambat')) await new Promise((r) => setTimeout(r, 150));
    if (state === 'nip') {
      if (!/^\d{18}$/.test(input.text)) return done([text('NIP harus 18 digit angka. Coba lagi.')], 'nip');
      return done([text(`NIP **${input.text}** tercatat.`, [], true), text('Kirim tangkapan layar pesan galat.')], 'photo');
    }
    return done([text(`Anda menulis: ${input.text}`)], 'free');
  };
  return { handleTurn, calls };
}

/** A ticket draft as the engine would make it. */
export function ticketWith(userId: string, ref = 'F1', permalink?: string): TicketDraft {
  const now = '2026-01-01T00:00:00.000Z';
  // Parsed, so defaults the model gains later are filled in.
  return TicketDraft.parse({
    id: 'TKT-1',
    service: '15.1',
    status: 'ready',
    template: 'forgot-password',
    category: 'Lupa password',
    summary: 'Lupa password AMS <urgent> & terkunci',
    description: '…',
    identity: { nip: '198001012006041001', email: 'a@kemenkeu.go.id' },
    captures: [{ id: 'error', instruction: 'Pesan galat', required: true }],
    attachments: [{ name: 'error', ref, channel: 'slack', receivedAt: now, ...(permalink ? { permalink } : {}) }],
    userId,
    channel: 'slack',
    locale: 'id',
    createdAt: now,
    updatedAt: now,
    history: [],
  });
}
