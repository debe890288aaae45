/**
 * Scoping of the flow language.
 *
 * Inside a topic a step is named by its bare name (Langium's default local scope: steps are
 * children of their topic). Across topics and files it is `topic.step`, so every step is also
 * exported under its qualified name; topics and templates are exported under their own names.
 * Global names are only visible within one document set (see {@link FlowDocumentSets}).
 */
import {
  AstUtils,
  DefaultScopeComputation,
  DefaultScopeProvider,
  MapScope,
  type AstNode,
  type AstNodeDescription,
  type LangiumDocument,
  type ReferenceInfo,
  type Scope,
} from 'langium';
import { isDocument, type Document } from '../generated/ast.js';
import type { FlowServices } from './flow-services.js';
import type { FlowDocumentSets } from '../document-sets.js';

/** Exports topics, templates and `topic.step` for every step. */
export class FlowScopeComputation extends DefaultScopeComputation {
  override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
    const root = document.parseResult.value;
    if (!isDocument(root)) return [];
    const doc: Document = root;
    const exports: AstNodeDescription[] = [];
    for (const topic of doc.topics) {
      if (!topic.name) continue;
      exports.push(this.descriptions.createDescription(topic, topic.name, document));
      for (const step of topic.steps) {
        if (!step.name) continue;
        exports.push(this.descriptions.createDescription(step, `${topic.name}.${step.name}`, document));
      }
    }
    for (const template of doc.templates) {
      if (template.name) exports.push(this.descriptions.createDescription(template, template.name, document));
    }
    return exports;
  }
}

/** Restricts the global scope to the document set of the referencing document. */
export class FlowScopeProvider extends DefaultScopeProvider {
  private readonly sets: FlowDocumentSets;

  constructor(services: FlowServices) {
    super(services);
    this.sets = services.workspace.DocumentSets;
  }

  protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
    const uri = AstUtils.getDocument(context.container as AstNode).uri;
    const visible = this.indexManager
      .allElements(referenceType)
      .filter((d) => this.sets.sameSet(d.documentUri, uri));
    return new MapScope(visible);
  }
}
