/**
 * Work done once when the playground starts, before anyone types: the first check of a guide
 * and the first Graphviz layout are several times slower than the next ones (V8 has not compiled
 * the parser and checks yet, Graphviz's WebAssembly is not loaded), and a maintainer's first
 * edit should underline as fast as the tenth.
 */
import type { Logger } from 'pino';
import { analyseDrafts } from './draft-analysis.js';
import type { FlowFolder } from './flow-folder.js';
import type { GraphPictures } from './graph-pictures.js';

/** Checks the folder's guide a few times (once with a broken reference) and draws one topic. */
export async function warmUp(folder: FlowFolder, pictures: GraphPictures, logger: Logger): Promise<void> {
  try {
    const drafts = await folder.readAll();
    const first = await analyseDrafts(folder, drafts);
    const [name, text] = [...drafts][0] ?? [];
    if (name !== undefined && text !== undefined) {
      // An error path too: unresolved references and their messages are code of their own.
      await analyseDrafts(folder, new Map([...drafts, [name, text.replace(/->\s*[a-z][a-z0-9.-]*/, '-> no-such-step')]]));
    }
    await analyseDrafts(folder, drafts);
    const topic = Object.keys(first.graph?.topics ?? {})[0];
    if (first.graph && topic) await pictures.svg(first.graph, topic);
  } catch (error) {
    logger.debug({ err: error instanceof Error ? error.message : String(error) }, 'playground: warm-up failed');
  }
}
