/**
 * `stats [--json] [--period day|week] [--last N] [--store URL]`: the maintainers' insight —
 * questions the router could not place or had to clarify (personal data already masked) and the
 * funnel per topic — newest period first, as tables or JSON. Reads `--store`, else REDIS_URL.
 * Parsing only: the report is built and rendered in src/dialogs/insight.
 */
import { createInsightStore, insightText, readInsight, type PeriodKind } from '../dialogs/insight/index.js';

/** Where the command writes. */
export interface StatsIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const USAGE = 'usage: stats [--json] [--period day|week] [--last N] [--store URL]\n';
const DEFAULT_LAST: Record<PeriodKind, number> = { day: 7, week: 8 };

interface StatsArgs {
  json: boolean;
  kind: PeriodKind;
  last: number;
  store?: string;
}

/** Parses the arguments; a string is the problem with them. */
export function parseStatsArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): StatsArgs | string {
  let json = false;
  let kind: PeriodKind = 'day';
  let last: number | undefined;
  let store = env['REDIS_URL'] || undefined;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--json') json = true;
    else if (flag === '--period') {
      const v = value();
      if (v !== 'day' && v !== 'week') return `stats: --period is day or week, not ${v ?? 'nothing'}`;
      kind = v;
    } else if (flag === '--last') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 400) return 'stats: --last is a whole number from 1 to 400';
      last = n;
    } else if (flag === '--store') {
      const v = value();
      if (!v || !/^rediss?:\/\//.test(v)) return 'stats: --store is a redis:// or rediss:// URL';
      store = v;
    } else return `stats: unknown argument ${args[i]}`;
  }
  return { json, kind, last: last ?? DEFAULT_LAST[kind], ...(store ? { store } : {}) };
}

/** Runs `stats`; resolves with the exit code (2 for a bad command line, 1 when the store fails). */
export async function runStats(args: readonly string[], io: StatsIo = process): Promise<number> {
  const parsed = parseStatsArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`${parsed}\n${USAGE}`);
    return 2;
  }
  const store = createInsightStore({ ...(parsed.store ? { url: parsed.store } : {}) });
  try {
    const periods = await readInsight(store, parsed.kind, parsed.last);
    if (parsed.json) {
      io.stdout.write(`${JSON.stringify({ period: parsed.kind, store: store.kind, periods }, null, 2)}\n`);
    } else {
      const note = parsed.store
        ? 'no insight counted yet in this store'
        : 'no store given: insight lives in the bot\'s Redis (pass --store redis://… or set REDIS_URL)';
      io.stdout.write(insightText(periods, note));
    }
    return 0;
  } catch (error) {
    io.stderr.write(`stats: the store did not answer: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
