/**
 * NLP.js (@nlpjs/basic + @nlpjs/lang-id), the usual off-the-shelf intent classifier for
 * Node, as the benchmark's point of comparison: trained on labelled samples we give it (the
 * graph's own examples, keywords and titles; or those plus the corpus our router learns from).
 */
import { createRequire } from 'node:module';
import type { LabelledSample } from '../dialogs/router/index.js';
import { detectLocale } from '../dialogs/input/index.js';

const require = createRequire(import.meta.url);

interface NlpProcessResult { intent: string; score: number }
interface Nlp {
  addLanguage(locale: string): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<void>;
  process(locale: string, utterance: string): Promise<NlpProcessResult>;
}

interface Container { use(plugin: unknown): void; get(name: string): Nlp }

let containers = 0;

/** A trained NLP.js classifier: text → topic id ('None' becomes `unknown`). */
export type NlpJsClassifier = (text: string) => Promise<string>;

/** Trains NLP.js on `samples` (`unknown` becomes its None intent); returns the classifier and the training time. */
export async function trainNlpJs(samples: readonly LabelledSample[]): Promise<{ classify: NlpJsClassifier; trainMs: number }> {
  const started = performance.now();
  const { dock } = require('@nlpjs/basic') as { dock: { createContainer(name: string, settings: unknown): Promise<Container> } };
  const { LangId } = require('@nlpjs/lang-id') as { LangId: unknown };
  // A container of its own per call: `dockStart` hands every caller the same default container,
  // so a second training in one process would silently retrain the first classifier.
  const container = await dock.createContainer(`bench-${(containers += 1)}`, {
    use: ['Basic'],
    settings: { nlp: { languages: ['id', 'en'], autoSave: false, autoLoad: false, log: false, calculateSentiment: false, nlu: { log: false } } },
  });
  container.use(LangId);
  const nlp = container.get('nlp');
  nlp.addLanguage('id');
  nlp.addLanguage('en');
  for (const s of samples) nlp.addDocument(detectLocale(s.text, 'id'), s.text, s.topic);
  await nlp.train();
  const classify: NlpJsClassifier = async (text) => {
    const result = await nlp.process(detectLocale(text, 'id'), text);
    return !result.intent || result.intent === 'None' ? 'unknown' : result.intent;
  };
  return { classify, trainMs: performance.now() - started };
}
