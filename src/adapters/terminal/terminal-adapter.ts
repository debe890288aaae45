/**
 * The terminal channel: a conversation on a terminal (what `npm start` runs without channel
 * tokens, and the `chat` command). Buttons are numbered; typing a number presses that button.
 * Ctrl-D or "/quit" ends the conversation.
 */
import type { Button, Inbound, Locale, Outbound } from '../../dialogs/index.js';
import { toPlainText } from '../../dialogs/index.js';
import type { TurnHandler } from '../../dialogs/turn.js';
import type { StreamAdapter } from '../adapter.js';
import { lineReader, runLineLoop, type LineLoop } from '../stream-lines.js';

/** Where the terminal reads and writes. */
export interface TerminalIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Whether `input` is a TTY (line editing and the `> ` prompt). */
  terminal: boolean;
}

/** What the terminal adapter is built from. */
export interface TerminalAdapterOptions {
  handleTurn: TurnHandler;
  io?: TerminalIo;
  /** The local user's id (conversation `cli:<user>`). */
  user?: string;
  /** The terminal's language hint (e.g. from LANG); the engine may switch later. */
  locale?: Locale;
}

/** Builds the terminal adapter; `start()` greets and begins reading, `finished` ends with the input. */
export function createTerminalAdapter(options: TerminalAdapterOptions): StreamAdapter {
  const io = options.io ?? processIo();
  const user = options.user ?? 'local';
  const key = `cli:${user}`;
  const meta = { userId: key, channel: 'cli' as const, ...(options.locale ? { locale: options.locale } : {}) };
  let loop: LineLoop | undefined;
  let resolveFinished: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => { resolveFinished = resolve; });
  let offered: Button[] = [];
  const print = (text: string): void => { io.output.write(`${text}\n`); };

  const send = async (input: Inbound): Promise<void> => {
    const result = await options.handleTurn(key, input, meta);
    const buttons = result.outputs.flatMap((o) => (o.type === 'text' ? o.buttons : []));
    result.outputs.forEach((o) => print(renderForTerminal(o, buttons)));
    if (result.outputs.length > 0) offered = buttons;
  };

  return {
    name: 'terminal',
    finished,
    async start() {
      const reader = lineReader(io.input, io.output, io.terminal);
      reader.setPrompt('> ');
      await send({ type: 'command', command: 'start' });
      reader.prompt();
      loop = runLineLoop(reader, async (line) => {
        const typed = line.trim();
        if (typed === '/quit' || typed === '/exit') return false;
        const number = /^\d{1,2}$/.test(typed) ? Number(typed) : NaN;
        const button = offered[number - 1];
        await send(button ? { type: 'button', id: button.id } : { type: 'text', text: line });
        reader.prompt();
        return true;
      });
      void loop.finished.finally(resolveFinished);
    },
    async stop() {
      if (loop) await loop.stop();
      resolveFinished();
    },
  };
}

/** A message as terminal text; its buttons numbered in the order of the whole turn. */
export function renderForTerminal(out: Outbound, turnButtons: readonly Button[]): string {
  if (out.type === 'ticket') return `[tiket ${out.ticket.id}: ${out.ticket.status}, layanan ${out.ticket.service}]`;
  const lines = out.text ? [toPlainText(out.text)] : [];
  for (const b of out.buttons) {
    const n = turnButtons.indexOf(b) + 1;
    lines.push(`  ${n}) ${b.label}${b.url ? ` <${b.url}>` : ''}`);
  }
  return lines.join('\n');
}

/** The terminal's language, from LANG (e.g. en_US.UTF-8 → en). */
export function terminalLocale(env: NodeJS.ProcessEnv = process.env): Locale | undefined {
  return (env['LANG'] ?? '').startsWith('en') ? 'en' : undefined;
}

function processIo(): TerminalIo {
  return { input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) };
}
