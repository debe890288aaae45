/** Checks on ticket templates (layanan 15.1): service, texts and screenshot captures. */
import type { ValidationAcceptor } from 'langium';
import type { TicketTemplate } from '../generated/ast.js';
import { reportDuplicates } from './duplicates.js';

/** The only service-desk service the bot files tickets under. */
export const TICKET_SERVICE = '15.1';

/** Service, title, category, at least one capture, every capture with an instruction. */
export function checkTemplate(template: TicketTemplate, accept: ValidationAcceptor): void {
  const name = template.name;
  if (template.service === undefined) {
    accept('error', `template '${name}' has no \`service\`: add \`service "${TICKET_SERVICE}"\``, { node: template, property: 'name' });
  } else if (template.service !== TICKET_SERVICE) {
    accept('error', `template '${name}' has service "${template.service}": tickets go to layanan "${TICKET_SERVICE}"`, { node: template, property: 'service' });
  }
  if (!template.title) {
    accept('error', `template '${name}' has no \`title\`: add \`title id "..." en "..."\``, { node: template, property: 'name' });
  }
  if (!template.category) {
    accept('error', `template '${name}' has no \`category\`: add \`category id "..." en "..."\``, { node: template, property: 'name' });
  }
  if (template.captures.length === 0) {
    accept('error', `template '${name}' has no \`capture\`: add \`capture name id "..." en "..."\` saying which screenshot the helpdesk needs`, { node: template, property: 'name' });
  }
  for (const capture of template.captures) {
    if (!capture.instruction) {
      accept('error', `capture '${capture.name}' of template '${name}' has no instruction: add \`id "what the screenshot must show" en "..."\``, { node: capture, property: 'name' });
    }
  }
  reportDuplicates(template.captures, (c) => c.name, (c) => `duplicate capture '${c.name}' in template '${name}'`, accept);
}
