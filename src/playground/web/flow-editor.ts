/**
 * The code editor (CodeMirror 6): one editor state per flow file (each keeps its own undo
 * history), diagnostics from the server underlined and marked in the gutter, completion and
 * go-to-definition (F12, or Ctrl/Cmd-click) answered by Langium on the server.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorSelection, EditorState, type Extension, type Text } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import type { CompletionReply, WireDiagnostic, WireLocation } from '../protocol.js';
import { flowLanguage } from './flow-highlight.js';

/** What the editor asks of the server. */
export type EditorServer = {
  complete(file: string, offset: number): Promise<CompletionReply>;
  definition(file: string, offset: number): Promise<WireLocation | null>;
};

/** Offset of a 1-based line and column in `doc`, clamped to the document. */
export function offsetOf(doc: Text, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(l.from + Math.max(column - 1, 0), l.to);
}

function toCodeMirror(doc: Text, d: WireDiagnostic): Diagnostic {
  const from = offsetOf(doc, d.line, d.column);
  let to = offsetOf(doc, d.endLine, d.endColumn);
  // An empty range would underline nothing: take the rest of the word (or one character).
  if (to <= from) {
    const line = doc.lineAt(from);
    const rest = /^[^\s{}[\]]*/.exec(doc.sliceString(from, line.to))?.[0].length ?? 0;
    to = Math.min(from + Math.max(rest, 1), doc.length);
  }
  return { from, to: Math.max(to, from), severity: d.severity, message: d.message, source: 'kb check' };
}

/** The editor of the playground's flow files. */
export class FlowEditor {
  readonly view: EditorView;
  private readonly states = new Map<string, EditorState>();
  private readonly diagnostics = new Map<string, WireDiagnostic[]>();
  private readonly extensions: Extension[];
  private current = '';
  /** Told whenever another file is shown (by the file list, a jump or a definition). */
  onOpen: (file: string) => void = () => undefined;

  constructor(
    parent: HTMLElement,
    files: readonly { name: string; text: string }[],
    keywords: readonly string[],
    private readonly server: EditorServer,
    private readonly onChange: (file: string, text: string) => void,
    private readonly onCursor: (file: string, line: number, column: number) => void,
  ) {
    this.extensions = [
      lineNumbers(), highlightActiveLineGutter(), history(), drawSelection(), indentOnInput(), bracketMatching(), closeBrackets(),
      highlightActiveLine(), highlightSelectionMatches(), lintGutter(), flowLanguage(keywords), EditorView.lineWrapping,
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      autocompletion({ override: [(ctx) => this.complete(ctx)], activateOnTyping: true }),
      keymap.of([{ key: 'F12', run: (v) => (void this.goToDefinition(v.state.selection.main.head), true) },
        ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
      EditorView.domEventHandlers({
        mousedown: (event, view) => {
          if (!(event.ctrlKey || event.metaKey)) return false;
          const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
          if (pos === null) return false;
          event.preventDefault();
          void this.goToDefinition(pos);
          return true;
        },
      }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) this.onChange(this.current, update.state.doc.toString());
        if (update.docChanged || update.selectionSet) this.reportCursor(update.state);
      }),
    ];
    for (const f of files) this.states.set(f.name, EditorState.create({ doc: f.text, extensions: this.extensions }));
    this.view = new EditorView({ parent });
    if (files[0]) this.open(files[0].name);
  }

  /** The file shown. */
  get file(): string {
    return this.current;
  }

  /** A file's current text. */
  text(file: string): string {
    return file === this.current ? this.view.state.doc.toString() : (this.states.get(file)?.doc.toString() ?? '');
  }

  /** Shows `file` (its cursor and history are where they were). */
  open(file: string): void {
    if (file === this.current || !this.states.has(file)) return;
    if (this.current) this.states.set(this.current, this.view.state);
    this.current = file;
    this.view.setState(this.states.get(file)!);
    this.applyDiagnostics(file);
    this.reportCursor(this.view.state);
    this.onOpen(file);
  }

  /** Opens `file` and selects `from`..`to` (or puts the cursor on a 1-based line), scrolled into view. */
  reveal(file: string, place: { from: number; to?: number } | { line: number }): void {
    this.open(file);
    const doc = this.view.state.doc;
    const range = 'line' in place
      ? EditorSelection.cursor(doc.line(Math.min(Math.max(place.line, 1), doc.lines)).from)
      : EditorSelection.range(Math.min(place.from, doc.length), Math.min(place.to ?? place.from, doc.length));
    this.view.dispatch({ selection: range, effects: EditorView.scrollIntoView(range, { y: 'center' }) });
    this.view.focus();
  }

  /** Sets the diagnostics of every file (an analysis of the current texts). */
  setDiagnostics(all: readonly WireDiagnostic[]): void {
    this.diagnostics.clear();
    for (const d of all) this.diagnostics.set(d.file, [...(this.diagnostics.get(d.file) ?? []), d]);
    for (const file of this.states.keys()) this.applyDiagnostics(file);
  }

  private applyDiagnostics(file: string): void {
    const found = this.diagnostics.get(file) ?? [];
    if (file === this.current) {
      const doc = this.view.state.doc;
      this.view.dispatch(setDiagnostics(this.view.state, found.map((d) => toCodeMirror(doc, d))));
    } else {
      const state = this.states.get(file);
      if (state) this.states.set(file, state.update(setDiagnostics(state, found.map((d) => toCodeMirror(state.doc, d)))).state);
    }
  }

  private reportCursor(state: EditorState): void {
    const head = state.selection.main.head;
    const line = state.doc.lineAt(head);
    this.onCursor(this.current, line.number, head - line.from + 1);
  }

  private async complete(context: CompletionContext): Promise<CompletionResult | null> {
    const word = context.matchBefore(/[a-z0-9.-]*/);
    if (!context.explicit && (!word || word.from === word.to)) {
      // While typing, offer names right after `->`, `start`, `topic`, `ticket` and in the menu.
      const before = context.state.doc.sliceString(Math.max(0, context.pos - 12), context.pos);
      if (!/(->|start|topic|ticket)\s+$/.test(before)) return null;
    }
    const reply = await this.server.complete(this.current, context.pos);
    if (!reply || reply.options.length === 0) return null;
    return {
      from: Math.min(reply.from, context.pos),
      options: reply.options.map((o) => ({ label: o.label, type: o.kind, ...(o.detail ? { detail: o.detail } : {}) })),
      validFor: /^[a-z0-9.-]*$/,
    };
  }

  private async goToDefinition(offset: number): Promise<void> {
    const location = await this.server.definition(this.current, offset);
    if (location) this.reveal(location.file, { from: location.from, to: location.to });
  }
}
