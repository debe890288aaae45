/** Diagnostics of the flow compiler in the `file:line:col: severity: message` form of compilers. */
import type { Diagnostic } from 'vscode-languageserver';

/** One problem found in a flow file; `line` and `column` are 1-based. */
export type FlowDiagnostic = {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Where the underlined text ends (1-based, exclusive column), when known; editors use it. */
  endLine?: number;
  endColumn?: number;
  /** Set for checks on the whole guide (e.g. `guide-incomplete`), which are listed last. */
  code?: string;
};

/** Codes of diagnostics about the guide as a whole rather than one place in it. */
export const GUIDE_LEVEL_CODES = new Set(['guide-incomplete', 'guide-no-menu']);

/** Converts a Langium (LSP, 0-based) diagnostic of `file`. */
export function fromLsp(file: string, d: Diagnostic): FlowDiagnostic {
  const severity = d.severity === 1 || d.severity === undefined ? 'error' : d.severity === 2 ? 'warning' : 'info';
  return {
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity,
    message: d.message,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    ...(typeof d.code === 'string' ? { code: d.code } : {}),
  };
}

/** `file:line:col: error: message`. */
export function formatDiagnostic(d: Omit<FlowDiagnostic, 'code'>): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

function rank(d: FlowDiagnostic): number {
  if (d.severity !== 'error') return 2;
  return d.code && GUIDE_LEVEL_CODES.has(d.code) ? 1 : 0;
}

/**
 * Errors at a place first (by file, line, column), then errors about the guide as a whole,
 * then warnings: the first line of output is the most specific problem.
 */
export function compareDiagnostics(a: FlowDiagnostic, b: FlowDiagnostic): number {
  return rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** Whether any diagnostic is an error. */
export function hasErrors(diagnostics: readonly FlowDiagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
