/**
 * `replay [--user ID] [--store URL]`: a conversation over JSON lines, streaming. Each input line
 * is answered (text lines, ticket lines, then exactly one `end` line with `awaiting`) before the
 * next is read; a bad line gets an error line and the session goes on.
 */
import { createInterface } from 'node:readline';
import type { Awaiting, Button, Outbound } from '../../dialogs/messages.js';
import { menuButtons, toPlainText } from '../../dialogs/engine/render.js';
import { createAppContext, option } from '../../dialogs/app-context.js';
import { ReplayLineError, parseReplayLine } from './replay-events.js';

/** Where replay reads and writes (process streams by default). */
export interface ReplayIo {
  input: NodeJS.ReadableStream;
  write(line: string): void;
}

/** Runs the replay command; resolves with the exit code. */
export async function runReplay(args: readonly string[], io: ReplayIo = defaultIo()): Promise<number> {
  const user = option(args, 'user') ?? 'local';
  const storeUrl = option(args, 'store');
  const app = await createAppContext(storeUrl ? { storeUrl } : {});
  const emit = (value: unknown): void => io.write(`${JSON.stringify(value)}\n`);
  let offered: Button[] = [];
  const topicButtons = (['id', 'en'] as const).flatMap((locale) => menuButtons(app.graph, locale));
  let awaiting: Awaiting = { kind: 'free' };
  let turn = 0;
  try {
    const lines = createInterface({ input: io.input, crlfDelay: Infinity });
    for await (const line of lines) {
      try {
        // A blank line is a bad line too: it keeps its turn number so turn N stays input line N.
        if (line.trim().length === 0) throw new ReplayLineError('empty line');
        // Labels of the last turn's buttons first, then any menu topic (a user may name one any time).
        const input = await parseReplayLine(line, [...offered, ...topicButtons]);
        const result = await app.handle(`replay:${user}`, input, { userId: `replay:${user}`, channel: 'replay' });
        for (const out of result.outputs) emit(outputLine(turn, out));
        awaiting = result.awaiting;
        const buttons = result.outputs.flatMap((o) => (o.type === 'text' ? o.buttons : []));
        if (buttons.length > 0 || result.outputs.length > 0) offered = buttons;
      } catch (error) {
        if (!(error instanceof ReplayLineError)) app.logger.error({ err: (error as Error).message }, 'replay turn failed');
        emit({ turn, error: error instanceof ReplayLineError ? error.message : 'internal error while handling this line' });
      }
      emit({ turn, end: true, awaiting });
      turn += 1;
    }
  } finally {
    await app.store.close();
  }
  return 0;
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

function defaultIo(): ReplayIo {
  return { input: process.stdin, write: (line) => process.stdout.write(line) };
}
