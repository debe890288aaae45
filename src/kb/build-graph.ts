/**
 * `npm run build` step: compiles the shipped guide (`src/kb/flows/*.flow`) to `dist/graph.json`
 * so the running bot never parses flow files. Prints diagnostics to stderr; exits 1 on errors.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { stampOf, stampPath } from '../dialogs/graph-loader.js';
import { parseGraph } from '../dialogs/graph.js';
import { compileFlowFiles } from './compile.js';
import { formatDiagnostic, hasErrors } from './diagnostics.js';
import { displayPath, GRAPH_JSON, shippedFlowFiles } from './paths.js';

/** Compiles the guide and writes the graph; returns the process exit code. */
export async function buildGraph(): Promise<number> {
  const files = shippedFlowFiles();
  if (files.length === 0) {
    process.stderr.write('build-graph: no flow files in src/kb/flows; nothing to compile\n');
    return 1;
  }
  const result = await compileFlowFiles(files);
  for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (hasErrors(result.diagnostics) || !result.graph) {
    process.stderr.write(`build-graph: the guide has errors; ${displayPath(GRAPH_JSON)} not written\n`);
    return 1;
  }
  await mkdir(dirname(GRAPH_JSON), { recursive: true });
  const text = `${JSON.stringify(result.graph, null, 2)}\n`;
  await writeFile(GRAPH_JSON, text);
  await writeStamp(text);
  const g = result.graph;
  process.stderr.write(
    `build-graph: ${Object.keys(g.topics).length} topics, ${Object.keys(g.steps).length} steps, ` +
      `${Object.keys(g.tickets).length} ticket templates -> ${displayPath(GRAPH_JSON)} (version ${g.version})\n`,
  );
  return 0;
}

/**
 * Stamps the written graph as checked (see graph-loader.ts), once the schema has parsed it back
 * to exactly the same value: a schema default the compiler did not fill would otherwise be
 * missing from a graph read unvalidated.
 */
async function writeStamp(text: string): Promise<void> {
  const json: unknown = JSON.parse(text);
  const stamp = stampOf(text);
  if (stamp === undefined || !isDeepStrictEqual(parseGraph(json), json)) {
    await rm(stampPath(GRAPH_JSON), { force: true });
    process.stderr.write('build-graph: the graph differs from its parsed form; it will be validated at every start\n');
    return;
  }
  await writeFile(stampPath(GRAPH_JSON), `${stamp}\n`);
}

process.exitCode = await buildGraph();
