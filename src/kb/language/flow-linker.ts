/**
 * Linking with messages that name the missing thing and say how to fix it (Langium's default is
 * "Could not resolve reference to Step named 'x'.").
 */
import { AstUtils, DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { isTopic, type Topic } from '../generated/ast.js';
import type { FlowServices } from './flow-services.js';

/** A Langium linker whose errors carry a hint. */
export class FlowLinker extends DefaultLinker {
  private readonly services: FlowServices;

  constructor(services: FlowServices) {
    super(services);
    this.services = services;
  }

  protected override createLinkingError(
    refInfo: ReferenceInfo,
    targetDescription?: AstNodeDescription,
  ): LinkingError {
    const base = super.createLinkingError(refInfo, targetDescription);
    return { ...base, message: unresolvedMessage(refInfo, (name) => this.topicExists(refInfo, name)) };
  }

  /** Whether a topic of that name is visible from the reference's document set. */
  private topicExists(refInfo: ReferenceInfo, name: string): boolean {
    const uri = AstUtils.getDocument(refInfo.container).uri;
    const sets = this.services.workspace.DocumentSets;
    return this.services.shared.workspace.IndexManager.allElements('Topic')
      .some((d) => d.name === name && sets.sameSet(d.documentUri, uri));
  }
}

function unresolvedMessage(refInfo: ReferenceInfo, topicExists: (name: string) => boolean): string {
  const name = refInfo.reference.$refText;
  const type = refInfo.container.$type;
  const property = refInfo.property;
  if (type === 'EndDecl' && property === 'template') {
    return `unknown ticket template '${name}': define \`template ${name} { ... }\` or use the name of an existing template`;
  }
  if (property === 'topic' || property === 'items') {
    return `unknown topic '${name}': no flow file defines \`topic ${name} { ... }\`; use one of the topic ids of the guide`;
  }
  const topic = AstUtils.getContainerOfType(refInfo.container, isTopic) as Topic | undefined;
  const here = topic?.name ?? '?';
  if (name.includes('.')) {
    const [topicName, stepName] = name.split('.');
    if (!topicExists(topicName ?? '')) {
      return `unknown step '${name}': there is no topic '${topicName}'; write \`topic.step\` with an existing topic, or \`topic <id>\` for a topic's start`;
    }
    return `unknown step '${name}': topic '${topicName}' has no step '${stepName}': check the spelling or add \`step ${stepName} { ... }\` to topic '${topicName}'`;
  }
  return `unknown step '${name}' in topic '${here}': add \`step ${name} { ... }\` to this topic, or write \`other-topic.${name}\` for a step of another topic`;
}
