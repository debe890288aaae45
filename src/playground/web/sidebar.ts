/** The side bar: the flow files (changed ●, error and warning counts) and the problem list. */
import type { WireDiagnostic } from '../protocol.js';
import { byId, el } from './dom.js';

/** The file list and the problems of the latest check. */
export class Sidebar {
  private readonly files = byId('file-list');
  private readonly problems = byId('problems');
  private diagnostics: readonly WireDiagnostic[] = [];

  constructor(
    private readonly names: readonly string[],
    private readonly isChanged: (file: string) => boolean,
    private readonly open: (file: string) => void,
    private readonly reveal: (d: WireDiagnostic) => void,
  ) {}

  /** Redraws the file list (`current` is the open file). */
  renderFiles(current: string): void {
    this.files.replaceChildren(...this.names.map((name) => {
      const errors = this.diagnostics.filter((d) => d.file === name && d.severity === 'error').length;
      const warnings = this.diagnostics.filter((d) => d.file === name && d.severity === 'warning').length;
      const item = el('li', { class: name === current ? 'active' : '', 'data-file': name },
        el('span', { class: 'file-name', text: name }),
        this.isChanged(name) ? el('span', { class: 'changed', title: 'changed, not saved', text: '●' }) : null,
        errors ? el('span', { class: 'count error', text: String(errors) }) : null,
        warnings ? el('span', { class: 'count warning', text: String(warnings) }) : null);
      item.addEventListener('click', () => this.open(name));
      return item;
    }));
  }

  /** Shows the diagnostics of a check (errors first, as `kb check` prints them). */
  setDiagnostics(diagnostics: readonly WireDiagnostic[], current: string): void {
    this.diagnostics = diagnostics;
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    byId('problem-count').textContent = diagnostics.length ? `${errors} error(s), ${diagnostics.length - errors} warning(s)` : 'none';
    this.problems.replaceChildren(...diagnostics.map((d) => {
      const item = el('li', { class: `problem ${d.severity}` },
        el('span', { class: 'where', text: `${d.file}:${d.line}:${d.column}` }),
        el('span', { class: 'message', text: `${d.severity}: ${d.message}` }));
      item.addEventListener('click', () => this.reveal(d));
      return item;
    }));
    this.renderFiles(current);
  }
}
