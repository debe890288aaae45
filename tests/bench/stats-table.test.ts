import { describe, expect, it } from 'vitest';
import { percentile, throughput } from '../../src/bench/stats.js';
import { fmtInt, renderTable } from '../../src/bench/table.js';

describe('bench helpers', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('counts items per second', () => {
    expect(throughput([1, 2, 3], (x) => x * 2, 20)).toBeGreaterThan(0);
  });

  it('renders an aligned table with the verdict', () => {
    const table = renderTable([
      { measure: 'route questions/s', value: fmtInt(35123.4), target: '>= 30,000', met: true },
      { measure: 'cold start, ms', value: '1200', target: '<= 1,000', met: false },
      { measure: 'informative', value: '1' },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^measure\s+value\s+target/);
    expect(lines[2]).toMatch(/route questions\/s\s+35,123\s+>= 30,000\s+ok$/);
    expect(lines[3]).toMatch(/MISSED$/);
    expect(lines[4]).toMatch(/informative\s+1$/);
  });
});
