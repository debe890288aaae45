/**
 * Parsing, linking and validating a set of flow sources in memory with Langium, without an
 * editor: the common first half of `kb check`, `kb export`, `kb graph` and the build.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createFlowServices } from './flow-module.js';
import { compareDiagnostics, fromLsp, type FlowDiagnostic } from './diagnostics.js';
import { isDocument, type Document } from './generated/ast.js';

/** A flow file's text and the name to use for it in messages and `source` fields. */
export type FlowSource = { file: string; text: string };

/** The parsed and checked workspace. */
export type FlowWorkspace = {
  /** Document roots in the order of the sources. */
  roots: { file: string; root: Document }[];
  diagnostics: FlowDiagnostic[];
};

let counter = 0;

/** Parses, links and validates `sources` as one guide. */
export async function loadFlowWorkspace(sources: readonly FlowSource[]): Promise<FlowWorkspace> {
  const { shared } = createFlowServices({ ...EmptyFileSystem, documentSets: 'all' });
  const factory = shared.workspace.LangiumDocumentFactory;
  const documents = shared.workspace.LangiumDocuments;
  // Unique in-memory URIs keep two sources with the same display name apart.
  const run = ++counter;
  const loaded: { file: string; doc: LangiumDocument }[] = sources.map((source, i) => {
    const name = source.file.slice(source.file.replace(/\\/g, '/').lastIndexOf('/') + 1);
    const uri = URI.parse(`memory:///run${run}/${i}/${encodeURIComponent(name)}`);
    const doc = factory.fromString(source.text, uri);
    documents.addDocument(doc);
    return { file: source.file, doc };
  });
  await shared.workspace.DocumentBuilder.build(loaded.map((l) => l.doc), { validation: { stopAfterLexingErrors: true, stopAfterParsingErrors: true } });
  const diagnostics = loaded
    .flatMap(({ file, doc }) => (doc.diagnostics ?? []).map((d) => fromLsp(file, d)))
    .sort(compareDiagnostics);
  const roots = loaded.flatMap(({ file, doc }) => {
    const root = doc.parseResult.value;
    return isDocument(root) ? [{ file, root }] : [];
  });
  return { roots, diagnostics };
}
