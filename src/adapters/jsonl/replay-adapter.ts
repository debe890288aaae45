/**
 * The JSON-lines channel (`replay`): a conversation over JSON lines, streaming. Each input line
 * is answered (text lines, ticket lines, then exactly one `end` line with `awaiting`) before the
 * next is read; a bad line gets an error line and the session goes on.
 */
import type { Logger } from 'pino';
import type { Awaiting, Button, Graph, Outbound } from '../../dialogs/index.js';
import { menuButtons, toPlainText } from '../../dialogs/index.js';
import type { TurnHandler } from '../../dialogs/turn.js';
import type { StreamAdapter } from '../adapter.js';
import { lineReader, runLineLoop, stdoutLineWriter, type LineLoop } from '../stream-lines.js';
import { ReplayLineError, parseReplayLine } from './replay-events.js';

/** Where replay reads and writes (process streams by default). */
export interface ReplayIo {
  input: NodeJS.ReadableStream;
  write(line: string): void;
}

/** What the replay adapter is built from. */
export interface ReplayAdapterOptions {
  handleTurn: TurnHandler;
  /** The graph, for the menu topics a press may name at any time. */
  graph: Graph;
  logger: Logger;
  io?: ReplayIo;
  /** The user's id (conversation `replay:<user>`). */
  user?: string;
}

/** Builds the replay adapter; `finished` resolves when the input lines have ended. */
export function createReplayAdapter(options: ReplayAdapterOptions): StreamAdapter {
  const io = options.io ?? processIo();
  const user = options.user ?? 'local';
  const key = `replay:${user}`;
  const emit = (value: unknown): void => io.write(`${JSON.stringify(value)}\n`);
  const topicButtons = (['id', 'en'] as const).flatMap((locale) => menuButtons(options.graph, locale));
  let offered: Button[] = [];
  let awaiting: Awaiting = { kind: 'free' };
  let turn = 0;
  let loop: LineLoop | undefined;
  let resolveFinished: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => { resolveFinished = resolve; });

  const answer = async (line: string): Promise<void> => {
    try {
      // A blank line is a bad line too: it keeps its turn number so turn N stays input line N.
      if (line.trim().length === 0) throw new ReplayLineError('empty line');
      // Labels of the last turn's buttons first, then any menu topic (a user may name one any time).
      const input = await parseReplayLine(line, [...offered, ...topicButtons]);
      const result = await options.handleTurn(key, input, { userId: key, channel: 'replay' });
      for (const out of result.outputs) emit(outputLine(turn, out));
      awaiting = result.awaiting;
      const buttons = result.outputs.flatMap((o) => (o.type === 'text' ? o.buttons : []));
      if (buttons.length > 0 || result.outputs.length > 0) offered = buttons;
    } catch (error) {
      if (!(error instanceof ReplayLineError)) options.logger.error({ err: (error as Error).message }, 'replay turn failed');
      emit({ turn, error: error instanceof ReplayLineError ? error.message : 'internal error while handling this line' });
    }
    emit({ turn, end: true, awaiting });
    turn += 1;
  };

  return {
    name: 'replay',
    finished,
    async start() {
      loop = runLineLoop(lineReader(io.input), answer);
      void loop.finished.finally(resolveFinished);
    },
    async stop() {
      if (loop) await loop.stop();
      resolveFinished();
    },
  };
}

/** One output as a contract line: text (plain) with buttons and topic, or a ticket event. */
function outputLine(turn: number, out: Outbound): Record<string, unknown> {
  if (out.type === 'ticket') return { turn, ticket: out.ticket };
  return {
    turn,
    text: toPlainText(out.text),
    buttons: out.buttons.map((b) => (b.url ? { id: b.id, label: b.label, url: b.url } : { id: b.id, label: b.label })),
    topic: out.topic ?? 'greeting',
  };
}

function processIo(): ReplayIo {
  return { input: process.stdin, write: stdoutLineWriter() };
}
