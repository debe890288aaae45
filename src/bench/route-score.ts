/**
 * How routed questions score against their labels: accuracy of the top-1 topic, out-of-scope
 * questions sent to a guide topic (leaks), guide questions sent to `unknown` (lost), neighbour
 * confusions, and for the unsure answers (which the conversation clarifies) how often the right
 * topic was among the offered candidates.
 */
import type { RouteResult } from '../dialogs/router/index.js';

/** A labelled question with the router's answer. */
export interface RoutedSample {
  text: string;
  topic: string;
  source: string;
  result: RouteResult;
}

/** The figures of {@link scoreRoutes}. */
export interface RouteScore {
  total: number;
  accuracy: number;
  leaks: number;
  lost: number;
  confused: number;
  /** Share of answers marked unsure. */
  unsureRate: number;
  /** Of the unsure answers to guide questions, the share whose right topic was a candidate. */
  rightAmongCandidates: number;
}

/** Scores routed samples. */
export function scoreRoutes(routed: readonly RoutedSample[]): RouteScore {
  let right = 0; let leaks = 0; let lost = 0; let confused = 0; let unsure = 0; let unsureGuide = 0; let inCandidates = 0;
  for (const r of routed) {
    const got = r.result.topic;
    if (got === r.topic) right += 1;
    else if (r.topic === 'unknown') leaks += 1;
    else if (got === 'unknown') lost += 1;
    else confused += 1;
    if (r.result.unsure) {
      unsure += 1;
      if (r.topic !== 'unknown' && r.topic !== 'greeting' && r.topic !== 'thanks') {
        unsureGuide += 1;
        if (r.result.candidates.some((c) => c.topic === r.topic)) inCandidates += 1;
      }
    }
  }
  const total = routed.length;
  return {
    total, accuracy: total ? right / total : 0, leaks, lost, confused,
    unsureRate: total ? unsure / total : 0, rightAmongCandidates: unsureGuide ? inCandidates / unsureGuide : 0,
  };
}
