/**
 * A topic's `facts`: the guide's key facts its first message must state, so that one message
 * answers the question on its own (buttons only go deeper). Each fact must appear in the start
 * step's message of its language, ignoring case, `**bold**` markers and link markup. Facts are
 * optional in the language (older flow files stay valid); the shipped guide declares them for
 * every topic (tests/kb/shipped-guide.test.ts).
 */
import type { ValidationAcceptor } from 'langium';
import type { Topic } from '../generated/ast.js';

const LANGUAGE = { id: 'Indonesian', en: 'English' } as const;

/** The text a reader sees, for comparison: no bold markers, `[label](url)` as "label url", one space. */
export function readableText(markup: string): string {
  return markup
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 $2')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Every declared fact appears in the first message of its language. */
export function checkFacts(topic: Topic, accept: ValidationAcceptor): void {
  const start = topic.start?.ref;
  if (!start || start.$container !== topic) return; // reported by checkTopic
  for (const facts of topic.facts) {
    const lang = facts.lang as 'id' | 'en';
    const message = start.message?.entries.find((e) => e.lang === lang)?.value;
    const shown = message === undefined ? '' : readableText(message);
    facts.list?.values.forEach((fact, index) => {
      const wanted = readableText(fact).trim();
      if (wanted === '') {
        accept('error', `fact ${index + 1} of topic '${topic.name}' (${lang}) is empty: name a fact or remove it`, { node: facts.list!, property: 'values', index });
      } else if (!shown.includes(wanted)) {
        accept('error',
          `the first message of topic '${topic.name}' (step '${start.name}', ${LANGUAGE[lang]}) does not say "${fact}": `
          + 'write it into that message, or drop the fact if the guide no longer says it',
          { node: facts.list!, property: 'values', index });
      }
    });
  }
}
