/**
 * Parsing, linking and validating a set of flow sources in memory with Langium, without an
 * editor: the common first half of `kb check`, `kb export`, `kb graph` and the build.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createFlowServices } from './language/flow-module.js';
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
let services: ReturnType<typeof createFlowServices> | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Parses, links and validates `sources` as one guide. The services (and their parser, the
 * costly part) are created once per process and reused; runs are serialised because every
 * loaded document belongs to the one document set.
 */
export function loadFlowWorkspace(sources: readonly FlowSource[]): Promise<FlowWorkspace> {
  const run = queue.then(() => loadNow(sources));
  queue = run.catch(() => undefined);
  return run;
}

/** The command-line services (one set of all loaded documents), created on first use. */
function flowServices(): ReturnType<typeof createFlowServices> {
  services ??= createFlowServices({ ...EmptyFileSystem, documentSets: 'all' });
  return services;
}

/** Parses one text without linking or validating (to see which names a file defines). */
export function parseFlowText(text: string): Document | undefined {
  const root = flowServices().Flow.parser.LangiumParser.parse(text).value;
  return isDocument(root) ? root : undefined;
}

async function loadNow(sources: readonly FlowSource[]): Promise<FlowWorkspace> {
  const { shared } = flowServices();
  const factory = shared.workspace.LangiumDocumentFactory;
  const documents = shared.workspace.LangiumDocuments;
  // Unique in-memory URIs keep two sources with the same display name apart.
  const run = ++counter;
  const loaded: { file: string; doc: LangiumDocument }[] = sources.map((source, i) => {
    const name = source.file.slice(source.file.replace(/\\/g, '/').lastIndexOf('/') + 1);
    // The padded index keeps URI order = source order (duplicates are reported on the later one).
    const index = String(i).padStart(6, '0');
    const uri = URI.parse(`memory:///run${run}/${index}/${encodeURIComponent(name)}`);
    const doc = factory.fromString(source.text, uri);
    documents.addDocument(doc);
    return { file: source.file, doc };
  });
  try {
    await shared.workspace.DocumentBuilder.build(loaded.map((l) => l.doc), { validation: { stopAfterLexingErrors: true, stopAfterParsingErrors: true } });
  } finally {
    // Forget this run's documents so the next run starts from an empty workspace.
    for (const { doc } of loaded) {
      documents.deleteDocument(doc.uri);
      shared.workspace.IndexManager.remove(doc.uri);
    }
  }
  const diagnostics = loaded
    .flatMap(({ file, doc }) => (doc.diagnostics ?? []).map((d) => fromLsp(file, d)))
    .sort(compareDiagnostics);
  const roots = loaded.flatMap(({ file, doc }) => {
    const root = doc.parseResult.value;
    return isDocument(root) ? [{ file, root }] : [];
  });
  return { roots, diagnostics };
}
