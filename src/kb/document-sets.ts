/**
 * Which flow files belong together.
 *
 * The guide is one set of files (`src/kb/flows/*.flow`) whose topics refer to each other. An
 * editor, though, opens a whole repository, where test fixtures also hold `.flow` files with the
 * same topic names. In `directory` mode files only see the files of their own folder, so each
 * folder is its own guide; in `all` mode (the command line, which loads exactly the files it was
 * given) every loaded file is in one set.
 */
import type { LangiumDocument, LangiumDocuments } from 'langium';
import type { URI } from 'langium';

/** How documents are grouped into sets that are linked and checked together. */
export type DocumentSetMode = 'all' | 'directory';

/** Groups documents into sets that are linked and checked as one guide. */
export class FlowDocumentSets {
  constructor(
    private readonly documents: LangiumDocuments,
    readonly mode: DocumentSetMode,
  ) {}

  /** The key of the set a document belongs to. */
  keyOf(uri: URI | string): string {
    if (this.mode === 'all') return '';
    const text = typeof uri === 'string' ? uri : uri.toString();
    return text.slice(0, text.lastIndexOf('/'));
  }

  /** Whether two documents are in the same set. */
  sameSet(a: URI | string, b: URI | string): boolean {
    return this.keyOf(a) === this.keyOf(b);
  }

  /** All loaded documents in the set of `document`, ordered by URI so results are stable. */
  setOf(document: LangiumDocument): LangiumDocument[] {
    const key = this.keyOf(document.uri);
    return this.documents.all
      .filter((d) => this.keyOf(d.uri) === key)
      .toArray()
      .sort((x, y) => x.uri.toString().localeCompare(y.uri.toString()));
  }
}
