/**
 * What the operations wiring costs: engine turns in memory with and without the bot's metrics
 * and insight wiring (runs interleaved, medians compared, so machine noise hits both alike), and
 * the time of one `/metrics` scrape over HTTP once those turns are counted.
 */
import type { Graph } from '../dialogs/graph.js';
import { createInsightRecorder, createInsightStore } from '../dialogs/insight/index.js';
import type { Router } from '../dialogs/router/index.js';
import { createSessionStore, observeSessionStore } from '../dialogs/state/index.js';
import { createMetrics, type Metrics } from '../ops/metrics.js';
import { opsRoutes } from '../ops/ops-routes.js';
import { startOpsServer } from '../ops/ops-server.js';
import { metricsObservers } from '../bots/observe.js';
import { benchEngine } from './engine-bench.js';
import { percentile } from './stats.js';

/** Turns/s and p50 per turn, plain and with the ops wiring (medians of `rounds` runs each). */
export interface OverheadFigures {
  plainTurnsPerSecond: number;
  wiredTurnsPerSecond: number;
  plainP50Ms: number;
  wiredP50Ms: number;
  /** Extra time per turn, microseconds (from the p50s). */
  extraMicrosPerTurn: number;
  metrics: Metrics;
}

/** Runs plain and wired engine rounds alternately. */
export async function benchOpsOverhead(graph: Graph, router: Router, conversations: number, rounds = 3): Promise<OverheadFigures> {
  const metrics = createMetrics();
  const observers = metricsObservers(metrics);
  const plain: Array<{ tps: number; p50: number }> = [];
  const wired: Array<{ tps: number; p50: number }> = [];
  for (let round = 0; round < rounds; round += 1) {
    const bare = createSessionStore();
    const a = await benchEngine(graph, router, bare, conversations);
    await bare.close();
    plain.push({ tps: a.turnsPerSecond, p50: a.p50Ms });

    const insight = createInsightRecorder({ store: createInsightStore() });
    const store = observeSessionStore(createSessionStore(), observers.store);
    const b = await benchEngine(graph, router, store, conversations, 1, {
      observer: observers.turns,
      onEffect: (effect) => {
        observers.effect(effect);
        insight.record(effect);
      },
    });
    await Promise.all([store.close(), insight.close()]);
    wired.push({ tps: b.turnsPerSecond, p50: b.p50Ms });
  }
  const median = (xs: number[]) => percentile(xs, 50);
  const plainP50Ms = median(plain.map((r) => r.p50));
  const wiredP50Ms = median(wired.map((r) => r.p50));
  return {
    plainTurnsPerSecond: median(plain.map((r) => r.tps)),
    wiredTurnsPerSecond: median(wired.map((r) => r.tps)),
    plainP50Ms,
    wiredP50Ms,
    extraMicrosPerTurn: (wiredP50Ms - plainP50Ms) * 1000,
    metrics,
  };
}

/** Median and p99 of `n` `/metrics` scrapes over loopback HTTP, and the body's size. */
export async function benchScrape(metrics: Metrics, n = 200): Promise<{ medianMs: number; p99Ms: number; bytes: number }> {
  const server = await startOpsServer({ port: 0, host: '127.0.0.1', routes: opsRoutes({ metrics, readiness: async () => ({ ready: true, checks: {}, reasons: [] }) }) });
  const url = `http://127.0.0.1:${server.port}/metrics`;
  const times: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i < n + 20; i += 1) {
      const started = performance.now();
      const body = await (await fetch(url)).text();
      if (i >= 20) times.push(performance.now() - started); // the first ones warm up
      bytes = Buffer.byteLength(body);
    }
  } finally {
    await server.close();
  }
  return { medianMs: percentile(times, 50), p99Ms: percentile(times, 99), bytes };
}
