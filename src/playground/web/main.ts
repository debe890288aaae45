/**
 * The playground page: wires the editor, the side bar, the graph, the chat and the save dialog
 * to the server. Edits are sent a moment after typing stops; each check's diagnostics replace
 * the previous ones when they are about the text as it is now.
 */
import type { CompletionReply, RenderReply, WireLocation } from '../protocol.js';
import * as api from './api.js';
import { ChatView } from './chat-view.js';
import { LanguageConnection } from './connection.js';
import { byId } from './dom.js';
import { FlowEditor } from './flow-editor.js';
import { GraphView } from './graph-view.js';
import { SaveDialog } from './save-dialog.js';
import { Sidebar } from './sidebar.js';

/** Quiet time after a keystroke before the draft is sent (the check itself takes ~0.1 s). */
const SEND_AFTER_MS = 80;

async function boot(): Promise<void> {
  const status = byId('status');
  const connection = new LanguageConnection();
  const hello = await connection.connect();
  api.useSession(hello.session);
  connection.onClose = () => {
    status.className = 'status error';
    status.textContent = 'disconnected from the playground server: restart it, then reload';
  };
  const base = new Map(hello.files.map((f) => [f.name, f.text]));
  const drafts = new Map(base);
  const timers = new Map<string, number>();
  let stepFiles: Record<string, { file: string; line: number }> = {};
  let typedAt: number | undefined;
  let chatStarted = false;

  // Completion and definition are answered on the server's copy of the text: send it first.
  const flush = (file: string): void => {
    if (!timers.has(file)) return;
    clearTimeout(timers.get(file));
    timers.delete(file);
    connection.change(file, drafts.get(file) ?? '');
  };
  const editor = new FlowEditor(byId('editor'), hello.files, hello.keywords, {
    complete: (file, offset) => (flush(file), connection.request<CompletionReply>({ type: 'complete', file, offset })),
    definition: (file, offset) => (flush(file), connection.request<WireLocation | null>({ type: 'definition', file, offset })),
  }, onChange, (file, line, column) => { byId('cursor-pos').textContent = `${file}:${line}:${column}`; });
  const sidebar = new Sidebar(hello.files.map((f) => f.name), (f) => drafts.get(f) !== base.get(f), openFile,
    (d) => editor.reveal(d.file, { line: d.line }));
  const graph = new GraphView({ render: (topic) => connection.request<RenderReply | null>({ type: 'render', ...(topic ? { topic } : {}) }) },
    (place) => editor.reveal(place.file, { line: place.line }));
  const chat = new ChatView();
  const saveDialog = new SaveDialog((files) => {
    for (const f of files) base.set(f, drafts.get(f) ?? '');
    sidebar.renderFiles(editor.file);
  });
  byId('save-button').addEventListener('click', () => void saveDialog.open());
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 's') {
      e.preventDefault();
      void saveDialog.open();
    }
  });
  window.addEventListener('beforeunload', (e) => {
    if ([...drafts].some(([f, t]) => base.get(f) !== t)) e.preventDefault();
  });

  function onChange(file: string, text: string): void {
    drafts.set(file, text);
    typedAt = performance.now(); // the last keystroke: what a maintainer waits from
    status.className = 'status busy';
    status.textContent = 'checking…';
    clearTimeout(timers.get(file));
    timers.set(file, window.setTimeout(() => {
      timers.delete(file);
      connection.change(file, text);
    }, SEND_AFTER_MS));
    sidebar.renderFiles(editor.file);
  }

  editor.onOpen = (file) => {
    byId('editor-file').textContent = file;
    sidebar.renderFiles(file);
    const step = Object.entries(stepFiles).find(([, place]) => place.file === file);
    if (step) graph.show(step[0].slice(0, step[0].indexOf('.')));
  };
  function openFile(file: string): void {
    editor.open(file);
  }

  connection.onAnalysis = (analysis) => {
    // A check of older texts would put underlines in the wrong places: wait for the next one.
    if (analysis.revision !== connection.revision || timers.size > 0) return;
    editor.setDiagnostics(analysis.diagnostics);
    const latency = typedAt === undefined ? undefined : Math.round(performance.now() - typedAt);
    typedAt = undefined;
    document.body.dataset['revision'] = String(analysis.revision);
    if (latency !== undefined) document.body.dataset['latency'] = String(latency);
    sidebar.setDiagnostics(analysis.diagnostics, editor.file);
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
    const timing = latency === undefined ? `checked in ${analysis.ms} ms` : `last keystroke → diagnostics ${latency} ms`;
    status.className = errors ? 'status error' : 'status ok';
    status.textContent = errors ? `✗ ${errors} error(s) · ${timing}` : `✓ kb check clean · ${timing}`;
    if (!analysis.graph) {
      graph.stale(true);
      return;
    }
    stepFiles = analysis.graph.steps;
    graph.update(analysis.graph, chatStarted ? undefined : firstTopicOf(editor.file));
    if (!chatStarted) {
      chatStarted = true;
      chat.restart();
    } else chat.draftChanged(analysis.graph.version);
  };

  function firstTopicOf(file: string): string {
    const step = Object.entries(stepFiles).find(([, place]) => place.file === file);
    return step ? step[0].slice(0, step[0].indexOf('.')) : '';
  }

  byId('editor-file').textContent = editor.file;
  openFile(hello.files.find((f) => f.name === 'login.flow')?.name ?? hello.files[0]?.name ?? '');
  byId('flows-dir').textContent = hello.flowsDir;
}

boot().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) {
    status.className = 'status error';
    status.textContent = error instanceof Error ? error.message : String(error);
  }
});
