/**
 * The router's evaluation set (tests/dialogs/router-eval.jsonl) and how a classifier scores
 * on it: accuracy, out-of-scope questions sent to a guide topic, and the confusions.
 * Shared by the accuracy test and `npm run bench` (which also scores NLP.js with it).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Where the evaluation set lives, relative to this module (src/bench or dist/bench). */
export const EVAL_SET_PATH = fileURLToPath(new URL('../../tests/dialogs/router/sets/eval.jsonl', import.meta.url));

const EvalLine = z.object({ text: z.string(), topic: z.string() });
/** One labelled question. */
export type EvalLine = z.infer<typeof EvalLine>;

/** Reads the JSON-lines evaluation set. */
export function loadEvalSet(path: string = EVAL_SET_PATH): EvalLine[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => EvalLine.parse(JSON.parse(l)));
}

/** How a classifier did on the evaluation set. */
export interface EvalReport {
  total: number;
  correct: number;
  accuracy: number;
  /** Out-of-scope lines that went to a guide topic (must be 0). */
  outOfScopeLeaks: number;
  /** Every wrong line, with what was predicted. */
  confusions: Array<{ text: string; expected: string; got: string }>;
}

const NON_GUIDE = new Set(['unknown', 'greeting', 'thanks']);

/** Runs `classify` over `set` and scores it. */
export function evaluate(set: EvalLine[], classify: (text: string) => string): EvalReport {
  const confusions: EvalReport['confusions'] = [];
  let leaks = 0;
  for (const line of set) {
    const got = classify(line.text);
    if (got === line.topic) continue;
    confusions.push({ text: line.text, expected: line.topic, got });
    if (line.topic === 'unknown' && !NON_GUIDE.has(got)) leaks += 1;
  }
  const correct = set.length - confusions.length;
  return { total: set.length, correct, accuracy: correct / set.length, outOfScopeLeaks: leaks, confusions };
}

/** A short human-readable summary (figure and confusions). */
export function formatEvalReport(name: string, report: EvalReport): string {
  const head = `${name}: ${(report.accuracy * 100).toFixed(1)}% (${report.correct}/${report.total}), out-of-scope leaks: ${report.outOfScopeLeaks}`;
  return [head, ...report.confusions.map((c) => `  ${c.expected} -> ${c.got}: ${c.text}`)].join('\n');
}
