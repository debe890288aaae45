/**
 * The flow compiler: flow files in, a zod-checked {@link Graph} and diagnostics out.
 *
 * A graph is only produced when there is no error; warnings do not stop it.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseGraph, type Graph } from '../dialogs/graph.js';
import { compileGraphContent } from './compile-graph.js';
import { hasErrors, type FlowDiagnostic } from './diagnostics.js';
import { graphVersion } from './graph-version.js';
import { loadFlowWorkspace, type FlowSource } from './load-workspace.js';
import { displayPath, PACKAGE_ROOT } from './paths.js';

/** What the compiler returns: the graph when error-free, and every diagnostic. */
export type CompileResult = { graph?: Graph; diagnostics: FlowDiagnostic[] };

/** Compiles in-memory sources (`file` names them in messages and in step `source`). */
export async function compileFlowSources(
  sources: readonly FlowSource[],
  sourceName: (file: string) => string = (f) => f,
): Promise<CompileResult> {
  const workspace = await loadFlowWorkspace(sources);
  if (hasErrors(workspace.diagnostics)) return { diagnostics: workspace.diagnostics };
  const content = compileGraphContent(workspace.roots.map((r) => ({ file: sourceName(r.file), root: r.root })));
  const graph = parseGraph({ version: graphVersion(content), ...content });
  return { graph, diagnostics: workspace.diagnostics };
}

/** Compiles one flow text (handy in tests). */
export function compileFlowText(text: string, file = 'inline.flow'): Promise<CompileResult> {
  return compileFlowSources([{ file, text }]);
}

/**
 * Compiles flow files as one guide. Diagnostics name files relative to the working directory;
 * step `source.file` is relative to the package root so the graph does not depend on where it
 * was built.
 */
export async function compileFlowFiles(paths: readonly string[]): Promise<CompileResult> {
  const sources = await Promise.all(
    paths.map(async (p) => ({ file: displayPath(p), text: await readFile(p, 'utf8') })),
  );
  return compileFlowSources(sources, (file) => relative(PACKAGE_ROOT, resolve(file)).replace(/\\/g, '/'));
}
