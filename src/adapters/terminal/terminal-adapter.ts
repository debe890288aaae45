/**
 * `chat`: an interactive terminal conversation. Buttons are numbered; typing a number presses
 * that button. Ctrl-D or "/quit" ends the session.
 */
import { createInterface } from 'node:readline';
import type { Button, Inbound, Outbound } from '../../dialogs/messages.js';
import { toPlainText } from '../../dialogs/engine/render.js';
import { createAppContext, option } from '../../dialogs/app-context.js';

/** Where chat reads and writes. */
export interface ChatIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  terminal: boolean;
}

/** Runs the chat command; resolves with the exit code when the input ends. */
export async function runChat(args: readonly string[], io: ChatIo = defaultIo()): Promise<number> {
  const storeUrl = option(args, 'store') ?? process.env['REDIS_URL'];
  const user = option(args, 'user') ?? 'local';
  const app = await createAppContext(storeUrl ? { storeUrl } : {});
  const rl = createInterface({ input: io.input, output: io.output, terminal: io.terminal });
  const print = (text: string): void => { io.output.write(`${text}\n`); };
  let offered: Button[] = [];
  const send = async (input: Inbound): Promise<void> => {
    const result = await app.handle(`cli:${user}`, input, { userId: `cli:${user}`, channel: 'cli', locale: localeHint() });
    const buttons = result.outputs.flatMap((o) => (o.type === 'text' ? o.buttons : []));
    result.outputs.forEach((o) => print(render(o, buttons)));
    if (result.outputs.length > 0) offered = buttons;
  };
  try {
    await send({ type: 'command', command: 'start' });
    rl.setPrompt('> ');
    rl.prompt();
    for await (const line of rl) {
      const typed = line.trim();
      if (typed === '/quit' || typed === '/exit') break;
      const number = /^\d{1,2}$/.test(typed) ? Number(typed) : NaN;
      const button = offered[number - 1];
      await send(button ? { type: 'button', id: button.id } : { type: 'text', text: line });
      rl.prompt();
    }
  } finally {
    rl.close();
    await app.store.close();
  }
  return 0;
}

/** A message as terminal text; its buttons numbered in the order of the whole turn. */
function render(out: Outbound, turnButtons: readonly Button[]): string {
  if (out.type === 'ticket') return `[tiket ${out.ticket.id}: ${out.ticket.status}, layanan ${out.ticket.service}]`;
  const lines = out.text ? [toPlainText(out.text)] : [];
  for (const b of out.buttons) {
    const n = turnButtons.indexOf(b) + 1;
    lines.push(`  ${n}) ${b.label}${b.url ? ` <${b.url}>` : ''}`);
  }
  return lines.join('\n');
}

/** The terminal's language, from LANG (e.g. en_US.UTF-8 → en). */
function localeHint(): 'id' | 'en' | undefined {
  const lang = process.env['LANG'] ?? '';
  return lang.startsWith('en') ? 'en' : undefined;
}

function defaultIo(): ChatIo {
  return { input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) };
}
