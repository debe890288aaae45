/**
 * The playground's HTTP side: the page from the package, security headers, refusals of foreign
 * hosts and origins (DNS rebinding, cross-site requests), the session requirement, uploads.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { api, PageSocket, startTestPlayground } from './support/playground-harness.js';

let t: Awaited<ReturnType<typeof startTestPlayground>>;
let port = 0;
beforeAll(async () => {
  t = await startTestPlayground();
  port = t.playground.port;
});
afterAll(() => t.stop());

/** A raw GET with chosen headers (fetch will not let a test set Host). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function socketOutcome(headers: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers });
    ws.on('open', () => { ws.close(); resolve('open'); });
    ws.on('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
    ws.on('error', () => resolve('refused'));
  });
}

describe('playground server', () => {
  it('listens on 127.0.0.1 and prints its address', () => {
    expect(t.playground.url).toBe(`http://127.0.0.1:${port}/`);
  });

  it('serves the page and its bundle from the package, with a same-origin-only policy', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script type="module" src="/main.js">');
    expect(page.body).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/); // no CDN, no remote font
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect((await get('/main.js')).status).toBe(200);
    expect((await get('/style.css')).status).toBe(200);
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/dist/graph.json', '/src/kb/flows/login.flow', '/main.ts', '//etc/passwd'])('serves nothing else: %s', async (path) => {
    expect((await get(path)).status).toBe(404);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect((await get('/', { Host: `evil.example:${port}` })).status).toBe(403);
    expect((await get('/', { Host: 'localhost:1' })).status).toBe(403);
    expect((await get('/', { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await get('/', { Host: `localhost:${port}`, Origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it('opens the WebSocket only for its own page', async () => {
    expect(await socketOutcome({})).toMatch(/^refused/);
    expect(await socketOutcome({ Origin: 'http://evil.example' })).toMatch(/^refused/);
    expect(await socketOutcome({ Origin: `http://127.0.0.1:${port}`, Host: `rebound.example:${port}` })).toMatch(/^refused/);
    expect(await socketOutcome({ Origin: `http://127.0.0.1:${port}` })).toBe('open');
  });

  it('closes a socket that sends something else than the protocol, and goes on serving', async () => {
    const { page } = await PageSocket.open(port);
    const closed = new Promise<number>((resolve) => page.socket.on('close', (code) => resolve(code)));
    page.socket.send('{"type":"change","file":42}');
    expect(await closed).toBe(1003);
    expect((await get('/')).status).toBe(200);
    const again = await PageSocket.open(port);
    expect(again.hello.files.length).toBeGreaterThan(10);
    again.page.close();
  });

  it('answers the API only with a tab\'s session, JSON bodies only', async () => {
    expect((await api(port, '', '/api/chat', { input: { type: 'text', text: 'halo' } })).status).toBe(403);
    expect((await api(port, 'guessed', '/api/save', { token: 'x' })).status).toBe(403);
    const { page, hello } = await PageSocket.open(port);
    await page.analysis();
    const form = await api(port, hello.session, '/api/chat', new TextEncoder().encode('input=halo'), { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect((await api(port, hello.session, '/api/chat', { input: { type: 'nonsense' } })).status).toBe(400);
    const cross = await api(port, hello.session, '/api/chat', { input: { type: 'text', text: 'halo' } }, { Origin: 'http://evil.example' });
    expect(cross.status).toBe(403);
    page.close();
  });

  it('takes pictures as captures and refuses other files and oversized ones', async () => {
    const { page, hello } = await PageSocket.open(port);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const ok = await api(port, hello.session, '/api/upload', png, { 'Content-Type': 'image/png', 'X-File-Name': encodeURIComponent('../../layar error.png') });
    expect(ok.status).toBe(200);
    expect(ok.json.name).toBe('layar-error.png');
    const back = await fetch(`http://127.0.0.1:${port}${ok.json.url}`);
    expect(back.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(png);
    expect((await api(port, hello.session, '/api/upload', png, { 'Content-Type': 'text/html' })).status).toBe(415);
    // A name of Object.prototype's members is no picture type either.
    expect((await api(port, hello.session, '/api/upload', png, { 'Content-Type': 'constructor' })).status).toBe(415);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    expect((await api(port, hello.session, '/api/upload', big, { 'Content-Type': 'image/png' })).status).toBe(413);
    expect((await get('/api/upload/not-an-id')).status).toBe(404);
    page.close();
  });
});
