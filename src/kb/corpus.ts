/**
 * The router's corpus besides the flows' own examples, in src/kb/corpus/:
 * - `out-of-scope.txt`: one question a line that the bot must not answer from the guide
 *   (other systems, other credentials, office chat); `#` lines are section headings;
 * - `*.jsonl` (and sub-folders): labelled questions `{"text", "topic"}` written in the way
 *   employees write (slang, typos, long complaints, English), including the earlier
 *   evaluation sets, which became training data once they had been tuned against.
 * The frozen evaluation set is NOT here (tests/dialogs/router/sets/frozen.jsonl): it is never
 * trained on.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { LabelledSample } from '../dialogs/router/index.js';
import { CORPUS_DIR } from './paths.js';

/** Every labelled sample of the corpus; `source` names its file (e.g. `earlier-sets/blind`). */
export function loadCorpus(dir: string = CORPUS_DIR): LabelledSample[] {
  const samples: LabelledSample[] = [];
  for (const path of filesUnder(dir)) {
    const source = relative(dir, path).replace(/\.(jsonl|txt)$/, '');
    const lines = readFileSync(path, 'utf8').split('\n');
    if (path.endsWith('.txt')) {
      for (const line of lines) {
        const text = line.trim();
        if (text && !text.startsWith('#')) samples.push({ text, topic: 'unknown', source });
      }
      continue;
    }
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const value = JSON.parse(line) as { text?: unknown; topic?: unknown };
      if (typeof value.text !== 'string' || typeof value.topic !== 'string') {
        throw new Error(`${basename(path)}:${i + 1}: expected {"text", "topic"}`);
      }
      samples.push({ text: value.text, topic: value.topic, source });
    });
  }
  return samples;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(jsonl|txt)$/.test(name) ? [path] : [];
  });
}
