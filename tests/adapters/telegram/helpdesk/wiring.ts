/**
 * The real pieces for the helpdesk round trips: the guide compiled in-process, the engine
 * runtime, the ticket store and queue, the reply interceptor. Adapters are added by each test.
 */
import pino from 'pino';
import type { Graph } from '../../../../src/dialogs/graph.js';
import { createRouter } from '../../../../src/dialogs/router/router.js';
import { createRuntime } from '../../../../src/dialogs/runtime.js';
import { createSessionStore } from '../../../../src/dialogs/state/session-store.js';
import { createHelpdeskQueue, type HelpdeskQueue } from '../../../../src/dialogs/helpdesk/queue.js';
import { withHelpdeskReplies } from '../../../../src/dialogs/helpdesk/replies.js';
import { createTicketStore } from '../../../../src/dialogs/state/ticket-store.js';
import type { TurnHandler } from '../../../../src/dialogs/turn.js';
import { realGraph } from '../../../dialogs/engine/real-graph.js';

export const HELPDESK_TG_CHAT = -100777;
export const HELPDESK_TG_USER = 777;
export const HELPDESK_SLACK_CHANNEL = 'CHELP';
export const HELPDESK_SLACK_USER = 'UHELP';
export const NIP = '198503122010011001';
export const EMAIL = 'siti.aminah@kemenkeu.go.id';

/** Runtime + queue over the real guide; `logs` collects every log line (JSON). */
export interface Wiring {
  graph: Graph;
  queue: HelpdeskQueue;
  handleTurn: TurnHandler;
  logs: string[];
  logger: pino.Logger;
}

let graph: Graph | undefined;

/** Builds the wiring (the guide is compiled once per test file). */
export async function helpdeskWiring(): Promise<Wiring> {
  graph ??= await realGraph();
  const logs: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(line) });
  const queue = createHelpdeskQueue({
    store: createTicketStore(), logger,
    users: { telegram: [String(HELPDESK_TG_USER)], slack: [HELPDESK_SLACK_USER] },
  });
  let n = 0;
  const runtime = createRuntime({
    graph, store: createSessionStore(), router: createRouter(graph), logger,
    newId: () => `TK${++n}`,
    onEffect: (effect) => queue.onEffect(effect),
  });
  return { graph, queue, handleTurn: withHelpdeskReplies(runtime, queue), logs, logger };
}
