/**
 * Who may talk to the playground: only its own page. The server listens on 127.0.0.1, but a web
 * page elsewhere could still reach it through the browser (DNS rebinding: a hostile name that
 * resolves to 127.0.0.1; or a plain cross-site POST). So every request must name the
 * playground's own host and, when the browser sends an Origin, its own origin; the WebSocket
 * needs that Origin; and the HTTP API needs the tab's session id, which only the page's
 * WebSocket is told.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The hosts and origins the page is served under, for a port. */
export function ownHosts(port: number): { hosts: Set<string>; origins: Set<string> } {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return { hosts: new Set(hosts), origins: new Set(hosts.map((h) => `http://${h}`)) };
}

/** Why a request is refused, or undefined when it may go on. */
export function refusalOf(req: IncomingMessage, port: number, options: { originRequired?: boolean } = {}): string | undefined {
  const { hosts, origins } = ownHosts(port);
  const host = req.headers.host ?? '';
  if (!hosts.has(host)) return `host ${JSON.stringify(host)} is not this playground's`;
  const origin = req.headers.origin;
  if (origin === undefined ? options.originRequired : !origins.has(origin)) return `origin ${JSON.stringify(origin ?? '')} is not this playground's`;
  return undefined;
}

/**
 * Headers of every answer: scripts, styles and connections from the page's own origin only (so
 * nothing is fetched from elsewhere even by mistake), never framed, never cached.
 */
export function securityHeaders(res: ServerResponse, port: number): void {
  const ws = [...ownHosts(port).hosts].map((h) => `ws://${h}`).join(' ');
  res.setHeader(
    'Content-Security-Policy',
    `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ${ws}; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
}
