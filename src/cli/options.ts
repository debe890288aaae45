/** Command-line option parsing shared by the commands. */

/** Reads `--name value` or `--name=value` from `args`. */
export function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  if (at >= 0) return args[at + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

/** The compiled graph to load: `DS_HELPDESK_GRAPH` when set (tests, the playground), else the built one. */
export function graphPathFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env['DS_HELPDESK_GRAPH'] || undefined;
}
