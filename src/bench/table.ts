/** The benchmark report: one row per figure, with its target and whether it is met. */

/** One line of the report. */
export interface Row {
  measure: string;
  value: string;
  target?: string;
  /** undefined = no target (informative figure). */
  met?: boolean;
}

/** Renders rows as an aligned plain-text table. */
export function renderTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [r.measure, r.value, r.target ?? '', r.met === undefined ? '' : r.met ? 'ok' : 'MISSED']);
  const header = ['measure', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string => c.map((x, i) => (i === 1 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** 12345.6 → "12,346". */
export function fmtInt(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a';
}

/** 0.1234 → "0.123". */
export function fmtMs(n: number): string {
  return Number.isFinite(n) ? (n < 10 ? n.toFixed(3) : n.toFixed(1)) : 'n/a';
}
