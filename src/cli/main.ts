#!/usr/bin/env node
/**
 * The command line: `chat`, `route`, `replay`, `kb ...` (see the design contract). Each command
 * lives in its own file; this one only dispatches and turns failures into exit codes.
 */
import { runChat } from './chat.js';
import { runKb } from './kb-command.js';
import { runReplay } from './replay.js';
import { runRoute } from './route.js';

const USAGE = `usage: ds-helpdesk <command>
  chat                              talk to the bot in the terminal
  route                             JSON lines {"text"} in, {"text","topic","confidence"} out
  replay [--user ID] [--store URL]  a conversation over JSON lines
  kb check|export|graph ...         flow tools`;

/** Runs one command line; resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'chat':
      return runChat(args);
    case 'route':
      return runRoute(args);
    case 'replay':
      return runReplay(args);
    case 'kb':
      return runKb(args, { stdout: process.stdout, stderr: process.stderr });
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`unknown command: ${command}\n${USAGE}\n`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
