/**
 * The fault suite's report: each scenario records what it checked and its figures into
 * `dist/faults/<id>.json`; `npm run faults:report` prints them as the README's table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One scenario's outcome. */
export interface FaultRecord {
  /** Sorting key and file name, e.g. `01-redis-killed`. */
  id: string;
  fault: string;
  checked: string;
  /** User messages that got no answer at all (neither the reply nor "please try again"). */
  turnsLost: number;
  /** Replies beyond one per user message. */
  duplicateReplies: number;
  /** Log lines holding a secret (see secrets.ts). */
  secretsInLogs: number;
  /** Wall time of the scenario. */
  seconds: number;
  at?: string;
}

export const REPORT_DIR = fileURLToPath(new URL('../../../dist/faults/', import.meta.url));

/** Writes one scenario's record. */
export function recordFault(record: FaultRecord): void {
  mkdirSync(REPORT_DIR, { recursive: true });
  writeFileSync(`${REPORT_DIR}${record.id}.json`, `${JSON.stringify({ ...record, at: new Date().toISOString() }, null, 2)}\n`);
}
