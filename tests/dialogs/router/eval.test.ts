/**
 * The router on the real compiled graph (dist/graph.json from `npm run build`) against the
 * evaluation set, written independently of the flow files' training examples.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEvalReport, loadEvalSet } from '../../../src/bench/router-eval.js';
import { TOPIC_IDS, parseGraph } from '../../../src/dialogs/graph.js';
import { createRouter } from '../../../src/dialogs/router/router.js';

const GRAPH = new URL('../../../dist/graph.json', import.meta.url);
const set = loadEvalSet();

describe('router evaluation set', () => {
  it('is big, varied and covers every contract topic', () => {
    expect(set.length).toBeGreaterThanOrEqual(250);
    const topics = new Set(set.map((l) => l.topic));
    for (const id of TOPIC_IDS) expect(topics, id).toContain(id);
    const outOfScope = set.filter((l) => l.topic === 'unknown').length / set.length;
    expect(outOfScope).toBeGreaterThan(0.1);
  });
});

describe.skipIf(!existsSync(GRAPH))('router accuracy on the compiled graph (skipped without `npm run build`)', () => {
  const router = createRouter(parseGraph(JSON.parse(readFileSync(GRAPH, 'utf8'))));
  const report = evaluate(set, (text) => router.route(text).topic);

  it('routes at least 95% of the evaluation set right', () => {
    console.log(formatEvalReport('router', report));
    expect(report.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('never sends an out-of-scope question to a guide topic', () => {
    expect(report.confusions.filter((c) => c.expected === 'unknown')).toEqual([]);
    expect(report.outOfScopeLeaks).toBe(0);
  });

  it('answers the contract examples', () => {
    expect(router.route('bagaimana cara login ke portal AMS?').topic).toBe('login');
    expect(router.route('jadwal rapat besok jam berapa').topic).toBe('unknown');
  });
});
