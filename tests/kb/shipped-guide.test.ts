/** The guide we ship (src/kb/flows) must compile with zero errors and zero warnings. */
import { describe, expect, it } from 'vitest';
import { runKb } from '../../src/cli/kb-command.js';
import { TOPIC_IDS } from '../../src/dialogs/graph.js';
import { compileFlowFiles } from '../../src/kb/compile.js';
import { formatDiagnostic } from '../../src/kb/diagnostics.js';
import { shippedFlowFiles } from '../../src/kb/paths.js';
import { readableText } from '../../src/kb/validation/fact-checks.js';
import type { Graph } from '../../src/dialogs/graph.js';

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

/** The guide topics: every contract topic but small talk and out-of-scope. */
const GUIDE_TOPICS = TOPIC_IDS.filter((t) => t !== 'greeting' && t !== 'thanks' && t !== 'unknown');

/** Facts each of these topics must at least declare (a declared fact containing it, any case). */
const REQUIRED_FACTS: Record<string, { id: string[]; en: string[] }> = {
  'forgot-password': { id: ['noreply@bsre.id', '24 jam', '5 menit'], en: ['noreply@bsre.id', '24 hours', '5 minutes'] },
  'otp-setup': {
    id: ['FreeOTP', 'Google Authenticator', 'barcode', 'One-time code', 'Nama Device'],
    en: ['FreeOTP', 'Google Authenticator', 'barcode', 'One-time code', 'Nama Device'],
  },
  'check-status': { id: ['Valid Sampai'], en: ['Valid Sampai'] },
  'signing-stuck': { id: ['UPSDM', 'NIK'], en: ['UPSDM', 'NIK'] },
  'nik-mismatch': { id: ['RA Kemenkeu'], en: ['RA Kemenkeu'] },
};

describe('the shipped guide: first answers that stand alone', () => {
  let graph: Graph;
  const compiled = async (): Promise<Graph> => {
    graph ??= (await compileFlowFiles(shippedFlowFiles())).graph!;
    return graph;
  };

  it('declares facts in both languages for every guide topic', async () => {
    const g = await compiled();
    const missing = GUIDE_TOPICS.flatMap((t) => (['id', 'en'] as const)
      .filter((lang) => (g.topics[t]?.facts?.[lang] ?? []).length === 0)
      .map((lang) => `${t} (${lang})`));
    expect(missing).toEqual([]);
  });

  it('declares at least the key facts the issue names', async () => {
    const g = await compiled();
    for (const [topic, wanted] of Object.entries(REQUIRED_FACTS)) {
      for (const lang of ['id', 'en'] as const) {
        const declared = (g.topics[topic]?.facts?.[lang] ?? []).map((f) => f.toLowerCase());
        for (const fact of wanted[lang]) {
          expect(declared.some((d) => d.includes(fact.toLowerCase())), `${topic} (${lang}) declares "${fact}"`).toBe(true);
        }
      }
    }
  });

  it('says every declared fact in the first message of its language (as the compiler checks)', async () => {
    const g = await compiled();
    for (const topic of GUIDE_TOPICS) {
      const start = g.steps[g.topics[topic]!.start]!;
      for (const lang of ['id', 'en'] as const) {
        const said = readableText(start.message?.[lang] ?? '');
        for (const fact of g.topics[topic]!.facts?.[lang] ?? []) expect(said, `${topic} (${lang}): "${fact}"`).toContain(readableText(fact).trim());
      }
    }
  });
});
