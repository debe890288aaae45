/**
 * The router over JSON lines (`route`): `{"text": "..."}` in, `{"text", "topic", "confidence"}`
 * out, one per input line, in order. Nothing else is written. The echoed `text` is the
 * secret-redacted text (a PIN or password pasted into a question must not come back out), and
 * that redacted text is what gets routed, as in a conversation.
 */
import type { Router } from '../../dialogs/router/index.js';
import { guardSecrets, withoutPlaceholder } from '../../dialogs/input/index.js';
import { lineReader, stdoutLineWriter } from '../stream-lines.js';

/** Where route reads and writes. */
export interface RouteIo {
  input: NodeJS.ReadableStream;
  write(line: string): void;
  /** Where an internal error is told (never stdout, which carries only answers); stderr by default. */
  warn?(line: string): void;
}

/** Routes every line of `io.input`; resolves when the input ends. */
export async function routeLines(router: Router, io: RouteIo = processIo()): Promise<void> {
  for await (const line of lineReader(io.input)) {
    if (line.trim().length === 0) continue;
    const text = textOf(line);
    if (text === undefined) {
      // The bad line itself is not echoed: it may hold a secret the guard cannot parse out of JSON.
      io.write(`${JSON.stringify({ text: guardSecrets(line).text, topic: 'unknown', confidence: 0, error: 'expected {"text": "..."}' })}\n`);
      continue;
    }
    const redacted = guardSecrets(text).text;
    io.write(`${JSON.stringify({ text: redacted, ...answerOf(router, redacted, io.warn ?? ((l) => process.stderr.write(l))) })}\n`);
  }
}

/**
 * The router's answer for one redacted text. A failure inside the router (a bug, never the
 * user's fault) answers that line `unknown` with an error and leaves the other lines alone,
 * instead of ending the process with the rest of the input unanswered.
 */
function answerOf(router: Router, redacted: string, warn: (line: string) => void): { topic: string; confidence: number; error?: string } {
  try {
    const { topic, confidence } = router.route(withoutPlaceholder(redacted));
    return { topic, confidence: Math.round(confidence * 100) / 100 };
  } catch (error) {
    warn(`route: internal error on a line: ${error instanceof Error ? error.message : String(error)}\n`);
    return { topic: 'unknown', confidence: 0, error: 'internal error while routing this line' };
  }
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

function processIo(): RouteIo {
  return { input: process.stdin, write: stdoutLineWriter() };
}
