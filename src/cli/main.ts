#!/usr/bin/env node
/**
 * The command line: `chat`, `route`, `replay`, `stats`, `kb ...`, `playground` (see the design
 * contract). Each command
 * lives in its own file; this one only dispatches and turns failures into exit codes.
 */
// Commands are imported on demand: `kb` pulls in Langium, which would add seconds to the
// cold start of `chat`, `route` and `replay`.

const USAGE = `usage: ds-helpdesk <command>
  chat                              talk to the bot in the terminal
  route                             JSON lines {"text"} in, {"text","topic","confidence"} out
  replay [--user ID] [--store URL]  a conversation over JSON lines
  stats [--json] [--period day|week] [--last N] [--store URL]
                                    questions the router could not place, funnel per topic
  kb check|export|graph ...         flow tools
  playground [--flows DIR]          edit, check, draw and try the flows in a browser (PLAYGROUND_PORT)`;

/** Runs one command line; resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'chat':
      return (await import('./chat.js')).runChat(args);
    case 'route':
      return (await import('./route.js')).runRoute(args);
    case 'replay':
      return (await import('./replay.js')).runReplay(args);
    case 'stats':
      return (await import('./stats.js')).runStats(args);
    case 'kb':
      return (await import('./kb-command.js')).runKb(args, { stdout: process.stdout, stderr: process.stderr });
    case 'playground':
      return (await import('./playground.js')).runPlayground(args);
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
