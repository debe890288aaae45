/**
 * The flow language server (`npm run lsp`, stdio): diagnostics while typing, go-to-definition,
 * completion of step and topic names. Files are grouped by folder, so the shipped guide and
 * each folder of test fixtures are separate guides (see `document-sets.ts`).
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createFlowServices } from './language/flow-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createFlowServices({ connection, ...NodeFileSystem, documentSets: 'directory' });
// Validate every flow file of the workspace at start-up, not only the opened ones, so that an
// unreachable step in one file shows up while the author edits another.
shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
startLanguageServer(shared);
