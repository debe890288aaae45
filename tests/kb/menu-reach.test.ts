/**
 * Every step of the shipped guide is reached from the top menu within three moves.
 *
 * The walk counts what a user does: pressing a menu topic is move 1 (the conversation then runs
 * through `goto` and `branch` steps by itself up to a step that waits); each button pressed there
 * (an option, the yes/no of a confirm, a wait-email's "missing") is one more move, and so is a
 * typed answer to a prompt. A `branch` may take any of its ways, so all of them are followed.
 * Steps that can only be reached after typed answers the flow must collect are listed below,
 * each with why; the test also checks that they are really behind a typed answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph, Step } from '../../src/dialogs/graph.js';
import { compileFlowFiles } from '../../src/kb/compile.js';
import { shippedFlowFiles } from '../../src/kb/paths.js';

const MAX_MOVES = 3;
const SOCIAL = new Set(['greeting', 'thanks', 'unknown']);

/** Steps behind typed answers the flow must collect, with the reason (one line each). */
const PROMPT_GATED: Record<string, string> = {
  'profile.verdict': 'judges the typed Nama, Jabatan and Unit Organisasi: menu, then three typed answers (4 moves)',
  'profile.ok': "the verdict 'data sudah sesuai', shown only after the three typed answers",
  'profile.fix': "the verdict 'ada data yang belum sesuai', shown only after the three typed answers",
  'profile.done': "'Selesai' pressed after a passing verdict, itself after the three typed answers",
};

interface Walk { depth: Map<string, number> }

/** The steps a waiting step leads to, one move away; typed answers only when `typed`. */
function nextSteps(step: Step, typed: boolean): string[] {
  const next = (step.options ?? []).map((o) => o.goto);
  if (step.prompt?.kind === 'confirm') next.push(step.prompt.goto, step.prompt.gotoNo ?? step.prompt.goto);
  else if (step.prompt && typed) next.push(step.prompt.goto);
  if (step.end?.kind === 'wait-email') next.push(step.end.ifMissing);
  return next;
}

/** Fewest moves from the menu to every step (0-1 breadth-first: goto/branch cost nothing). */
function walkFromMenu(graph: Graph, typed = true): Walk {
  const depth = new Map<string, number>();
  const queue: Array<[string, number]> = [];
  for (const id of graph.menu) {
    const topic = graph.topics[id];
    if (topic && topic.inMenu) queue.push([topic.start, 1]);
  }
  while (queue.length > 0) {
    const [id, moves] = queue.shift()!;
    const step = graph.steps[id];
    if (!step || (depth.get(id) ?? Infinity) <= moves) continue;
    depth.set(id, moves);
    const free = [...(step.branch ? [...step.branch.cases.map((c) => c.goto), step.branch.otherwise] : []),
      ...(step.goto && !step.options && !step.prompt && !step.end ? [step.goto] : [])];
    for (const target of free) queue.unshift([target, moves]);
    for (const target of nextSteps(step, typed)) queue.push([target, moves + 1]);
  }
  return { depth };
}

let graph: Graph;
let walk: Walk;
beforeAll(async () => {
  const result = await compileFlowFiles(shippedFlowFiles());
  if (!result.graph) throw new Error(`the shipped guide does not compile: ${JSON.stringify(result.diagnostics)}`);
  graph = result.graph;
  walk = walkFromMenu(graph);
}, 60_000);

const guideSteps = (): Step[] => Object.values(graph.steps).filter((s) => !SOCIAL.has(s.topic));

describe('reach from the top menu', () => {
  it('counts moves as a user makes them: presses and typed answers, not goto or branch', () => {
    const at = (id: string) => walk.depth.get(id);
    expect(at('renewal.intro')).toBe(1);
    expect([at('renewal.revoked'), at('renewal.profile-check')]).toEqual([2, 2]); // Revoke, then goto
    expect([at('profile.position'), at('profile.unit')]).toEqual([2, 3]); // typed Nama, typed Jabatan
    expect([at('check-status.compare'), at('check-status.expired')]).toEqual([3, 3]); // typed date, branch
    expect(at('signing-stuck.wrong-pin')).toBe(2);
    expect(at('reset-passphrase.intro')).toBe(1); // its own menu entry beats PIN Salah's goto
  });

  it(`reaches every guide step within ${MAX_MOVES} moves, except the listed prompt-gated ones`, () => {
    const far = guideSteps()
      .filter((s) => !(s.id in PROMPT_GATED))
      .map((s) => ({ step: s.id, moves: walk.depth.get(s.id) ?? Infinity }))
      .filter((d) => d.moves > MAX_MOVES);
    expect(far).toEqual([]);
  });

  it('lists only exceptions that exist, are deeper than three moves and sit behind a typed answer', () => {
    const buttonsOnly = walkFromMenu(graph, false);
    for (const id of Object.keys(PROMPT_GATED)) {
      expect(graph.steps[id], id).toBeDefined();
      expect(walk.depth.get(id), `${id} is reached at all`).toBeDefined();
      expect(walk.depth.get(id)!, `${id} is within ${MAX_MOVES} moves: drop it from the list`).toBeGreaterThan(MAX_MOVES);
      expect(buttonsOnly.depth.has(id), `${id} is reachable by buttons alone: it is not prompt-gated`).toBe(false);
    }
  });

  it('says Aksi - Pencabutan (Issue + Enroll Lock) at the first press and reaches its step at the second', () => {
    const saying = guideSteps().filter((s) => s.message?.id.includes('Aksi - Pencabutan') && s.message.en.includes('Aksi - Pencabutan'));
    expect(Math.min(...saying.map((s) => walk.depth.get(s.id) ?? Infinity))).toBe(1);
    expect(walk.depth.get('renewal.lock')).toBeLessThanOrEqual(2);
  });

  it('reaches every wait-email ending of register and set-passphrase within three moves', () => {
    const waits = guideSteps().filter((s) => s.end?.kind === 'wait-email' && (s.topic === 'register' || s.topic === 'set-passphrase'));
    expect(waits.length).toBeGreaterThanOrEqual(5);
    for (const s of waits) expect(walk.depth.get(s.id), s.id).toBeLessThanOrEqual(MAX_MOVES);
  });
});
