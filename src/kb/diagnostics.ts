/** Diagnostics of the flow compiler in the `file:line:col: severity: message` form of compilers. */
import type { Diagnostic } from 'vscode-languageserver';

/** One problem found in a flow file; `line` and `column` are 1-based. */
export type FlowDiagnostic = {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
};

/** Converts a Langium (LSP, 0-based) diagnostic of `file`. */
export function fromLsp(file: string, d: Diagnostic): FlowDiagnostic {
  const severity = d.severity === 1 || d.severity === undefined ? 'error' : d.severity === 2 ? 'warning' : 'info';
  return {
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity,
    message: d.message,
  };
}

/** `file:line:col: error: message`. */
export function formatDiagnostic(d: FlowDiagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

/** Orders by file, line, column so output is stable and reads top to bottom. */
export function compareDiagnostics(a: FlowDiagnostic, b: FlowDiagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** Whether any diagnostic is an error. */
export function hasErrors(diagnostics: readonly FlowDiagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
