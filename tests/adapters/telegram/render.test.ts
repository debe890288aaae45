import { describe, expect, it } from 'vitest';
import { CallbackCodec } from '../../../src/adapters/telegram/callback-data.js';
import { inlineKeyboard } from '../../../src/adapters/telegram/keyboard.js';
import { renderOutputs } from '../../../src/adapters/telegram/render.js';
import type { TicketDraft } from '../../../src/dialogs/tickets/draft.js';

const codec = new CallbackCodec('0123456789');

describe('rendering engine outputs for Telegram', () => {
  it('pairs short labels, gives long ones a row, and turns URLs into link buttons', () => {
    const keyboard = inlineKeyboard(
      [
        { id: 'opt:yes', label: 'Ya' },
        { id: 'opt:no', label: 'Tidak' },
        { id: 'opt:long', label: 'Pilihan yang labelnya cukup panjang' },
        { id: 'link', label: 'Portal', url: 'https://portal-bsre.bssn.go.id' },
        { id: 'bad', label: 'Bukan tautan', url: 'javascript:alert(1)' },
      ],
      codec,
    );
    expect(keyboard?.inline_keyboard).toEqual([
      [{ text: 'Ya', callback_data: 'v1|012345|opt:yes' }, { text: 'Tidak', callback_data: 'v1|012345|opt:no' }],
      [{ text: 'Pilihan yang labelnya cukup panjang', callback_data: 'v1|012345|opt:long' }],
      [{ text: 'Portal', url: 'https://portal-bsre.bssn.go.id' }, { text: 'Bukan tautan', callback_data: 'v1|012345|bad' }],
    ]);
    expect(inlineKeyboard([], codec)).toBeUndefined();
  });

  it('never sends an empty text and keeps buttons on the last part', () => {
    const [message] = renderOutputs([{ type: 'text', text: '   ', buttons: [{ id: 'menu', label: 'Menu' }], personal: false }], codec, 'id');
    expect(message?.html).toBe('…');
    expect(message?.keyboard).toBeDefined();
  });

  it('shows a ticket card once the draft is ready, marked personal, and stays quiet while collecting', () => {
    const ticket = {
      id: 'T-7', service: '15.1', status: 'ready', template: 't', category: 'c', summary: 'Email <BSSN> tidak diterima',
      description: '', report: '', steps: [], identity: {}, captures: [], userId: 'telegram:1', channel: 'telegram',
      locale: 'id', createdAt: '', updatedAt: '', history: [],
      attachments: [{ name: 'inbox', ref: 'F1', channel: 'telegram', receivedAt: '' }],
    } as TicketDraft;
    const [card] = renderOutputs([{ type: 'ticket', ticket }], codec, 'id');
    expect(card).toEqual({ html: '🎫 <b>Draf tiket T-7</b> (ready)\nEmail &lt;BSSN&gt; tidak diterima\n📎 1', personal: true });
    expect(renderOutputs([{ type: 'ticket', ticket: { ...ticket, status: 'collecting' } }], codec, 'id')).toEqual([]);
  });
});
