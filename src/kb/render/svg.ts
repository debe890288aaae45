/** DOT to SVG offline, with Graphviz compiled to WebAssembly (no `dot` binary needed). */
import { Graphviz } from '@hpcc-js/wasm-graphviz';

/** Lays out a DOT graph and returns the SVG text. */
export async function dotToSvg(dot: string): Promise<string> {
  const graphviz = await Graphviz.load();
  return graphviz.dot(dot, 'svg');
}
