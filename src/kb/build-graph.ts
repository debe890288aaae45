/**
 * `npm run build` step: compiles the shipped guide (`src/kb/flows/*.flow`) to `dist/graph.json`
 * so the running bot never parses flow files. Prints diagnostics to stderr; exits 1 on errors.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
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
  await writeFile(GRAPH_JSON, `${JSON.stringify(result.graph, null, 2)}\n`);
  const g = result.graph;
  process.stderr.write(
    `build-graph: ${Object.keys(g.topics).length} topics, ${Object.keys(g.steps).length} steps, ` +
      `${Object.keys(g.tickets).length} ticket templates -> ${displayPath(GRAPH_JSON)} (version ${g.version})\n`,
  );
  return 0;
}

process.exitCode = await buildGraph();
