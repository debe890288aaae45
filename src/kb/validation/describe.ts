/** Names for things in diagnostics ("the message of step 'login.start'"). */
import type { AstNode } from 'langium';
import type { Text } from '../generated/ast.js';

function named(node: AstNode | undefined): string {
  const name = (node as { name?: string } | undefined)?.name;
  return name ? `'${name}'` : '';
}

function stepName(node: AstNode | undefined): string {
  const step = node as { name?: string; $container?: { name?: string } } | undefined;
  return step?.$container?.name ? `'${step.$container.name}.${step.name}'` : named(node);
}

/** What a text is, e.g. "label of button 'yes' in step 'login.start'". */
export function describeText(text: Text): string {
  const owner = text.$container as AstNode;
  const prop = text.$containerProperty;
  switch (owner.$type) {
    case 'Step':
      return `message of step ${stepName(owner)}`;
    case 'OptionDecl':
      return `label of button ${named(owner)} in step ${stepName(owner.$container)}`;
    case 'LinkDecl':
      return `label of a link in step ${stepName(owner.$container)}`;
    case 'PromptDecl':
      return `prompt example in step ${stepName(owner.$container)}`;
    case 'EndDecl':
      return `email subject in step ${stepName(owner.$container)}`;
    case 'Topic':
      return `title of topic ${named(owner)}`;
    case 'TicketTemplate':
      return `${prop} of template ${named(owner)}`;
    case 'CaptureDecl':
      return `instruction of capture ${named(owner)} in template ${named(owner.$container)}`;
    default:
      return 'text';
  }
}
