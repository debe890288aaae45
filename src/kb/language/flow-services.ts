/**
 * The type of the flow language's services, on its own so that the services (linker, scoping,
 * validation) can name it without importing the module that builds them.
 */
import type { LangiumServices } from 'langium/lsp';
import type { FlowDocumentSets } from '../document-sets.js';

/** Services the flow language adds to Langium's. */
export type FlowAddedServices = {
  workspace: { DocumentSets: FlowDocumentSets };
};

/** All services of the flow language. */
export type FlowServices = LangiumServices & FlowAddedServices;
