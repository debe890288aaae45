/**
 * The router on the real compiled graph against a third evaluation set
 * (tests/dialogs/router-fresh.jsonl), written from the guide and the topic ids only, without
 * reading the flow examples or the two other sets. About 40% is out of scope and adversarial
 * the way office chat is: DS words in other contexts (HRIS leave and pay, Nadine's other
 * features, certificates of training or land, NIK for BPJS or tax, PINs of ATMs and SIM cards,
 * wet signatures), chit-chat and lone conversation words ("ok", "kirim", "lanjut", "menu").
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEvalReport, loadEvalSet } from '../../../src/bench/router-eval.js';
import { TOPIC_IDS, parseGraph } from '../../../src/dialogs/graph.js';
import { createRouter } from '../../../src/dialogs/router/router.js';

const GRAPH = new URL('../../../dist/graph.json', import.meta.url);
const set = loadEvalSet(fileURLToPath(new URL('./sets/fresh.jsonl', import.meta.url)));

describe('router fresh set', () => {
  it('is big, covers every contract topic and 40% is out of scope', () => {
    expect(set.length).toBeGreaterThanOrEqual(300);
    const topics = new Set(set.map((l) => l.topic));
    for (const id of TOPIC_IDS) expect(topics, id).toContain(id);
    expect(set.filter((l) => l.topic === 'unknown').length / set.length).toBeGreaterThan(0.35);
  });
});

describe.skipIf(!existsSync(GRAPH))('router on the fresh set (skipped without `npm run build`)', () => {
  const router = createRouter(parseGraph(JSON.parse(readFileSync(GRAPH, 'utf8'))));
  const report = evaluate(set, (text) => router.route(text).topic);

  it('routes at least 95% of the fresh set right', () => {
    console.log(formatEvalReport('router (fresh)', report));
    expect(report.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('never sends an out-of-scope question to a guide topic', () => {
    expect(report.confusions.filter((c) => c.expected === 'unknown')).toEqual([]);
    expect(report.outOfScopeLeaks).toBe(0);
  });
});
