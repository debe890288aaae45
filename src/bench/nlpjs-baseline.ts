/**
 * NLP.js (@nlpjs/basic + @nlpjs/lang-id), the usual off-the-shelf intent classifier for
 * Node, trained on exactly what our router is trained on (every topic's examples, keywords
 * and titles, plus the out-of-scope examples), as the benchmark's point of comparison.
 */
import { createRequire } from 'node:module';
import type { Graph } from '../dialogs/graph.js';
import { detectLocale } from '../dialogs/input/index.js';
import { OUT_OF_SCOPE_EXAMPLES } from '../dialogs/router/index.js';

const require = createRequire(import.meta.url);

interface NlpProcessResult { intent: string; score: number }
interface Nlp {
  addLanguage(locale: string): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<void>;
  process(locale: string, utterance: string): Promise<NlpProcessResult>;
}

/** A trained NLP.js classifier: text → topic id ('None' becomes `unknown`). */
export type NlpJsClassifier = (text: string) => Promise<string>;

/** Trains NLP.js on the graph's training text; returns the classifier and the training time. */
export async function trainNlpJs(graph: Graph): Promise<{ classify: NlpJsClassifier; trainMs: number }> {
  const started = performance.now();
  const { dockStart } = require('@nlpjs/basic') as { dockStart: (s: unknown) => Promise<{ get(n: string): Nlp; getContainer(): { use(p: unknown): void } }> };
  const { LangId } = require('@nlpjs/lang-id') as { LangId: unknown };
  const dock = await dockStart({
    use: ['Basic'],
    settings: { nlp: { languages: ['id', 'en'], autoSave: false, autoLoad: false, log: false, calculateSentiment: false, nlu: { log: false } } },
  });
  dock.getContainer().use(LangId);
  const nlp = dock.get('nlp');
  nlp.addLanguage('id');
  for (const topic of Object.values(graph.topics)) {
    for (const text of topic.examples.id) nlp.addDocument('id', text, topic.id);
    for (const text of topic.examples.en) nlp.addDocument('en', text, topic.id);
    for (const text of [...topic.keywords, topic.title.id]) nlp.addDocument('id', text, topic.id);
    nlp.addDocument('en', topic.title.en, topic.id);
  }
  for (const text of OUT_OF_SCOPE_EXAMPLES) nlp.addDocument(detectLocale(text, 'id'), text, 'unknown');
  await nlp.train();
  const classify: NlpJsClassifier = async (text) => {
    const result = await nlp.process(detectLocale(text, 'id'), text);
    return !result.intent || result.intent === 'None' ? 'unknown' : result.intent;
  };
  return { classify, trainMs: performance.now() - started };
}
