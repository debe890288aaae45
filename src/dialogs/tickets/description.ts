/**
 * Composes a ticket's description from the conversation: what the employee reported and each
 * self-help step already done with the answer given. Reads only the graph and the journey
 * (step ids + answers the engine already passed through the secret guard), so nothing the user
 * typed beyond those answers can reach the ticket.
 */
import type { Graph, Locale, Step, TicketTemplate, TopicId } from '../graph.js';
import type { JourneyEntry } from './journey.js';
import { maskDigits } from './mask.js';

/** The parts of a composed description. */
export interface ComposedDescription {
  /** What the employee reported, one sentence. */
  report: string;
  /** One line per self-help step done: "what the guide said → what the user answered". */
  steps: string[];
  /** `report` and `steps` as one pasteable text. */
  description: string;
}

const HEAD = { id: 'Langkah yang sudah dilakukan:', en: 'Steps already taken:' };
const NONE = { id: '(belum ada langkah mandiri yang tercatat)', en: '(no self-help steps recorded)' };
const REPORTED = { id: 'Pegawai melaporkan: {title} (topik: {topic}).', en: 'The employee reports: {title} (topic: {topic}).' };
const REPORTED_PLAIN = { id: 'Pegawai melaporkan: {title}.', en: 'The employee reports: {title}.' };
const PHOTO_SENT = { id: 'capture dikirim', en: 'capture sent' };
const MAX_STEP_TEXT = 200;
const MAX_ANSWER = 200;

/** Builds the description for `template` from `journey` (oldest first). */
export function composeDescription(
  graph: Graph,
  template: TicketTemplate,
  journey: readonly JourneyEntry[],
  topic: TopicId,
  locale: Locale,
): ComposedDescription {
  const topicTitle = graph.topics[topic]?.title[locale] ?? topic;
  const title = template.title[locale];
  const report = topicTitle === title ? REPORTED_PLAIN[locale].replace('{title}', title) : REPORTED[locale].replace('{title}', title).replace('{topic}', topicTitle);
  const lines: Array<{ line: string; toTicket: boolean }> = [];
  for (const entry of journey) {
    const step = graph.steps[entry.step];
    const line = step ? describeStep(step, entry.answer, locale) : undefined;
    // The same step visited twice with the same answer says nothing new.
    if (step && line && lines[lines.length - 1]?.line !== line) lines.push({ line, toTicket: leadsToTicket(graph, step, entry.answer) });
  }
  // Choosing "draft the ticket" is how the user got here, not a self-help step; it stays only
  // when nothing else was done (then it is the one thing the guide told them before the ticket).
  const selfHelp = lines.filter((l) => !l.toTicket);
  const steps = (selfHelp.length > 0 ? selfHelp : lines).map((l) => l.line);
  const list = steps.length > 0 ? steps.map((s) => `- ${s}`).join('\n') : NONE[locale];
  return { report, steps, description: `${report}\n\n${HEAD[locale]}\n${list}` };
}

/** Whether the answer chose the way straight into the ticket. */
function leadsToTicket(graph: Graph, step: Step, answer: string | undefined): boolean {
  const option = answer === undefined ? undefined : step.options?.find((o) => o.id === answer || o.label.id === answer || o.label.en === answer);
  return option !== undefined && graph.steps[option.goto]?.end?.kind === 'ticket';
}

/** "What the guide said → answer", or undefined for steps that say and ask nothing. */
function describeStep(step: Step, answer: string | undefined, locale: Locale): string | undefined {
  if (step.end?.kind === 'ticket') return undefined; // the ticket step itself is not a self-help step
  const said = step.message ? firstSentence(step.message[locale]) : '';
  const given = answer === undefined || answer === '' ? '' : describeAnswer(step, answer, locale);
  if (!said && !given) return undefined;
  if (!given) return said;
  return said ? `${said} → ${given}` : given;
}

/** An option id becomes its label; typed answers are masked where personal and cut short. */
function describeAnswer(step: Step, answer: string, locale: Locale): string {
  const option = step.options?.find((o) => o.id === answer || o.goto === answer || o.label.id === answer || o.label.en === answer);
  if (option) return option.label[locale];
  const kind = step.prompt?.kind;
  if (kind === 'photo') return PHOTO_SENT[locale];
  if (kind === 'nik' || kind === 'nip') return maskDigits(answer);
  return oneLine(answer).slice(0, MAX_ANSWER);
}

/** The first sentence of the first paragraph, without markup. */
function firstSentence(text: string): string {
  const paragraph = oneLine(stripMarkup(text.trim().split(/\n\s*\n/)[0] ?? ''));
  // A full stop after a list number ("1.") does not end the sentence.
  const end = paragraph.search(/(?<!(?:^|\s)\d{1,2})[.!?](\s|$)/);
  const sentence = end >= 0 ? paragraph.slice(0, end + 1) : paragraph;
  return sentence.length > MAX_STEP_TEXT ? `${cutAtWord(sentence, MAX_STEP_TEXT - 1)}…` : sentence;
}

/** `text` cut to at most `max` characters at a word boundary, so no address ends half-written. */
function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, '');
}

function stripMarkup(text: string): string {
  return text.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/\*\*/g, '');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
