/**
 * Pictures of a draft's graph (the whole guide or one topic) as SVG, drawn with the same DOT as
 * `kb graph` and Graphviz compiled to WebAssembly; the last few are kept, since a maintainer
 * flips between topics of one draft far more often than the draft changes.
 */
import type { Graph } from '../dialogs/index.js';
import { graphToDot } from '../kb/render/dot.js';
import { dotToSvg } from '../kb/render/svg.js';

const KEEP = 48;

/** A small cache of rendered pictures, keyed by graph version and topic. */
export class GraphPictures {
  private readonly cache = new Map<string, Promise<string>>();

  /** The SVG of `graph`, or of one topic of it. */
  svg(graph: Graph, topic?: string): Promise<string> {
    const key = `${graph.version}|${topic ?? '*'}`;
    let picture = this.cache.get(key);
    if (!picture) {
      picture = dotToSvg(graphToDot(graph, topic ? { topic } : {}));
      picture.catch(() => this.cache.delete(key));
      this.cache.set(key, picture);
      while (this.cache.size > KEEP) this.cache.delete(this.cache.keys().next().value!);
    }
    return picture;
  }
}
