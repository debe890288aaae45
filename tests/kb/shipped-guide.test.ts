/** The guide we ship (src/kb/flows) must compile with zero errors and zero warnings. */
import { describe, expect, it } from 'vitest';
import { runKb } from '../../src/cli/kb-command.js';
import { TOPIC_IDS } from '../../src/dialogs/graph.js';
import { compileFlowFiles } from '../../src/kb/compile.js';
import { formatDiagnostic } from '../../src/kb/diagnostics.js';
import { shippedFlowFiles } from '../../src/kb/paths.js';

describe('the shipped guide', () => {
  it('compiles with no error and no warning', async () => {
    const files = shippedFlowFiles();
    expect(files.length).toBeGreaterThan(0);
    const result = await compileFlowFiles(files);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.graph).toBeDefined();
  });

  it('kb export names every contract topic with its id, both titles and examples in both languages', async () => {
    let stdout = '';
    const code = await runKb(['export'], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } });
    expect(code).toBe(0);
    const graph = JSON.parse(stdout) as { topics: Record<string, { id: string; title: { id: string; en: string }; examples: { id: string[]; en: string[] } }> };
    expect(Object.keys(graph.topics).sort()).toEqual([...TOPIC_IDS].sort());
    for (const id of TOPIC_IDS) {
      const topic = graph.topics[id]!;
      expect(topic.id).toBe(id);
      expect(topic.title.id.trim(), id).not.toBe('');
      expect(topic.title.en.trim(), id).not.toBe('');
      expect(topic.examples.id.length, id).toBeGreaterThan(0);
      expect(topic.examples.en.length, id).toBeGreaterThan(0);
    }
  });
});
