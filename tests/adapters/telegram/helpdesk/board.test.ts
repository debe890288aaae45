import { describe, expect, it } from 'vitest';
import { draftHtml, helpdeskKeyboard } from '../../../../src/adapters/telegram/helpdesk/board.js';
import type { TicketDraft } from '../../../../src/dialogs/tickets/draft.js';
import { readyEffects } from '../../../dialogs/fixtures/helpdesk-kit.js';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
function draft(patch: Partial<TicketDraft> = {}): TicketDraft {
  const effect = readyEffects('telegram:42', ID).at(-1)!;
  if (effect.type !== 'ticket-ready') throw new Error('no ready draft');
  return { ...effect.ticket, ...patch };
}

describe('Telegram helpdesk board rendering', () => {
  it('offers the actions of each status in callback data within 64 bytes', () => {
    const labels = (d: TicketDraft) => helpdeskKeyboard(d)?.inline_keyboard.flat().map((b) => b.text) ?? [];
    expect(labels(draft())).toEqual(['Ambil', 'Sudah dieskalasi', 'Minta info', 'Selesai']);
    expect(labels(draft({ status: 'claimed' }))).toEqual(['Sudah dieskalasi', 'Minta info', 'Selesai']);
    expect(labels(draft({ status: 'escalated' }))).toEqual(['Minta info', 'Selesai']);
    expect(helpdeskKeyboard(draft({ status: 'closed' }))).toBeUndefined();
    for (const button of helpdeskKeyboard(draft({ history: Array(999).fill({ at: '', by: '', action: 'x' }) }))!.inline_keyboard.flat()) {
      expect(Buffer.byteLength((button as { callback_data: string }).callback_data)).toBeLessThanOrEqual(64);
    }
  });

  it('escapes HTML, masks the NIK in posts and stays within the message limit', () => {
    const d = draft({ summary: '<b>x</b> & y', identity: { name: 'Siti', nik: '3173014501900002' }, report: 'z'.repeat(5000) });
    const html = draftHtml(d, { maskNik: true });
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt; &amp; y');
    expect(html).toContain('NIK: 3173**********02');
    expect(html.length).toBeLessThan(4096);
    expect(draftHtml(d, { maskNik: false })).toContain('NIK: 3173014501900002');
  });
});
