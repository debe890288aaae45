/**
 * The clarifying turn on the real guide and the shipped router: an unsure question gets
 * "Maksud Anda…?" with the likeliest topics and "Bukan, lihat menu"; the answer (a button, a
 * typed number or title) starts that topic and is recorded for the maintainers; anything else is
 * simply the next question.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/dialogs/graph.js';
import type { Effect } from '../../../src/dialogs/turn.js';
import { Conversation, realGraph } from './real-graph.js';

let graph: Graph;
beforeAll(async () => { graph = await realGraph(); });

/** A question the router is unsure about (a single word the guide uses in many topics). */
const VAGUE = 'sertifikat';

const buttons = (c: Conversation) => c.last.outputs.flatMap((o) => (o.type === 'text' ? o.buttons : []));
const clarified = (c: Conversation): Effect[] => c.last.effects.filter((e) => e.type === 'clarified');

describe('clarifying turn', () => {
  it('asks which topic is meant, with two or three topic buttons and "Bukan, lihat menu"', () => {
    const c = new Conversation(graph).play(VAGUE);
    expect(c.said).toContain('Maksud Anda');
    const ids = buttons(c).map((b) => b.id);
    expect(ids.at(-1)).toBe('menu');
    expect(buttons(c).at(-1)!.label).toBe('Bukan, lihat menu');
    const topics = ids.filter((id) => id.startsWith('topic:'));
    expect(topics.length).toBeGreaterThanOrEqual(2);
    expect(topics.length).toBeLessThanOrEqual(3);
    expect(c.last.effects).toContainEqual(expect.objectContaining({ type: 'routed', outcome: 'clarify', text: VAGUE }));
    expect(c.last.awaiting.kind).toBe('free');
  });

  it('a pressed topic starts it and records the choice', () => {
    const c = new Conversation(graph).play(VAGUE);
    const first = buttons(c)[0]!;
    c.play({ type: 'button', id: first.id });
    const topic = first.id.slice('topic:'.length);
    expect(c.last.outputs[0]).toMatchObject({ type: 'text', topic });
    expect(clarified(c)).toEqual([{ type: 'clarified', text: VAGUE, chosen: topic }]);
  });

  it('a typed number picks that candidate', () => {
    const c = new Conversation(graph).play(VAGUE);
    const second = buttons(c)[1]!.id.slice('topic:'.length);
    c.play('2');
    expect(clarified(c)).toEqual([{ type: 'clarified', text: VAGUE, chosen: second }]);
    expect(c.state?.topic).toBe(second);
  });

  it('"Bukan, lihat menu" shows the menu and records that none fitted', () => {
    const c = new Conversation(graph).play(VAGUE, { press: 'Bukan, lihat menu' });
    expect(clarified(c)).toEqual([{ type: 'clarified', text: VAGUE, chosen: 'menu' }]);
    expect(buttons(c).map((b) => b.id)).toContain('topic:login');
  });

  it('a new question instead is routed as usual, and nothing is recorded', () => {
    const c = new Conversation(graph).play(VAGUE, 'lupa password ams');
    expect(clarified(c)).toEqual([]);
    expect(c.state?.topic).toBe('forgot-password');
  });

  it('asks in English when the user writes English', () => {
    const c = new Conversation(graph).play('what about my certificate');
    expect(c.said).toContain('Did you mean');
    expect(buttons(c).at(-1)!.label).toBe('None of these, show the menu');
  });

  it('a clear question is answered at once, without clarifying', () => {
    const c = new Conversation(graph).play('saya lupa password AMS, link reset dari noreply@bsre.id tidak masuk');
    expect(c.said).not.toContain('Maksud Anda');
  });
});
