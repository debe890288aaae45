/**
 * `kb check|export|graph`: the flow tools of the command-line contract.
 *
 * - `kb check [FILES]`: diagnostics as `file:line:col: severity: message` on stdout; exit 1 on
 *   any error; a one-line summary on stderr.
 * - `kb export [FILES]`: the compiled graph as JSON on stdout.
 * - `kb graph [--format dot|svg|mermaid] [--out FILE] [FILES]`: a picture of the graph.
 *
 * FILES (files or folders of `.flow` files) default to the shipped guide, `src/kb/flows`.
 */
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileFlowFiles, type CompileResult } from '../kb/compile.js';
import { formatDiagnostic, hasErrors } from '../kb/diagnostics.js';
import { shippedFlowFiles } from '../kb/paths.js';
import { graphToDot } from '../kb/render/dot.js';
import { graphToMermaid } from '../kb/render/mermaid.js';
import { dotToSvg } from '../kb/render/svg.js';

/** Where the command writes. */
export type KbIo = { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } };

const USAGE = `usage: kb check [FILES]
       kb export [FILES]
       kb graph [--format dot|svg|mermaid] [--out FILE] [FILES]
FILES are .flow files or folders; default: the shipped guide (src/kb/flows).
`;

/** Thrown for bad command lines; printed with the usage. */
class UsageError extends Error {}

/** Expands folders to their `.flow` files; no arguments means the shipped guide. */
async function flowPaths(args: readonly string[]): Promise<string[]> {
  if (args.length === 0) return shippedFlowFiles();
  const paths: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (!info) throw new UsageError(`kb: no such file or folder: ${arg}`);
    if (info.isDirectory()) {
      const names = (await readdir(arg)).filter((n) => n.endsWith('.flow')).sort();
      paths.push(...names.map((n) => join(arg, n)));
    } else {
      paths.push(arg);
    }
  }
  return paths;
}

async function compile(args: readonly string[], io: KbIo): Promise<CompileResult | undefined> {
  const paths = await flowPaths(args);
  if (paths.length === 0) {
    io.stderr.write('kb: no .flow files to read\n');
    return undefined;
  }
  return compileFlowFiles(paths);
}

async function check(args: readonly string[], io: KbIo): Promise<number> {
  const result = await compile(args, io);
  if (!result) return 1;
  for (const d of result.diagnostics) io.stdout.write(`${formatDiagnostic(d)}\n`);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  if (errors > 0) {
    io.stderr.write(`kb check: ${errors} error(s), ${warnings} warning(s)\n`);
    return 1;
  }
  const g = result.graph!;
  io.stderr.write(
    `kb check: ok, ${Object.keys(g.topics).length} topics, ${Object.keys(g.steps).length} steps, ` +
      `${Object.keys(g.tickets).length} templates, ${warnings} warning(s)\n`,
  );
  return 0;
}

/** Compiles or prints the diagnostics and returns undefined. */
async function graphOrReport(args: readonly string[], io: KbIo): Promise<CompileResult['graph']> {
  const result = await compile(args, io);
  if (!result) return undefined;
  if (hasErrors(result.diagnostics) || !result.graph) {
    for (const d of result.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
    io.stderr.write('kb: the flows have errors (run `kb check`)\n');
    return undefined;
  }
  return result.graph;
}

async function exportGraph(args: readonly string[], io: KbIo): Promise<number> {
  const graph = await graphOrReport(args, io);
  if (!graph) return 1;
  io.stdout.write(`${JSON.stringify(graph, null, 2)}\n`);
  return 0;
}

const FORMATS = ['dot', 'svg', 'mermaid'] as const;
type Format = (typeof FORMATS)[number];

async function drawGraph(args: readonly string[], io: KbIo): Promise<number> {
  let format: Format = 'dot';
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    if (flag === '--format' || flag === '--out') {
      const value = inline ?? args[++i];
      if (!value) throw new UsageError(`kb graph: ${flag} needs a value`);
      if (flag === '--out') out = value;
      else if ((FORMATS as readonly string[]).includes(value)) format = value as Format;
      else throw new UsageError(`kb graph: unknown format '${value}' (dot, svg or mermaid)`);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`kb graph: unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  const graph = await graphOrReport(files, io);
  if (!graph) return 1;
  const dot = graphToDot(graph);
  const text = format === 'dot' ? dot : format === 'svg' ? await dotToSvg(dot) : graphToMermaid(graph);
  if (out) {
    await writeFile(out, text);
    io.stderr.write(`kb graph: wrote ${format} to ${out}\n`);
  } else {
    io.stdout.write(text);
  }
  return 0;
}

/** Runs `kb <args>`; returns the exit code (0 ok, 1 flow errors, 2 bad command line). */
export async function runKb(args: readonly string[], io: KbIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'export':
        return await exportGraph(rest, io);
      case 'graph':
        return await drawGraph(rest, io);
      case undefined:
      case 'help':
      case '--help':
        io.stderr.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`kb: unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
