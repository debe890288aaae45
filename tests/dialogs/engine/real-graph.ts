/**
 * The real guide compiled in-process (no build needed) and a conversation driver that presses
 * buttons by label, as a user would, for transcript tests.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../../src/dialogs/graph.js';
import { compileFlowFiles } from '../../../src/kb/compile.js';
import { createRouter } from '../../../src/dialogs/router/router.js';
import { type StepResult, step } from '../../../src/dialogs/engine/step.js';
import type { ConversationState } from '../../../src/dialogs/engine/conversation-state.js';
import type { Inbound, InboundMeta } from '../../../src/dialogs/messages.js';

const FLOWS = join(import.meta.dirname, '../../../src/kb/flows');

/** Compiles src/kb/flows/*.flow; throws with the diagnostics when the guide does not compile. */
export async function realGraph(): Promise<Graph> {
  const files = readdirSync(FLOWS).filter((f) => f.endsWith('.flow')).map((f) => join(FLOWS, f));
  const result = await compileFlowFiles(files);
  if (!result.graph) throw new Error(`guide does not compile:\n${result.diagnostics.map((d) => JSON.stringify(d)).join('\n')}`);
  return result.graph;
}

/** One user move: typed text, a button by label (`{ press }`), a photo, or a raw inbound. */
export type Move = string | { press: string } | { photo: string } | Inbound;

/** A conversation with the real graph; every turn's text and buttons are kept for assertions. */
export class Conversation {
  state: ConversationState | undefined;
  turns: StepResult[] = [];
  private ids = 0;
  private readonly deps;
  constructor(readonly graph: Graph, readonly meta: InboundMeta = { userId: 'telegram:42', channel: 'telegram' }, today = '2026-01-15T08:00:00Z') {
    this.deps = { now: () => new Date(today), newId: () => `id-${++this.ids}`, router: createRouter(graph) };
  }

  /** The last turn. */
  get last(): StepResult {
    const last = this.turns.at(-1);
    if (!last) throw new Error('no turn yet');
    return last;
  }

  /** Text of the last turn. */
  get said(): string {
    return this.last.outputs.map((o) => (o.type === 'text' ? o.text : '')).join('\n');
  }

  /** Labels of the last turn's buttons. */
  get labels(): string[] {
    return this.last.outputs.flatMap((o) => (o.type === 'text' ? o.buttons.map((b) => b.label) : []));
  }

  /** Plays moves in order; a `press` must name a button of the previous turn (else it throws). */
  play(...moves: Move[]): this {
    for (const move of moves) {
      const input = this.inbound(move);
      const result = step(this.graph, this.state, input, this.meta, this.deps);
      this.turns.push(result);
      this.state = result.state;
    }
    return this;
  }

  private inbound(move: Move): Inbound {
    if (typeof move === 'string') return { type: 'text', text: move };
    if ('press' in move) {
      const buttons = this.turns.at(-1)?.outputs.flatMap((o) => (o.type === 'text' ? o.buttons : [])) ?? [];
      const button = buttons.find((b) => b.label.toLowerCase().includes(move.press.toLowerCase()));
      if (!button) throw new Error(`no button "${move.press}" among: ${buttons.map((b) => b.label).join(' | ')}`);
      return { type: 'button', id: button.id };
    }
    if ('photo' in move) return { type: 'photo', file: { ref: move.photo, mime: 'image/png', name: `${move.photo}.png` } };
    return move;
  }
}
