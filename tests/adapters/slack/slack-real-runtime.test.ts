/**
 * End to end: the Slack adapter over signed HTTP (fake Web API) driving the real runtime, engine,
 * router and compiled guide, in a DM and in a channel thread.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/dialogs/graph.js';
import { createRouter } from '../../../src/dialogs/router/router.js';
import { createRuntime } from '../../../src/dialogs/runtime.js';
import { createSessionStore } from '../../../src/dialogs/state/session-store.js';
import { compileFlowFiles } from '../../../src/kb/compile.js';
import { channelMessage, dmMessage, pressPayload, startHarness, type Harness } from './harness.js';

const FLOWS = join(import.meta.dirname, '../../../src/kb/flows');
let graph: Graph;
let harness: Harness;
let eventNo = 0;

beforeAll(async () => {
  const files = readdirSync(FLOWS).filter((f) => f.endsWith('.flow')).map((f) => join(FLOWS, f));
  const compiled = await compileFlowFiles(files);
  if (!compiled.graph) throw new Error('the guide does not compile');
  graph = compiled.graph;
  const handleTurn = createRuntime({ graph, store: createSessionStore(), router: createRouter(graph), logger: pino({ level: 'silent' }) });
  harness = await startHarness({ handleTurn, graphVersion: graph.version });
});
afterAll(() => harness?.stop());

type Posted = Record<string, unknown>;
const buttonsOf = (post: Posted | undefined): { label: string; value: string }[] =>
  ((post?.blocks ?? []) as { type: string; elements?: { text?: { text: string }; value?: string }[] }[])
    .flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []))
    .filter((e) => e.value)
    .map((e) => ({ label: e.text?.text ?? '', value: e.value ?? '' }));

/** Sends something and returns the messages it produced (once they stop coming). */
async function turn(send: () => Promise<Response>): Promise<Posted[]> {
  const before = harness.api.posted().length;
  const res = await send();
  expect(res.status).toBe(200);
  await harness.api.waitFor((api) => api.posted().length > before, 'an answer');
  await new Promise((r) => setTimeout(r, 80));
  return harness.api.posted().slice(before);
}

const dm = (user: string, text: string) => () => harness.event(dmMessage(user, text, `${++eventNo}.0`), `EvReal${eventNo}`);

describe('Slack adapter with the real runtime and guide', () => {
  it('runs a DM conversation: menu, a topic by button, a step, and a typed question', async () => {
    const menu = await turn(dm('U100', 'halo'));
    const last = menu.at(-1);
    const topics = buttonsOf(last).filter((b) => b.value.includes('|topic:'));
    expect(topics.map((b) => b.value.split('|')[2])).toEqual(graph.menu.map((t) => `topic:${t}`));
    expect(topics.every((b) => b.value.startsWith(`v1|${graph.version.slice(0, 6)}|`))).toBe(true);

    const answer = await turn(() => harness.interaction(pressPayload(last ?? {}, topics[0]?.label ?? '', 'U100')));
    const text = answer.map((p) => String(p.text)).join('\n');
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/kedaluwarsa|Maaf, terjadi gangguan|pesan lama/i);
    expect(JSON.stringify(harness.api.callsOf('chat.update').at(-1)?.blocks)).toContain('Dipilih');
    // Every message respects Slack's limits.
    for (const post of harness.api.posted()) {
      const blocks = post.blocks as { type: string; text?: { text: string } }[];
      expect(blocks.length).toBeLessThanOrEqual(50);
      expect(blocks.every((b) => (b.text?.text.length ?? 0) <= 3000)).toBe(true);
      expect(String(post.text).length).toBeGreaterThan(0);
    }

    const typed = await turn(dm('U100', 'saya lupa passphrase untuk tanda tangan'));
    expect(typed.map((p) => String(p.text)).join('\n')).not.toMatch(/Maaf, terjadi gangguan/);
    expect(harness.api.posted().every((p) => p.channel === 'DU100')).toBe(true);
  });

  it('runs a thread conversation from a mention, continuing without a mention', async () => {
    const first = await turn(() => harness.event({ type: 'app_mention', channel: 'C1', user: 'U200', text: '<@UBOT> tidak bisa login ke AMS', ts: '900.1', event_ts: '900.1', team: 'T1' }, 'EvRealThread1'));
    expect(first.every((p) => p.channel === 'C1' && p.thread_ts === '900.1')).toBe(true);
    const next = await turn(() => harness.event(channelMessage('U200', 'menu', '900.2', '900.1'), 'EvRealThread2'));
    expect(next.every((p) => p.channel === 'C1' && p.thread_ts === '900.1')).toBe(true);
    expect(buttonsOf(next.at(-1)).length).toBeGreaterThan(0);
  });
});
