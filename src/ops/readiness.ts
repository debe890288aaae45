/**
 * Readiness: "can this process serve users right now?" Each check is a named function that
 * resolves when its part is ready and throws (or returns a reason) when it is not; all run at
 * once, each bounded, so a hanging dependency answers "not ready" instead of hanging the probe.
 */

/** One part of readiness (the store, a channel). */
export interface ReadinessCheck {
  readonly name: string;
  /** Resolves (to nothing) when ready; a string or a rejection says why not. */
  check(): Promise<string | void> | string | void;
}

/** The outcome of one check. */
export interface CheckOutcome {
  ok: boolean;
  /** Why it is not ready. */
  reason?: string;
  ms: number;
}

/** What `/readyz` answers. */
export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, CheckOutcome>;
  /** Every failing check as `name: reason`. */
  reasons: string[];
}

/** Runs every check at once, each bounded by `timeoutMs`. */
export async function checkReadiness(checks: readonly ReadinessCheck[], timeoutMs = 2500): Promise<ReadinessReport> {
  const outcomes = await Promise.all(checks.map((c) => runCheck(c, timeoutMs)));
  const report: ReadinessReport = { ready: true, checks: {}, reasons: [] };
  checks.forEach((c, i) => {
    const outcome = outcomes[i]!;
    report.checks[c.name] = outcome;
    if (!outcome.ok) {
      report.ready = false;
      report.reasons.push(`${c.name}: ${outcome.reason ?? 'not ready'}`);
    }
  });
  return report;
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<CheckOutcome> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
    timer.unref();
  });
  try {
    const reason = await Promise.race([Promise.resolve().then(() => check.check()), timeout]);
    const ms = round(performance.now() - started);
    return typeof reason === 'string' ? { ok: false, reason, ms } : { ok: true, ms };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error), ms: round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
