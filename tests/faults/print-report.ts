/**
 * `npm run faults:report`: the fault suite's last run (dist/faults/*.json, written by the suite
 * under `npm test`) as the Markdown table of the README.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { REPORT_DIR, type FaultRecord } from './support/report.js';

const files = existsSync(REPORT_DIR) ? readdirSync(REPORT_DIR).filter((f) => f.endsWith('.json')).sort() : [];
if (files.length === 0) {
  process.stderr.write('no fault report yet: run `npm test` (or `npx vitest run tests/faults`) first\n');
  process.exit(1);
}
const records = files.map((f) => JSON.parse(readFileSync(`${REPORT_DIR}${f}`, 'utf8')) as FaultRecord);
const cell = (text: string) => text.replace(/\|/g, '\\|');
const lines = [
  '| fault | what was checked | turns lost | duplicate replies | secrets in logs | s |',
  '|---|---|---|---|---|---|',
  ...records.map((r) => `| ${cell(r.fault)} | ${cell(r.checked)} | ${r.turnsLost} | ${r.duplicateReplies} | ${r.secretsInLogs} | ${r.seconds.toFixed(1)} |`),
];
const total = (key: 'turnsLost' | 'duplicateReplies' | 'secretsInLogs') => records.reduce((sum, r) => sum + r[key], 0);
const last = records.map((r) => r.at ?? '').sort().at(-1) ?? '';
lines.push('', `Totals: ${total('turnsLost')} turns lost, ${total('duplicateReplies')} duplicate replies, ${total('secretsInLogs')} secrets in logs (run of ${last.slice(0, 16).replace('T', ' ')} UTC).`);
console.log(lines.join('\n'));
