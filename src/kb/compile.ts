/**
 * The flow compiler: flow files in, a zod-checked {@link Graph} and diagnostics out.
 *
 * A graph is only produced when there is no error; warnings do not stop it.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseGraph, type Graph } from '../dialogs/graph.js';
import { compileGraphContent } from './compile-graph.js';
import { compareDiagnostics, hasErrors, type FlowDiagnostic } from './diagnostics.js';
import { shippedContext } from './guide-context.js';
import { graphVersion } from './graph-version.js';
import { loadFlowWorkspace, type FlowSource } from './load-workspace.js';
import { displayPath, PACKAGE_ROOT, shippedFlowFiles } from './paths.js';

/** What the compiler returns: the graph when error-free, and every diagnostic. */
export type CompileResult = { graph?: Graph; diagnostics: FlowDiagnostic[] };

/**
 * Compiles in-memory sources (`file` names them in messages and in step `source`). `context`
 * sources are loaded with them (the rest of the guide); their diagnostics come after those of
 * `sources`, so the first line of `kb check` is about the files that were asked for.
 */
export async function compileFlowSources(
  sources: readonly FlowSource[],
  sourceName: (file: string) => string = (f) => f,
  context: readonly FlowSource[] = [],
): Promise<CompileResult> {
  const workspace = await loadFlowWorkspace([...sources, ...context]);
  const asked = new Set(sources.map((s) => s.file));
  const inAsked = workspace.diagnostics.filter((d) => asked.has(d.file)).sort(compareDiagnostics);
  const inContext = workspace.diagnostics.filter((d) => !asked.has(d.file)).sort(compareDiagnostics);
  workspace.diagnostics = [...inAsked, ...inContext];
  if (hasErrors(workspace.diagnostics)) return { diagnostics: workspace.diagnostics };
  const content = compileGraphContent(workspace.roots.map((r) => ({ file: sourceName(r.file), root: r.root })));
  const graph = parseGraph({ version: graphVersion(content), ...content });
  return { graph, diagnostics: workspace.diagnostics };
}

/** Compiles one flow text (handy in tests). */
export function compileFlowText(text: string, file = 'inline.flow'): Promise<CompileResult> {
  return compileFlowSources([{ file, text }]);
}

/** Options of {@link compileFlowFiles}. */
export type CompileFilesOptions = {
  /**
   * `shipped` (default): when the files are not a whole guide (no menu or a contract topic
   * missing), check them within the shipped guide, theirs replacing its same-named parts (see
   * `guide-context.ts`). `none`: the files alone are the guide.
   */
  context?: 'shipped' | 'none';
};

/** A flow file's path (as `kb check` was given it) and its text, read from disk or a draft. */
export type FlowDraft = { path: string; text: string };

async function readDrafts(paths: readonly string[]): Promise<FlowDraft[]> {
  // A UTF-8 byte order mark (some Windows editors write one) is not part of the text.
  const read = async (p: string) => (await readFile(p, 'utf8')).replace(/^\uFEFF/, '');
  return Promise.all(paths.map(async (p) => ({ path: p, text: await read(p) })));
}

const asSource = (d: FlowDraft): FlowSource => ({ file: displayPath(d.path), text: d.text });

/**
 * Compiles flow files as one guide. Diagnostics name files relative to the working directory;
 * step `source.file` is relative to the package root so the graph does not depend on where it
 * was built.
 */
export async function compileFlowFiles(paths: readonly string[], options: CompileFilesOptions = {}): Promise<CompileResult> {
  return compileFlowDrafts(await readDrafts(paths), options);
}

/**
 * {@link compileFlowFiles} on texts already in memory (an editor's unsaved drafts of those
 * files): the same names, context and diagnostics as `kb check` would give for the same texts.
 */
export async function compileFlowDrafts(drafts: readonly FlowDraft[], options: CompileFilesOptions = {}): Promise<CompileResult> {
  const sources = drafts.map(asSource);
  let context: FlowSource[] = [];
  if ((options.context ?? 'shipped') === 'shipped') {
    const shippedPaths = shippedFlowFiles();
    const shipped = (await readDrafts(shippedPaths)).map(asSource);
    context = shippedContext(sources, drafts.map((d) => d.path), shipped, shippedPaths);
  }
  return compileFlowSources(sources, (file) => relative(PACKAGE_ROOT, resolve(file)).replace(/\\/g, '/'), context);
}
