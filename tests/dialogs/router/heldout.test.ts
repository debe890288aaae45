/**
 * The router on the real compiled graph against a second, held-out evaluation set
 * (tests/dialogs/router-heldout.jsonl): written from the guide and the topic ids only, by
 * someone who had not read the flow files' examples or the first evaluation set, with a
 * quarter of hard out-of-scope questions (other systems' passwords, wet signatures, HR, tax).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEvalReport, loadEvalSet } from '../../../src/bench/router-eval.js';
import { TOPIC_IDS, parseGraph } from '../../../src/dialogs/graph.js';
import { createRouter } from '../../../src/dialogs/router/router.js';

const GRAPH = new URL('../../../dist/graph.json', import.meta.url);
const set = loadEvalSet(fileURLToPath(new URL('./sets/heldout.jsonl', import.meta.url)));

describe('router held-out set', () => {
  it('is big, covers every contract topic and a quarter is out of scope', () => {
    expect(set.length).toBeGreaterThanOrEqual(300);
    const topics = new Set(set.map((l) => l.topic));
    for (const id of TOPIC_IDS) expect(topics, id).toContain(id);
    expect(set.filter((l) => l.topic === 'unknown').length / set.length).toBeGreaterThan(0.2);
  });
});

describe.skipIf(!existsSync(GRAPH))('router on the held-out set (skipped without `npm run build`)', () => {
  const router = createRouter(parseGraph(JSON.parse(readFileSync(GRAPH, 'utf8'))));
  const report = evaluate(set, (text) => router.route(text).topic);

  it('routes at least 95% of the held-out set right', () => {
    console.log(formatEvalReport('router (held-out)', report));
    expect(report.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('never sends an out-of-scope question to a guide topic', () => {
    expect(report.confusions.filter((c) => c.expected === 'unknown')).toEqual([]);
    expect(report.outOfScopeLeaks).toBe(0);
  });
});
