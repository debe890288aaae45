/**
 * Validation of flow files: which check runs on which AST node type. The checks live in
 * `validation/`; every one reports a positioned diagnostic whose message names the thing and
 * says how to fix it. Errors fail the build; warnings are for style.
 */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { FlowAstType, Text } from '../generated/ast.js';
import type { FlowServices } from './flow-services.js';
import { checkBranch, checkEnd, checkLink, checkPrompt, checkWayForward } from '../validation/step-checks.js';
import { checkSingleParts } from '../validation/single-parts.js';
import { checkTemplate } from '../validation/template-checks.js';
import { checkTopic } from '../validation/topic-checks.js';
import { checkFacts } from '../validation/fact-checks.js';
import { checkBoldMarkers, checkButtonLabel, checkMessageLength, checkTextLanguages, checkTextLinks } from '../validation/text-checks.js';
import { checkDocumentSet } from '../validation/workspace-checks.js';
import { checkNotEmpty } from '../validation/document-checks.js';

function checkText(text: Text, accept: ValidationAcceptor): void {
  checkTextLanguages(text, accept);
  checkTextLinks(text, accept);
  checkBoldMarkers(text, accept);
  if (text.$container.$type === 'OptionDecl') checkButtonLabel(text, accept);
  else checkMessageLength(text, accept);
}

/** Registers the flow checks with Langium's validation registry. */
export function registerFlowValidation(services: FlowServices): void {
  const sets = services.workspace.DocumentSets;
  const checks: ValidationChecks<FlowAstType> = {
    Document: [checkNotEmpty, (root, accept) => checkDocumentSet(root, sets, accept)],
    Topic: [checkTopic, checkFacts, checkSingleParts],
    Step: [checkWayForward, checkSingleParts],
    PromptDecl: checkPrompt,
    BranchDecl: checkBranch,
    EndDecl: checkEnd,
    LinkDecl: checkLink,
    TicketTemplate: [checkTemplate, checkSingleParts],
    Text: checkText,
  };
  services.validation.ValidationRegistry.register(checks);
}
