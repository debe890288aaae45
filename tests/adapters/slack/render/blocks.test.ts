import { describe, expect, it } from 'vitest';
import { renderOutputs } from '../../../../src/adapters/slack/render/blocks.js';
import type { Outbound } from '../../../../src/dialogs/messages.js';
import { ticketWith } from '../scripted-turns.js';

const opts = { graphVersion: 'abcdef123', locale: 'id' as const };
const text = (t: string, buttons: { id: string; label: string; url?: string }[] = []): Outbound => ({ type: 'text', text: t, buttons, personal: false });

type AnyBlock = { type: string; text?: { text: string }; elements?: { action_id: string; value?: string; url?: string; text: { text: string } }[] };

describe('Slack Block Kit rendering', () => {
  it('renders sections and buttons with unique action ids and versioned values', () => {
    const [message] = renderOutputs([text('Pilih:', [{ id: 'a', label: 'A' }]), text('Atau:', [{ id: 'b', label: 'B' }, { id: 'u', label: 'Buka', url: 'https://x.test' }])], opts);
    const blocks = message?.blocks as AnyBlock[];
    expect(blocks.map((b) => b.type)).toEqual(['section', 'actions', 'section', 'actions']);
    const elements = blocks.flatMap((b) => b.elements ?? []);
    expect(elements.map((e) => e.action_id)).toEqual(['ds.b.0', 'ds.b.1', 'ds.link.2']);
    expect(elements[0]?.value).toBe('v1|abcdef|a');
    expect(elements[2]).toMatchObject({ url: 'https://x.test' });
    expect(elements[2]?.value).toBeUndefined();
    expect(message?.text).toBe('Pilih:\n\nAtau:');
  });

  it('splits a long text into sections of at most 3000 characters', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Paragraf ${i} ${'isi '.repeat(60)}`).join('\n\n');
    const [message] = renderOutputs([text(long)], opts);
    const sections = (message?.blocks as AnyBlock[]).filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(3);
    expect(sections.every((s) => (s.text?.text.length ?? 0) <= 3000)).toBe(true);
    expect(message?.text.length).toBeLessThanOrEqual(3000);
  });

  it('never puts more than 50 blocks or 25 buttons in one place', () => {
    const many = Array.from({ length: 60 }, (_, i) => text(`Langkah ${i}`));
    const messages = renderOutputs([...many, text('Tombol', Array.from({ length: 30 }, (_, i) => ({ id: `b${i}`, label: `B${i}` })))], opts);
    expect(messages.length).toBe(2);
    expect(messages.every((m) => m.blocks.length <= 50)).toBe(true);
    const actions = messages.flatMap((m) => m.blocks as AnyBlock[]).filter((b) => b.type === 'actions');
    expect(actions.map((a) => a.elements?.length)).toEqual([25, 5]);
    const ids = actions.flatMap((a) => a.elements ?? []).map((e) => e.action_id);
    expect(new Set(ids).size).toBe(30);
  });

  it('truncates long button labels to Slack’s 75 characters', () => {
    const [message] = renderOutputs([text('x', [{ id: 'a', label: 'L'.repeat(100) }])], opts);
    const button = (message?.blocks as AnyBlock[])[1]?.elements?.[0];
    expect(button?.text.text.length).toBe(75);
  });

  it('always has a plain text fallback, even with buttons only', () => {
    const [message] = renderOutputs([text('', [{ id: 'a', label: 'Ya' }, { id: 'b', label: 'Tidak' }])], opts);
    expect(message?.text).toBe('Ya · Tidak');
    expect(renderOutputs([], opts)).toEqual([]);
  });

  it('renders a ticket card without identity fields', () => {
    const [message] = renderOutputs([{ type: 'ticket', ticket: ticketWith('slack:U1') }], opts);
    const json = JSON.stringify(message);
    expect(json).toContain('Draf tiket layanan 15.1');
    expect(json).toContain('&lt;urgent&gt;');
    expect(json).not.toContain('198001012006041001');
    expect(json).not.toContain('a@kemenkeu.go.id');
  });

  it('puts a footer hint under the last message only', () => {
    const many = Array.from({ length: 50 }, (_, i) => text(`Langkah ${i}`));
    const messages = renderOutputs(many, { ...opts, footer: 'petunjuk' });
    expect(messages.length).toBe(2);
    expect(messages[1]?.blocks).toEqual([{ type: 'context', elements: [{ type: 'mrkdwn', text: 'petunjuk' }] }]);
    expect(messages[1]?.text).toBe('petunjuk');
    const [one] = renderOutputs([text('Kirim gambar')], { ...opts, footer: 'petunjuk' });
    expect(one?.blocks.map((b) => b.type)).toEqual(['section', 'context']);
    expect(one?.text).toBe('Kirim gambar');
  });
});
