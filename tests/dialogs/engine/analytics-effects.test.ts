/**
 * The effects the engine emits for the maintainers' insight (routing outcome, per-topic funnel,
 * reprompts), on the real guide. They carry the redacted question only, never a secret.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/dialogs/graph.js';
import type { Effect } from '../../../src/dialogs/turn.js';
import { Conversation, realGraph } from './real-graph.js';

let graph: Graph;
beforeAll(async () => { graph = await realGraph(); });

const effectsOf = (c: Conversation, turn: number): Effect[] => c.turns[turn]!.effects;
const flow = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'flow' ? [`${e.event}:${e.topic}${e.step ? `.${e.step.split('.').pop()}` : ''}`] : []));

describe('analytics effects', () => {
  it('a routed question starts its topic and reaches its first step', () => {
    const c = new Conversation(graph).play('lupa password ams');
    const routed = effectsOf(c, 0).find((e) => e.type === 'routed');
    expect(routed).toMatchObject({ type: 'routed', topic: 'forgot-password', outcome: 'topic', text: 'lupa password ams' });
    expect(flow(effectsOf(c, 0))).toEqual(['started:forgot-password', 'step:forgot-password.intro']);
  });

  it('an out-of-scope question is routed as unknown and starts no funnel', () => {
    const c = new Conversation(graph).play('jadwal rapat besok jam berapa');
    expect(effectsOf(c, 0).find((e) => e.type === 'routed')).toMatchObject({ topic: 'unknown', outcome: 'unknown' });
    expect(flow(effectsOf(c, 0))).toEqual([]);
  });

  it('leaving a topic mid-way for the menu records where it was left', () => {
    const c = new Conversation(graph).play('lupa password ams', { press: 'Sudah klik Kirim' }, '/menu');
    expect(flow(effectsOf(c, 1))).toEqual(['step:forgot-password.check-email']);
    expect(flow(effectsOf(c, 2))).toEqual(['left:forgot-password.check-email']);
  });

  it('an answer that fits no button is a reprompt at that step', () => {
    const c = new Conversation(graph).play('lupa password ams', 'qwzx');
    expect(effectsOf(c, 1)).toContainEqual({ type: 'reprompt', topic: 'forgot-password', step: 'forgot-password.intro' });
  });

  it('a resolved end counts as completed, a ticket end as ticket', () => {
    const c = new Conversation(graph).play({ type: 'button', id: 'topic:ticket' }, { press: 'Email BSSN tidak diterima' });
    expect(flow(effectsOf(c, 0))).toEqual(['started:ticket', 'step:ticket.intro']);
    expect(flow(effectsOf(c, 1))).toEqual(['step:ticket.noemail', 'ticket:ticket.noemail']);
    // Any topic whose first step has a button straight to a resolved end.
    const [topic, option] = Object.values(graph.topics).flatMap((t) => {
      const first = graph.steps[t.start];
      const hit = first?.options?.find((o) => graph.steps[o.goto]?.end?.kind === 'resolved');
      return hit ? [[t.id, hit] as const] : [];
    })[0]!;
    const done = new Conversation(graph).play({ type: 'button', id: `topic:${topic}` }, { press: option.label.id });
    expect(flow(effectsOf(done, 1))).toContain(`completed:${topic}.${option.goto.split('.').pop()}`);
  });
});
