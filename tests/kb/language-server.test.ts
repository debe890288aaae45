/**
 * The language server over stdio, as an editor runs it (`npm run lsp`): JSON-RPC with
 * Content-Length framing. Needs `dist/` (npm test builds first; alone: npx tsc -p tsconfig.build.json).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/kb/paths.js';

const SERVER = join(PACKAGE_ROOT, 'dist', 'kb', 'language-server.js');

type Message = { id?: number; method?: string; result?: any; params?: any };

class LspClient {
  private buffer = Buffer.alloc(0);
  private waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  readonly received: Message[] = [];

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
  }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  waitFor(test: (m: Message) => boolean): Promise<Message> {
    const seen = this.received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.received.push(message);
      // Answer the server's own requests (configuration, registrations) so it never waits.
      if (message.id !== undefined && message.method) this.send({ id: message.id, result: message.method === 'workspace/configuration' ? [] : null });
      this.waiters = this.waiters.filter((w) => (w.test(message) ? (w.resolve(message), false) : true));
    }
  }
}

describe('flow language server', () => {
  let child: ChildProcessWithoutNullStreams | undefined;
  afterAll(() => child?.kill());

  it('answers initialize over stdio and publishes diagnostics for an open document', async () => {
    expect(existsSync(SERVER), `${SERVER} is missing: run npx tsc -p tsconfig.build.json`).toBe(true);
    child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    const client = new LspClient(child);
    client.send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null } });
    const init = await client.waitFor((m) => m.id === 1);
    expect(init.result.capabilities.textDocumentSync).toBeDefined();
    expect(init.result.capabilities.definitionProvider).toBeTruthy();
    expect(init.result.capabilities.completionProvider).toBeDefined();

    client.send({ method: 'initialized', params: {} });
    const uri = 'file:///tmp/ds-helpdesk-lsp-test/login.flow';
    const text = 'topic login {\n  title id "Login" en "Log in"\n  examples id ["x"] en ["y"]\n  start intro\n  step intro { goto nowhere }\n}\n';
    client.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'ds-flow', version: 1, text } } });
    const published = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
    const unresolved = published.params.diagnostics.find((d: any) => d.message.startsWith("unknown step 'nowhere'"));
    expect(unresolved.range.start).toEqual({ line: 4, character: 20 });
  });
});
