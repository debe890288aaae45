/**
 * Saving: the diff of every changed file first, then a confirm button. The server refuses when
 * `kb check` finds any error, and the dialog then says why and shows no button to write.
 */
import type { SaveReply } from '../protocol.js';
import * as api from './api.js';
import { byId, el } from './dom.js';

function diffView(patch: string): HTMLElement {
  const lines = patch.split('\n').filter((l) => !l.startsWith('====')).map((line) => {
    const kind = line.startsWith('+++') || line.startsWith('---') ? 'head' : line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : line.startsWith('@@') ? 'hunk' : '';
    return el('div', { class: `diff-line ${kind}`, text: line || ' ' });
  });
  return el('pre', { class: 'diff' }, ...lines);
}

/** The save dialog; `saved` is told which files were written. */
export class SaveDialog {
  private readonly dialog = byId<HTMLDialogElement>('save-dialog');
  private readonly body = byId('save-body');
  private readonly confirm = byId<HTMLButtonElement>('save-confirm');
  private token = '';

  constructor(private readonly saved: (files: string[]) => void) {
    byId('save-cancel').addEventListener('click', () => this.dialog.close());
    this.confirm.addEventListener('click', () => void this.write());
  }

  /** Asks the server for the diff and shows it (or why nothing can be saved). */
  async open(): Promise<void> {
    this.show(await api.previewSave());
    if (!this.dialog.open) this.dialog.showModal();
  }

  private show(reply: SaveReply, done?: string): void {
    this.confirm.hidden = true;
    if (!reply.ok) {
      this.body.replaceChildren(
        el('p', { class: 'save-refused', text: `Not saved: ${reply.reason}` }),
        el('ul', { class: 'save-errors' }, ...reply.diagnostics.map((d) => el('li', { text: `${d.file}:${d.line}:${d.column}: ${d.message}` }))),
      );
      return;
    }
    if (done) {
      this.body.replaceChildren(el('p', { class: 'save-done', text: done }));
      return;
    }
    if (reply.changes.length === 0) {
      this.body.replaceChildren(el('p', { text: 'Nothing to save: every file is as it is on disk.' }));
      return;
    }
    this.token = reply.token;
    this.body.replaceChildren(
      el('p', { text: `kb check is clean. ${reply.changes.length} file(s) will be written:` }),
      ...reply.changes.map((c) => el('section', { class: 'save-file' }, el('h3', { text: `${c.file}  (+${c.added} −${c.removed})` }), diffView(c.patch))),
    );
    this.confirm.textContent = `Write ${reply.changes.length} file(s)`;
    this.confirm.hidden = false;
  }

  private async write(): Promise<void> {
    this.confirm.hidden = true;
    const reply = await api.save(this.token);
    if (reply.ok) {
      this.saved(reply.saved ?? []);
      this.show(reply, `Saved ${(reply.saved ?? []).join(', ')}.`);
    } else this.show(reply);
  }
}
