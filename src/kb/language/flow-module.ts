/**
 * Dependency injection for the flow language: Langium's defaults plus our scoping, linker
 * messages, string values, document sets and validation checks.
 */
import { inject, type Module } from 'langium';
import {
  createDefaultModule,
  createDefaultSharedModule,
  type DefaultSharedModuleContext,
  type LangiumSharedServices,
  type PartialLangiumServices,
} from 'langium/lsp';
import { FlowGeneratedModule, FlowGeneratedSharedModule } from '../generated/module.js';
import { FlowDocumentSets, type DocumentSetMode } from '../document-sets.js';
import { FlowLinker } from './flow-linker.js';
import { FlowScopeComputation, FlowScopeProvider } from './flow-scope.js';
import { FlowValueConverter } from './flow-value-converter.js';
import { FlowLexerErrorMessages, FlowParserErrorMessages } from './flow-parser-messages.js';
import { registerFlowValidation } from './flow-validator.js';
import { FlowDocumentValidator } from './flow-document-validator.js';
import type { FlowAddedServices, FlowServices } from './flow-services.js';

export type { FlowAddedServices, FlowServices } from './flow-services.js';

/** The flow language's own service implementations. */
export function flowModule(mode: DocumentSetMode): Module<FlowServices, PartialLangiumServices & FlowAddedServices> {
  return {
    parser: {
      ValueConverter: () => new FlowValueConverter(),
      ParserErrorMessageProvider: () => new FlowParserErrorMessages(),
      LexerErrorMessageProvider: () => new FlowLexerErrorMessages(),
    },
    references: {
      ScopeComputation: (services) => new FlowScopeComputation(services),
      ScopeProvider: (services) => new FlowScopeProvider(services),
      Linker: (services) => new FlowLinker(services),
    },
    validation: {
      DocumentValidator: (services) => new FlowDocumentValidator(services),
    },
    workspace: {
      DocumentSets: (services) => new FlowDocumentSets(services.shared.workspace.LangiumDocuments, mode),
    },
  };
}

/** Options for {@link createFlowServices}. */
export type FlowServicesContext = DefaultSharedModuleContext & {
  /** How files are grouped into guides; `directory` for editors, `all` for the command line. */
  documentSets?: DocumentSetMode;
};

/**
 * Creates the shared and language services. Without a connection (command line, tests) the
 * configuration is marked initialised so that documents can be built right away.
 */
export function createFlowServices(context: FlowServicesContext): {
  shared: LangiumSharedServices;
  Flow: FlowServices;
} {
  const shared = inject(createDefaultSharedModule(context), FlowGeneratedSharedModule);
  const Flow = inject(
    createDefaultModule({ shared }),
    FlowGeneratedModule,
    flowModule(context.documentSets ?? 'all'),
  );
  shared.ServiceRegistry.register(Flow);
  registerFlowValidation(Flow);
  if (!context.connection) shared.workspace.ConfigurationProvider.initialized({});
  return { shared, Flow };
}
