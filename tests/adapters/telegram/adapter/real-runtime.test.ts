/**
 * End to end: the Telegram adapter over real HTTP (fake Bot API) driving the real runtime, engine
 * and compiled guide, with buttons alone.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../../src/dialogs/graph.js';
import { markupToHtml } from '../../../../src/adapters/telegram/html.js';
import { say } from '../../../../src/dialogs/phrases.js';
import { createRouter } from '../../../../src/dialogs/router/router.js';
import { createRuntime } from '../../../../src/dialogs/runtime.js';
import { createSessionStore } from '../../../../src/dialogs/state/session-store.js';
import { compileFlowFiles } from '../../../../src/kb/compile.js';
import { photoUpdate, pressUpdate, textUpdate, type ApiCall } from '../../../support/fake-telegram-api.js';
import { startHarness, type Harness } from '../harness.js';

const FLOWS = join(import.meta.dirname, '../../../../src/kb/flows');
let graph: Graph;
let harness: Harness;

beforeAll(async () => {
  const files = readdirSync(FLOWS).filter((f) => f.endsWith('.flow')).map((f) => join(FLOWS, f));
  const compiled = await compileFlowFiles(files);
  if (!compiled.graph) throw new Error('the guide does not compile');
  graph = compiled.graph;
  const logger = pino({ level: 'silent' });
  const handleTurn = createRuntime({ graph, store: createSessionStore(), router: createRouter(graph), logger });
  harness = await startHarness(handleTurn, { graphVersion: graph.version });
});
afterAll(() => harness?.close());

const keyboardOf = (call: ApiCall | undefined): { text: string; callback_data?: string }[] =>
  (call?.payload.reply_markup?.inline_keyboard ?? []).flat();

/** Sends one update and returns the messages it produced. */
async function turn(update: Record<string, any>): Promise<ApiCall[]> {
  const { fake } = harness;
  const before = fake.callsOf('sendMessage').length;
  fake.push(update);
  await fake.waitFor(() => fake.callsOf('sendMessage').length > before);
  await new Promise((r) => setTimeout(r, 60)); // let a multi-message turn finish
  return fake.callsOf('sendMessage').slice(before);
}

describe('Telegram adapter with the real runtime and guide', () => {
  it('reaches every menu topic with buttons alone and walks one topic to its end', async () => {
    const chat = 501;
    const menu = await turn(textUpdate('/start', { fromId: chat }));
    const topicButtons = keyboardOf(menu.at(-1)).filter((b) => b.callback_data?.includes('|topic:'));
    expect(topicButtons.map((b) => b.callback_data!.split('|')[2])).toEqual(graph.menu.map((t) => `topic:${t}`));

    for (const button of topicButtons) {
      await turn(textUpdate('/menu', { fromId: chat }));
      const answer = await turn(pressUpdate(button.callback_data!, { fromId: chat }));
      expect(answer.length).toBeGreaterThan(0);
      expect(answer.map((c) => c.payload.text).join('\n')).not.toMatch(/kedaluwarsa|out of date|Maaf, terjadi gangguan/i);
    }

    // Walk the login topic pressing the first offered step button until no step buttons remain.
    await turn(textUpdate('/menu', { fromId: chat }));
    let messages = await turn(pressUpdate(topicButtons[0]!.callback_data!, { fromId: chat }));
    for (let i = 0; i < 12; i++) {
      const next = keyboardOf(messages.at(-1)).find((b) => b.callback_data && !/\|(menu|topic:|cmd:)/.test(b.callback_data));
      if (!next) break;
      messages = await turn(pressUpdate(next.callback_data!, { fromId: chat }));
      expect(messages.map((c) => c.payload.text).join('\n')).not.toMatch(/kedaluwarsa|Maaf, terjadi gangguan/i);
    }
    expect(harness.fake.callsOf('answerCallbackQuery').length).toBe(harness.fake.calls.filter((c) => c.method === 'editMessageReplyMarkup').length);
  });

  it('answers a button from an older guide version with a friendly note and the menu', async () => {
    const chat = 502;
    await turn(textUpdate('/start', { fromId: chat }));
    await turn(pressUpdate(`v1|${graph.version.slice(0, 6)}|topic:login`, { fromId: chat }));
    for (const data of ['v1|old000|opt:whatever', 'not-ours-at-all']) {
      const stale = await turn(pressUpdate(data, { fromId: chat }));
      expect(stale.at(-1)?.payload.text).toBe(markupToHtml(say('staleButton', 'id')));
      expect(keyboardOf(stale.at(-1)).some((b) => b.callback_data?.endsWith('|menu'))).toBe(true);
    }
  });

  it('collects a ticket with typed fields and an album of screenshots, by file_id only', async () => {
    const chat = 503;
    const v = graph.version.slice(0, 6);
    await turn(textUpdate('/start', { fromId: chat }));
    await turn(pressUpdate(`v1|${v}|topic:ticket`, { fromId: chat }));
    const kinds = await turn(pressUpdate(`v1|${v}|ticket.intro#noemail`, { fromId: chat }));
    expect(kinds.map((c) => c.payload.text).join('\n')).toMatch(/Nama/);
    await turn(textUpdate('Budi Santoso', { fromId: chat }));
    await turn(textUpdate('198501012010011001', { fromId: chat }));
    const ask = await turn(textUpdate('budi@kemenkeu.go.id', { fromId: chat }));
    expect(ask.at(-1)?.payload.text).toMatch(/Capture 1/);
    const { fake } = harness;
    const accepted = () => fake.sentTexts(chat).filter((t) => /Capture diterima/.test(t)).length;
    for (const id of ['ALB-1', 'ALB-2', 'ALB-3']) fake.push(photoUpdate(id, { fromId: chat, mediaGroupId: 'album-9' }));
    await fake.waitFor(() => accepted() === 3, 5000, 'three captures');
    expect(fake.callsOf('getFile')).toHaveLength(0);
  });
});
