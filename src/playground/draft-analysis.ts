/**
 * Checking a tab's drafts exactly as `kb check` checks the files: the same compile
 * ({@link compileFlowDrafts}, which `kb check` runs on the texts it reads), so the messages and
 * positions in the editor are the ones the command line prints for the same texts.
 */
import { join, relative, resolve } from 'node:path';
import type { Graph } from '../dialogs/index.js';
import { compileFlowDrafts } from '../kb/compile.js';
import type { FlowDiagnostic } from '../kb/diagnostics.js';
import { displayPath, PACKAGE_ROOT } from '../kb/paths.js';
import type { FlowFolder } from './flow-folder.js';
import type { StepPlace, WireDiagnostic } from './protocol.js';

/** The outcome of one check of all drafts. */
export type DraftAnalysis = {
  diagnostics: WireDiagnostic[];
  /** The compiled graph, when there is no error. */
  graph?: Graph;
  /** Where each step of the graph is defined (file name and line). */
  steps: Record<string, StepPlace>;
  ms: number;
};

/** Compiles `drafts` (file name → text) as the guide of `folder`. */
export async function analyseDrafts(folder: FlowFolder, drafts: ReadonlyMap<string, string>): Promise<DraftAnalysis> {
  const started = performance.now();
  const names = folder.names.filter((n) => drafts.has(n));
  const paths = names.map((n) => join(folder.dir, n));
  const result = await compileFlowDrafts(paths.map((path, i) => ({ path, text: drafts.get(names[i]!)! })));
  // `kb check` names files relative to the working directory and steps relative to the package
  // root; the page knows files by their bare name.
  const byDisplay = new Map(paths.map((p, i) => [displayPath(p), names[i]!]));
  const bySource = new Map(paths.map((p, i) => [relative(PACKAGE_ROOT, resolve(p)).replace(/\\/g, '/'), names[i]!]));
  const diagnostics = result.diagnostics.map((d) => toWire(d, byDisplay.get(d.file) ?? d.file));
  const steps: Record<string, StepPlace> = {};
  for (const step of Object.values(result.graph?.steps ?? {})) {
    const file = step.source && bySource.get(step.source.file);
    if (step.source && file) steps[step.id] = { file, line: step.source.line };
  }
  return { diagnostics, ...(result.graph ? { graph: result.graph } : {}), steps, ms: Math.round(performance.now() - started) };
}

function toWire(d: FlowDiagnostic, file: string): WireDiagnostic {
  return {
    file,
    line: d.line,
    column: d.column,
    endLine: d.endLine ?? d.line,
    endColumn: d.endColumn ?? d.column,
    severity: d.severity,
    message: d.message,
  };
}
