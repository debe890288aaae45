/** Checks on one topic: contract id, title, start, examples and unique step names. */
import type { ValidationAcceptor } from 'langium';
import { TOPIC_IDS } from '../../dialogs/graph.js';
import type { Topic } from '../generated/ast.js';
import { reportDuplicates } from './duplicates.js';

/** Topics that need no example questions (the router's fallback). */
const NO_EXAMPLES_NEEDED = new Set(['unknown']);

/** Id, title, start, examples and duplicate steps of a topic. */
export function checkTopic(topic: Topic, accept: ValidationAcceptor): void {
  const name = topic.name;
  if (name && !(TOPIC_IDS as readonly string[]).includes(name)) {
    accept('error', `unknown topic id '${name}': a topic must be one of the contract ids (${TOPIC_IDS.join(', ')})`, { node: topic, property: 'name' });
  }
  if (!topic.title) {
    accept('error', `topic '${name}' has no \`title\`: add \`title id "..." en "..."\` after the opening brace`, { node: topic, property: 'name' });
  }
  if (!topic.start) {
    const first = topic.steps[0]?.name ?? 'first-step';
    accept('error', `topic '${name}' has no \`start\`: add \`start ${first}\` naming the step the topic begins with`, { node: topic, property: 'name' });
  }
  const startStep = topic.start?.ref;
  if (startStep && startStep.$container !== topic) {
    accept('error', `\`start ${topic.start?.$refText}\` names a step of topic '${startStep.$container.name}': a topic starts with one of its own steps (use \`goto ${topic.start?.$refText}\` in a first step to go there)`, { node: topic, property: 'start' });
  }
  for (const examples of topic.examples) {
    examples.list?.values.forEach((value, index) => {
      if (value.trim() === '') {
        accept('error', `example ${index + 1} of topic '${name}' (${examples.lang}) is empty: write a question or remove it`, { node: examples.list!, property: 'values', index });
      }
    });
  }
  if (!NO_EXAMPLES_NEEDED.has(name)) {
    for (const [lang, language] of [['id', 'Indonesian'], ['en', 'English']] as const) {
      const count = topic.examples.filter((e) => e.lang === lang).flatMap((e) => e.list?.values ?? []).filter((v) => v.trim() !== '').length;
      if (count === 0) {
        accept('error', `topic '${name}' has no ${language} example questions: add \`examples ${lang} ["...", "..."]\` so the router can find it`, { node: topic, property: 'name' });
      }
    }
  }
  reportDuplicates(topic.steps, (s) => s.name, (s) => `duplicate step '${s.name}' in topic '${name}'`, accept);
}
