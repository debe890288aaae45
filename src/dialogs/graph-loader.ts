/**
 * Loads the compiled conversation graph (`dist/graph.json`, written by `npm run build`).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Graph, parseGraph } from './graph.js';

/** Where the build writes the graph, relative to this module in dist/dialogs/. */
export const DEFAULT_GRAPH_PATH = fileURLToPath(new URL('../graph.json', import.meta.url));

/** Reads and validates the graph at `path`; the error says which file and what is wrong. */
export async function loadGraph(path: string = DEFAULT_GRAPH_PATH): Promise<Graph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the conversation graph ${path} (run \`npm run build\`): ${(error as Error).message}`);
  }
  try {
    return parseGraph(JSON.parse(text));
  } catch (error) {
    throw new Error(`the conversation graph ${path} is invalid: ${(error as Error).message}`);
  }
}
