/**
 * Reading a line stream one turn at a time, for the adapters over streams (terminal, JSON lines):
 * each line is answered before the next is read, `stop()` ends the reading and waits for the
 * turn in flight, and `finished` resolves when the input has ended.
 */
import { createInterface, type Interface } from 'node:readline';

/** A running line loop. */
export interface LineLoop {
  readonly finished: Promise<void>;
  stop(): Promise<void>;
}

/** Runs `onLine` for each line of `input`, in order; `onLine` never overlaps itself. */
export function runLineLoop(
  reader: Interface,
  onLine: (line: string) => Promise<boolean | void>,
): LineLoop {
  let stopped = false;
  const finished = (async () => {
    try {
      for await (const line of reader) {
        if (stopped) break;
        // `false` from the handler ends the loop (e.g. the user typed /quit).
        if ((await onLine(line)) === false) break;
      }
    } finally {
      reader.close();
    }
  })();
  return {
    finished,
    async stop() {
      stopped = true;
      reader.close();
      await finished.catch(() => undefined);
    },
  };
}

/** A readline interface over `input` (no terminal echo handling unless `terminal`). */
export function lineReader(input: NodeJS.ReadableStream, output?: NodeJS.WritableStream, terminal = false): Interface {
  return createInterface({ input, ...(output ? { output } : {}), terminal, crlfDelay: Infinity });
}

/**
 * Writes lines to standard output for a JSON-lines command (`route`, `replay`). A reader that
 * stops early (`route < questions.jsonl | head`) closes the pipe; the command then ends quietly
 * with exit code 0, as Unix filters do, instead of dying on an unhandled EPIPE.
 */
export function stdoutLineWriter(): (line: string) => void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return (line) => {
    process.stdout.write(line);
  };
}
