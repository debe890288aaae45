/** Small timing helpers for the benchmarks (milliseconds from `performance.now()`). */

/** The p-th percentile (0..100) of `samples` (sorted copy; nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Runs `fn` over `items` repeatedly for about `ms` milliseconds; returns items per second. */
export function throughput<T>(items: readonly T[], fn: (item: T) => unknown, ms = 1500): number {
  for (const item of items) fn(item); // warm-up
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const item of items) fn(item);
    count += items.length;
  }
  return count / ((performance.now() - start) / 1000);
}

/** Same as {@link throughput} for async functions (awaited one after another). */
export async function throughputAsync<T>(items: readonly T[], fn: (item: T) => Promise<unknown>, ms = 1500): Promise<number> {
  for (const item of items) await fn(item);
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const item of items) await fn(item);
    count += items.length;
  }
  return count / ((performance.now() - start) / 1000);
}
