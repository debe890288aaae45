/**
 * From the two learnt views of a question to an answer: the classifier's scores and the
 * nearest-neighbour votes are blended per label, `unknown` must win by a margin, and an answer
 * is marked unsure (the conversation then asks "Maksud Anda…?") when its score is low or the
 * runner-up is close. Pure, so the cross-validation can try many settings on one set of scores.
 */
import type { TopicId } from '../graph.js';
import type { DecisionSettings } from './settings.js';

/** A topic and its combined score (0..1). */
export interface ScoredTopic {
  topic: TopicId;
  score: number;
}

/** What the router says about one question. */
export interface RouteResult {
  /** The answer: a topic id, `unknown` for out of scope. */
  topic: TopicId;
  /** 0..1: how sure the answer is. */
  confidence: number;
  /** The guide topics (no greeting, thanks or unknown) best first, at most three. */
  candidates: ScoredTopic[];
  /** True when the router is unsure: the conversation should ask which of `candidates` is meant. */
  unsure: boolean;
}

/** The raw evidence for one question, per label of the model. */
export interface Evidence {
  /** Classifier output per label (0 for labels the graph does not have). */
  classifier: ArrayLike<number>;
  /** Nearest-neighbour vote per label index (summing to 1, or empty). */
  votes: ReadonlyMap<number, number>;
  /** The label of a training example with exactly the question's words, if any. */
  exact?: number;
}

const SMALL_TALK: ReadonlySet<string> = new Set(['greeting', 'thanks', 'unknown']);
/** Below this combined score a topic is never offered as a candidate. */
const MIN_CANDIDATE_SCORE = 0.05;

/** The answer for `evidence` under `settings`; `labels[i]` names label i, `usable[i]` says the graph has it. */
export function decide(labels: readonly string[], usable: readonly boolean[], evidence: Evidence, settings: DecisionSettings): RouteResult {
  const share = settings.classifierShare;
  const combined = labels.map((_, l) => (usable[l] ? share * Math.min(1, evidence.classifier[l] ?? 0) + (1 - share) * (evidence.votes.get(l) ?? 0) : 0));
  const unknownIndex = labels.indexOf('unknown');
  const ranked = combined.map((_, l) => l).filter((l) => l !== unknownIndex && combined[l]! > 0).sort((a, b) => combined[b]! - combined[a]!);
  // Candidates worth offering: guide topics scoring at least a fifth of the best one (a topic
  // with a trace of evidence is no real alternative), at most three.
  const guide = ranked.filter((l) => !SMALL_TALK.has(labels[l]!));
  const floor = Math.max(MIN_CANDIDATE_SCORE, 0.2 * (guide.length > 0 ? combined[guide[0]!]! : 0));
  const candidates = guide
    .filter((l) => combined[l]! >= floor)
    .slice(0, 3)
    .map((l) => ({ topic: labels[l] as TopicId, score: round(combined[l]!) }));
  const unknownScore = unknownIndex >= 0 ? combined[unknownIndex]! : 0;
  // Word for word an example (of the graph, or of the corpus): that example's label.
  if (evidence.exact !== undefined && usable[evidence.exact]) {
    return { topic: labels[evidence.exact] as TopicId, confidence: 1, candidates, unsure: false };
  }
  const best = ranked[0];
  const bestScore = best === undefined ? 0 : combined[best]!;
  if (best === undefined || unknownScore - bestScore > settings.unknownMargin) {
    // Out of scope; unsure when a guide topic still scores well (clarify rather than refuse).
    const unsure = candidates.length > 0 && candidates[0]!.score >= settings.clarifyUnknownAbove;
    return { topic: 'unknown', confidence: round(Math.min(1, Math.max(unknownScore, 1 - bestScore))), candidates, unsure };
  }
  const topic = labels[best] as TopicId;
  const runnerUp = candidates.find((c) => c.topic !== topic)?.score ?? 0;
  const unsure = !SMALL_TALK.has(topic) && (bestScore < settings.clarifyBelow || bestScore - runnerUp < settings.clarifyGap);
  return { topic, confidence: round(bestScore), candidates, unsure };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
