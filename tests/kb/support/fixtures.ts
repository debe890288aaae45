/** Paths of the flow fixtures and a helper that checks fixture files like `kb check` does. */
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { compileFlowFiles, type CompileResult } from '../../../src/kb/compile.js';
import { formatDiagnostic } from '../../../src/kb/diagnostics.js';

const here = dirname(fileURLToPath(import.meta.url));

/** `tests/kb/fixtures/<name>`. */
export function fixture(name: string): string {
  return join(here, '..', 'fixtures', name);
}

/** The mini guide: every contract topic once (guide.flow) plus login.flow. */
export const MINI_GUIDE = fixture('valid/guide.flow');

/** Compiles fixture files together, as a guide of their own (no shipped context). */
export function checkFiles(...paths: string[]): Promise<CompileResult> {
  return compileFlowFiles(paths, { context: 'none' });
}

/** Diagnostics as `name:line:col: severity: message` with the file name only (stable paths). */
export function lines(result: CompileResult): string[] {
  return result.diagnostics.map((d) => formatDiagnostic({ ...d, file: relative(fixture('.'), d.file) || d.file }));
}
