/**
 * A small Dockerfile reader for the replay test: stages (`FROM … AS name`) and the instructions
 * the replay understands (WORKDIR, ENV, COPY, RUN, USER, EXPOSE, HEALTHCHECK, CMD, ENTRYPOINT).
 * Comments, line continuations and both command forms (shell and JSON exec) are handled; any
 * other instruction is reported, so a new one cannot be silently left out of the replay.
 */

/** One instruction, with its arguments as written (continuations joined). */
export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/** A build stage. */
export interface Stage {
  name: string;
  image: string;
  instructions: Instruction[];
}

const KNOWN = new Set(['FROM', 'WORKDIR', 'ENV', 'COPY', 'RUN', 'USER', 'EXPOSE', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT', 'ARG', 'LABEL', 'STOPSIGNAL']);

/** Parses a Dockerfile into its stages; throws on an instruction the replay does not know. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const first = i + 1;
    let line = lines[i]!;
    if (/^\s*(#|$)/.test(line)) continue;
    // Continuations; comment lines inside a continued instruction are dropped, as Docker does.
    while (/\\\s*$/.test(line) && i + 1 < lines.length) {
      line = line.replace(/\\\s*$/, ' ');
      i += 1;
      if (!/^\s*#/.test(lines[i]!)) line += lines[i]!;
    }
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!match) throw new Error(`Dockerfile:${first}: cannot read "${line}"`);
    const keyword = match[1]!.toUpperCase();
    const args = match[2]!.trim();
    if (!KNOWN.has(keyword)) throw new Error(`Dockerfile:${first}: the replay does not know ${keyword}`);
    if (keyword === 'FROM') {
      const from = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new Error(`Dockerfile:${first}: cannot read FROM ${args}`);
      stages.push({ image: from[1]!, name: from[2] ?? String(stages.length), instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`Dockerfile:${first}: ${keyword} before FROM`);
    stage.instructions.push({ keyword, args, line: first });
  }
  return stages;
}

/** A command in exec form (`["node", "x.js"]`) or shell form (run by `sh -c`). */
export function commandOf(args: string): string[] {
  if (args.startsWith('[')) return JSON.parse(args) as string[];
  return ['sh', '-c', args];
}

/** `ENV a=1 b="two words"` (or the legacy `ENV a 1`) as pairs. */
export function envOf(args: string): Record<string, string> {
  const legacy = /^([A-Za-z_][A-Za-z0-9_]*)\s+([^=]*)$/.exec(args);
  if (legacy) return { [legacy[1]!]: legacy[2]!.trim() };
  const out: Record<string, string> = {};
  for (const m of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|\S*)/g)) {
    out[m[1]!] = m[2]!.startsWith('"') ? (JSON.parse(m[2]!) as string) : m[2]!;
  }
  return out;
}

/** `COPY [--from=stage] [--chown=…] src… dest`. */
export function copyOf(args: string): { from?: string; sources: string[]; dest: string } {
  const words = args.startsWith('[') ? (JSON.parse(args) as string[]) : args.split(/\s+/);
  const flags = words.filter((w) => w.startsWith('--'));
  const paths = words.filter((w) => !w.startsWith('--'));
  const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
  if (paths.length < 2) throw new Error(`COPY needs a source and a destination: ${args}`);
  return { ...(from ? { from } : {}), sources: paths.slice(0, -1), dest: paths.at(-1)! };
}

/** `HEALTHCHECK [--options] CMD …`: the command. */
export function healthcheckOf(args: string): string[] {
  const at = args.search(/\bCMD\b/);
  if (at < 0) throw new Error(`HEALTHCHECK without CMD: ${args}`);
  return commandOf(args.slice(at + 3).trim());
}
