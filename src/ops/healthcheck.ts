/**
 * The container's HEALTHCHECK: `node dist/ops/healthcheck.js` asks this container's bot for
 * `GET /healthz` on OPS_PORT, else PORT (default 3000), and exits 0 when it answers 200, 1
 * otherwise. A script instead of curl, which the slim Node image does not have.
 */
import { fileURLToPath } from 'node:url';

/** The URL probed for the environment `env`. */
export function healthUrl(env: NodeJS.ProcessEnv = process.env): string {
  const port = env['OPS_PORT'] || env['PORT'] || '3000';
  return `http://127.0.0.1:${port}/healthz`;
}

/** Probes once; resolves with the exit code. */
export async function probe(url: string, timeoutMs = 2500): Promise<number> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return res.status === 200 ? 0 : 1;
  } catch {
    return 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  void probe(healthUrl()).then((code) => {
    process.exitCode = code;
  });
}
