/**
 * Drives the built command line (`node dist/cli/main.js`) as a child process, line by line,
 * the way the contract's users do: write one JSON line, read until its `end` line.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = join(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli/main.js');

/** Fails clearly when the build is missing (npm test builds first). */
export function requireBuild(): void {
  if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist/graph.json'))) {
    throw new Error('dist/cli/main.js or dist/graph.json missing: run `npm run build` first');
  }
}

/** A running CLI command with a line reader on its stdout. */
export class CliProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly stderr: string[] = [];
  private readonly lines: string[] = [];
  private waiters: Array<() => void> = [];
  private closed = false;

  constructor(args: string[], env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
    createInterface({ input: this.child.stdout }).on('line', (line) => { this.lines.push(line); this.wake(); });
    this.child.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.child.on('close', () => { this.closed = true; this.wake(); });
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w());
  }

  /** The next stdout line (rejects if the process ends first or after `ms`). */
  async nextLine(ms = 10_000): Promise<string> {
    const deadline = Date.now() + ms;
    while (this.lines.length === 0) {
      if (this.closed) throw new Error(`process ended; stderr: ${this.stderr.join('')}`);
      if (Date.now() > deadline) throw new Error(`no output within ${ms} ms; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => { this.waiters.push(resolve); setTimeout(resolve, 100); });
    }
    return this.lines.shift()!;
  }

  /** Sends one JSON event and collects the parsed lines up to and including its `end` line. */
  async turn(event: unknown): Promise<Array<Record<string, unknown>>> {
    this.child.stdin.write(`${typeof event === 'string' ? event : JSON.stringify(event)}\n`);
    const out: Array<Record<string, unknown>> = [];
    for (;;) {
      const parsed = JSON.parse(await this.nextLine()) as Record<string, unknown>;
      out.push(parsed);
      if (parsed['end'] === true) return out;
    }
  }

  /** Closes stdin and waits for the exit code. */
  async finish(): Promise<number | null> {
    this.child.stdin.end();
    if (this.child.exitCode !== null) return this.child.exitCode;
    return new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }
}
