/**
 * Loading the compiled graph: a graph the build stamped as checked is read as it is; any other
 * (edited after the build, without its stamp, or stamped for other text) is validated, so a bad
 * graph is still refused with the reason.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/dialogs/graph.js';
import { loadGraph, stampOf, stampPath } from '../../src/dialogs/graph-loader.js';
import { miniGraph } from './support/mini-graph.js';

function graphFile(text: string, stamp?: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'graph-loader-')), 'graph.json');
  writeFileSync(path, text);
  if (stamp !== undefined) writeFileSync(stampPath(path), `${stamp}\n`);
  return path;
}

describe('loadGraph', () => {
  const good = JSON.stringify(parseGraph(miniGraph()));
  // Valid JSON the schema refuses: a topic without its examples.
  const bad = JSON.stringify({ ...miniGraph(), topics: { login: { ...miniGraph().topics.login, examples: undefined } } });

  it('validates a graph without a stamp', async () => {
    await expect(loadGraph(graphFile(good))).resolves.toEqual(parseGraph(JSON.parse(good)));
    await expect(loadGraph(graphFile(bad))).rejects.toThrow(/is invalid/);
  });

  it('validates a graph whose stamp is for other text (edited after the build)', async () => {
    await expect(loadGraph(graphFile(bad, stampOf(good)))).rejects.toThrow(/is invalid/);
    await expect(loadGraph(graphFile(bad, 'not-a-stamp'))).rejects.toThrow(/is invalid/);
  });

  it('reads a stamped graph as it is, without validating it again', async () => {
    await expect(loadGraph(graphFile(good, stampOf(good)))).resolves.toEqual(JSON.parse(good));
    // Proof that the schema did not run: the stamped text is taken even where it would fail.
    await expect(loadGraph(graphFile(bad, stampOf(bad)))).resolves.toEqual(JSON.parse(bad));
  });

  it('says which file it cannot read or parse', async () => {
    await expect(loadGraph('/nonexistent/graph.json')).rejects.toThrow(/cannot read the conversation graph \/nonexistent\/graph.json/);
    await expect(loadGraph(graphFile('{not json'))).rejects.toThrow(/is invalid/);
  });

  it('the built graph is the same whether read stamped or validated', async () => {
    const text = readFileSync(new URL('../../dist/graph.json', import.meta.url), 'utf8');
    await expect(loadGraph(graphFile(text, stampOf(text)))).resolves.toEqual(parseGraph(JSON.parse(text)));
  });
});

describe('the build', () => {
  it('stamps the graph it wrote, under the compiled schema that `route` and the bot load', async () => {
    const { execFileSync } = await import('node:child_process');
    const dist = new URL('../../dist/', import.meta.url);
    const script = `import('${new URL('dialogs/graph-loader.js', dist).href}').then((m) => process.stdout.write(m.stampOf(require('node:fs').readFileSync(process.argv[1], 'utf8')) ?? 'none'))`;
    const graphPath = new URL('graph.json', dist).pathname;
    const expected = execFileSync(process.execPath, ['-e', script, graphPath], { encoding: 'utf8' });
    expect(readFileSync(stampPath(graphPath), 'utf8').trim()).toBe(expected);
  });
});
