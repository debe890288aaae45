/**
 * Counters and histograms for the turn's hot path. prom-client's own classes validate and hash
 * the labels on every call (about a microsecond each, several per turn); these keep one cell per
 * label set, found by a map look-up, and add plain numbers. prom-client's registry renders them
 * at scrape time through the same `get()` its own metrics answer, so the exposition text is
 * the same.
 */
import type { Metric } from 'prom-client';

type Labels = Record<string, string>;

/** What prom-client's registry reads from a metric (the shape its own `get()` answers). */
export interface RenderedMetric {
  name: string;
  help: string;
  type: 'counter' | 'histogram';
  aggregator: 'sum';
  values: Array<{ metricName?: string; labels: Record<string, string | number>; value: number }>;
}

/** A counter family: `child(...values).n += 1` on the hot path. */
export class CounterFamily {
  readonly type = 'counter';
  readonly aggregator = 'sum';
  private readonly cells = new Map<string, { labels: Labels; n: number }>();

  constructor(readonly name: string, readonly help: string, private readonly labelNames: readonly string[]) {}

  /** The cell of one label set (created at first use). */
  child(...values: string[]): { n: number } {
    const key = values.length === 1 ? values[0]! : values.join('\u0001');
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { labels: labelsOf(this.labelNames, values), n: 0 };
      this.cells.set(key, cell);
    }
    return cell;
  }

  async get(): Promise<RenderedMetric> {
    const values = [...this.cells.values()].map((c) => ({ labels: c.labels, value: c.n }));
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    this.cells.clear();
  }
}

/** One label set of a histogram: counts per bucket (not cumulative), sum and count. */
interface HistogramCell {
  labels: Labels;
  counts: Float64Array;
  sum: number;
  count: number;
}

/** A histogram family: `child(...values)` then {@link HistogramFamily.observe}. */
export class HistogramFamily {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly cells = new Map<string, HistogramCell>();

  constructor(readonly name: string, readonly help: string, private readonly labelNames: readonly string[], private readonly buckets: readonly number[]) {}

  /** The cell of one label set (created at first use). */
  child(...values: string[]): HistogramCell {
    const key = values.length === 1 ? values[0]! : values.join('\u0001');
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { labels: labelsOf(this.labelNames, values), counts: new Float64Array(this.buckets.length + 1), sum: 0, count: 0 };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Adds `value` to `cell`. */
  observe(cell: HistogramCell, value: number): void {
    const { buckets } = this;
    let i = 0;
    while (i < buckets.length && value > buckets[i]!) i += 1;
    cell.counts[i]! += 1;
    cell.sum += value;
    cell.count += 1;
  }

  async get(): Promise<RenderedMetric> {
    const values: RenderedMetric['values'] = [];
    for (const cell of this.cells.values()) {
      let cumulative = 0;
      this.buckets.forEach((bound, i) => {
        cumulative += cell.counts[i]!;
        values.push({ metricName: `${this.name}_bucket`, labels: { le: bound, ...cell.labels }, value: cumulative });
      });
      values.push({ metricName: `${this.name}_bucket`, labels: { le: '+Inf', ...cell.labels }, value: cell.count });
      values.push({ metricName: `${this.name}_sum`, labels: cell.labels, value: cell.sum });
      values.push({ metricName: `${this.name}_count`, labels: cell.labels, value: cell.count });
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    this.cells.clear();
  }
}

/** The family as prom-client's registry takes it (it only calls `name`, `help`, `type`, `get`). */
export function asRegistered(family: CounterFamily | HistogramFamily): Metric {
  return family as unknown as Metric;
}

function labelsOf(names: readonly string[], values: readonly string[]): Labels {
  const labels: Labels = {};
  names.forEach((name, i) => {
    labels[name] = values[i] ?? '';
  });
  return labels;
}
