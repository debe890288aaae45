/**
 * The folder of flow files the playground edits (the shipped guide by default). Files are named
 * by their bare name (`login.flow`); anything else (a path, `..`, another extension, a file that
 * was not in the folder when the playground started) is refused, so no request can read or
 * write outside it.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, realpathSync } from 'node:fs';
import { readFile, rename, writeFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** A bare flow file name: lower-case words joined by `-` or `_`, ending in `.flow`. */
const FLOW_NAME = /^[a-z0-9][a-z0-9_-]*\.flow$/;

/** Thrown for a name that is not one of the folder's flow files. */
export class UnknownFlowFileError extends Error {
  constructor(readonly fileName: string) {
    super(`not a flow file of the playground folder: ${JSON.stringify(fileName)}`);
  }
}

/** The flow files of one folder, fixed when it is opened. */
export class FlowFolder {
  /** The folder's real path. */
  readonly dir: string;
  /** The bare names of its `.flow` files, sorted. */
  readonly names: readonly string[];

  constructor(dir: string) {
    this.dir = realpathSync(dir);
    this.names = readdirSync(this.dir).filter((n) => FLOW_NAME.test(n)).sort();
  }

  /** Whether `name` is one of the folder's flow files. */
  has(name: string): boolean {
    return typeof name === 'string' && FLOW_NAME.test(name) && basename(name) === name && this.names.includes(name);
  }

  /** The path of a flow file; throws {@link UnknownFlowFileError} for anything else. */
  pathOf(name: string): string {
    if (!this.has(name)) throw new UnknownFlowFileError(name);
    return join(this.dir, name);
  }

  /** Reads one file (a UTF-8 byte order mark is not part of the text). */
  async read(name: string): Promise<string> {
    return (await readFile(this.pathOf(name), 'utf8')).replace(/^\uFEFF/, '');
  }

  /** Reads every file. */
  async readAll(): Promise<Map<string, string>> {
    const texts = await Promise.all(this.names.map(async (n) => [n, await this.read(n)] as const));
    return new Map(texts);
  }

  /** Replaces a file's text atomically (write beside it, then rename), so a crash never leaves half a file. */
  async write(name: string, text: string): Promise<void> {
    const target = this.pathOf(name);
    const temp = join(this.dir, `.${name}.${randomUUID()}.tmp`);
    try {
      await writeFile(temp, text, 'utf8');
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }
}
