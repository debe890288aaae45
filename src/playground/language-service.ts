/**
 * Completion and go-to-definition on the drafts of every open tab, answered by Langium's own LSP
 * providers (the ones `npm run lsp` serves to editors) over an in-memory workspace.
 *
 * One set of Langium services serves all tabs: in `directory` mode each tab's drafts live in a
 * folder of their own (`memory:///tab-<id>/login.flow`), so references resolve across the files
 * of one tab and never into another's. Only changed drafts are re-parsed (Langium relinks those
 * that refer to them). Validation is left out here: diagnostics come from the same compile as
 * `kb check` (see draft-analysis.ts), so they are exactly its messages and positions.
 */
import { AstUtils, EmptyFileSystem, GrammarAST, TextDocument, URI } from 'langium';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { createFlowServices } from '../kb/language/flow-module.js';
import type { CompletionReply, WireCompletion, WireLocation } from './protocol.js';

const LANGUAGE_ID = 'ds-flow';

/** What a completion item is, in CodeMirror's words (it picks the icon). */
function kindName(kind: CompletionItem['kind']): string {
  switch (kind) {
    case CompletionItemKind.Keyword:
      return 'keyword';
    case CompletionItemKind.Reference:
    case CompletionItemKind.Class:
    case CompletionItemKind.Module:
      return 'namespace';
    default:
      return 'variable';
  }
}

/** Langium services holding the drafts of every tab, one folder a tab. */
export class DraftLanguageService {
  private readonly services = createFlowServices({ ...EmptyFileSystem, documentSets: 'directory' });
  /** Per tab: file name → the text last given to Langium. */
  private readonly synced = new Map<string, Map<string, string>>();
  private versions = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor() {
    // Only parse and link on updates: diagnostics are not this service's job.
    this.services.shared.workspace.DocumentBuilder.updateBuildOptions = { validation: false };
  }

  /** The keywords of the flow grammar (for the editor's highlighting). */
  keywords(): string[] {
    const words = AstUtils.streamAllContents(this.services.Flow.Grammar)
      .filter(GrammarAST.isKeyword)
      .map((k) => k.value)
      .filter((v) => /^[a-z][a-z-]*$/.test(v));
    return [...new Set(words)].sort();
  }

  /** Completions at `offset` of `file` in the drafts of `tab`. */
  complete(tab: string, drafts: ReadonlyMap<string, string>, file: string, offset: number): Promise<CompletionReply> {
    return this.serialised(async () => {
      const doc = await this.document(tab, drafts, file);
      if (!doc) return null;
      const position = doc.textDocument.positionAt(offset);
      const list = await this.services.Flow.lsp.CompletionProvider?.getCompletion(doc, { textDocument: { uri: doc.uri.toString() }, position });
      const items = list?.items ?? [];
      // Langium replaces the word being typed; CodeMirror wants where that word starts.
      const edit = items.find((i) => i.textEdit && 'range' in i.textEdit)?.textEdit;
      const from = edit && 'range' in edit ? doc.textDocument.offsetAt(edit.range.start) : wordStart(doc.textDocument.getText(), offset);
      const options: WireCompletion[] = items.map((i) => ({ label: i.label, kind: kindName(i.kind), ...(i.detail ? { detail: i.detail } : {}) }));
      return { from, options };
    });
  }

  /** Where the name at `offset` of `file` is defined, or null. */
  definition(tab: string, drafts: ReadonlyMap<string, string>, file: string, offset: number): Promise<WireLocation | null> {
    return this.serialised(async () => {
      const doc = await this.document(tab, drafts, file);
      if (!doc) return null;
      const position = doc.textDocument.positionAt(offset);
      const links = await this.services.Flow.lsp.DefinitionProvider?.getDefinition(doc, { textDocument: { uri: doc.uri.toString() }, position });
      const link = links?.[0];
      if (!link) return null;
      const target = this.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(link.targetUri));
      const name = decodeURIComponent(link.targetUri.slice(link.targetUri.lastIndexOf('/') + 1));
      if (!target || !drafts.has(name)) return null;
      const range = link.targetSelectionRange;
      return { file: name, from: target.textDocument.offsetAt(range.start), to: target.textDocument.offsetAt(range.end) };
    });
  }

  /** Parses and links a new tab's drafts ahead of its first request (the first costs the most). */
  prepare(tab: string, drafts: ReadonlyMap<string, string>): Promise<void> {
    const first = drafts.keys().next().value;
    return this.serialised(async () => {
      if (first !== undefined) await this.document(tab, drafts, first);
    });
  }

  /** Forgets a tab's drafts. */
  close(tab: string): Promise<void> {
    return this.serialised(async () => {
      if (!this.synced.delete(tab)) return;
      await this.services.shared.workspace.DocumentBuilder.update([], [this.folder(tab)]);
    });
  }

  private folder(tab: string): URI {
    return URI.parse(`memory:///tab-${encodeURIComponent(tab)}`);
  }

  private uriOf(tab: string, file: string): URI {
    return URI.parse(`memory:///tab-${encodeURIComponent(tab)}/${encodeURIComponent(file)}`);
  }

  /** Brings Langium's copy of the tab's drafts up to date and returns `file`'s document. */
  private async document(tab: string, drafts: ReadonlyMap<string, string>, file: string) {
    if (!drafts.has(file)) return undefined;
    const known = this.synced.get(tab) ?? new Map<string, string>();
    this.synced.set(tab, known);
    const textDocuments = this.services.shared.workspace.TextDocuments;
    const changed: URI[] = [];
    for (const [name, text] of drafts) {
      if (known.get(name) === text) continue;
      const uri = this.uriOf(tab, name);
      textDocuments?.set(TextDocument.create(uri.toString(), LANGUAGE_ID, ++this.versions, text));
      known.set(name, text);
      changed.push(uri);
    }
    if (changed.length > 0) await this.services.shared.workspace.DocumentBuilder.update(changed, []);
    return this.services.shared.workspace.LangiumDocuments.getDocument(this.uriOf(tab, file));
  }

  /** Runs one request at a time: every tab shares the one document builder. */
  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function wordStart(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && /[A-Za-z0-9.-]/.test(text[at - 1]!)) at--;
  return at;
}
