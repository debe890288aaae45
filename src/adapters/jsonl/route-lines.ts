/**
 * `route`: JSON lines `{"text": "..."}` in, `{"text", "topic", "confidence"}` out, one per input
 * line, in order. Nothing else is written to stdout. The echoed `text` is the secret-redacted
 * text (a PIN or password pasted into a question must not come back out), and that redacted text
 * is what gets routed, as in a conversation.
 */
import { createInterface } from 'node:readline';
import { loadGraph } from '../../dialogs/graph-loader.js';
import { createRouter } from '../../dialogs/router/router.js';
import { guardSecrets } from '../../dialogs/input/secret-guard.js';
import { withoutPlaceholder } from '../../dialogs/input/routing-text.js';

/** Where route reads and writes. */
export interface RouteIo {
  input: NodeJS.ReadableStream;
  write(line: string): void;
}

/** Runs the route command; resolves with the exit code. */
export async function runRoute(_args: readonly string[], io: RouteIo = defaultIo()): Promise<number> {
  const router = createRouter(await loadGraph(process.env['DS_HELPDESK_GRAPH'] || undefined));
  const lines = createInterface({ input: io.input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    const text = textOf(line);
    if (text === undefined) {
      // The bad line itself is not echoed: it may hold a secret the guard cannot parse out of JSON.
      io.write(`${JSON.stringify({ text: guardSecrets(line).text, topic: 'unknown', confidence: 0, error: 'expected {"text": "..."}' })}\n`);
      continue;
    }
    const redacted = guardSecrets(text).text;
    const { topic, confidence } = router.route(withoutPlaceholder(redacted));
    io.write(`${JSON.stringify({ text: redacted, topic, confidence: Math.round(confidence * 100) / 100 })}\n`);
  }
  return 0;
}

function textOf(line: string): string | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string') {
      return (value as { text: string }).text;
    }
  } catch {
    // Not JSON: reported as an error line by the caller.
  }
  return undefined;
}

function defaultIo(): RouteIo {
  return { input: process.stdin, write: (line) => process.stdout.write(line) };
}
