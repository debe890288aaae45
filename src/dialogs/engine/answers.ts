/**
 * How the engine takes an answer at the current step: free text at a choice, a typed prompt
 * (validated), a confirm, a photo, a pressed button, and free text with no flow running.
 */
import type { Option, Step, TopicId } from '../graph.js';
import type { FileRef } from '../messages.js';
import { checkField } from '../validators/index.js';
import { SHORT_ANSWER_WORDS, isAcknowledgement, isThanks, isUnsureAnswer, looseOptionMatch, matchOption, matchYesNo } from './choice-matching.js';
import { choiceByTarget, isTicketRequest, keepFileForTicket, requestTicket } from './ticket-intent.js';
import { routeSafely } from './route-safely.js';
import { CERTAIN_SWITCH, CLEAR_SWITCH, type SwitchRule, otherTopicAsked } from './topic-switch.js';
import { recordJourney } from './conversation-state.js';
import { type Turn, emit, emitPhrase, noteReprompt, reprompt, showMenu } from './turn.js';
import { enter, startTopic } from './moves.js';
import { say } from '../phrases.js';
import { askToClarify, needsClarifying } from './clarify.js';
import { words } from '../input/hygiene.js';
import { buttonId, menuButton, menuButtons, stepText } from './render.js';

/** Wrong answers in a row before the menu or a ticket are offered. */
export const MAX_MISSES = 3;

/** Free text with no flow running: route it and answer. */
export function answerFree(turn: Turn, text: string): void {
  // "2" with no question open picks the second menu topic (the help text promises numbers work).
  const number = /^\s*(\d{1,2})\s*\.?\s*$/.exec(text);
  const menu = menuButtons(turn.graph, turn.state.locale);
  const picked = number && !turn.state.step ? menu[Number(number[1]) - 1] : undefined;
  if (picked) return startTopic(turn, picked.id.slice('topic:'.length) as TopicId);
  const routed = routeSafely(turn, text);
  const { topic, confidence } = routed;
  // "ok", "baik", "siap" after an answer are thanks, not an out-of-scope question.
  const answered = topic === 'unknown' && isAcknowledgement(text) ? 'thanks' : topic;
  if (answered !== 'thanks' && needsClarifying(routed)) return askToClarify(turn, text, routed);
  turn.effects.push({ type: 'routed', text, topic: answered, confidence, outcome: answered === 'unknown' ? 'unknown' : 'topic' });
  startTopic(turn, answered);
}

/** Switches topic when `text` clearly asks about another one (see topic-switch.ts); true when it did. */
function switchedTopic(turn: Turn, text: string, rule: SwitchRule = CLEAR_SWITCH): boolean {
  // "tidak", "belum ya", "yes" answer the question in front of them; they never ask another one.
  if (matchYesNo(text) !== undefined && words(text).length <= 2) return false;
  const other = otherTopicAsked(turn, text, rule);
  if (other === undefined) return false;
  turn.effects.push({ type: 'routed', text, ...other, outcome: 'topic' });
  startTopic(turn, other.topic);
  return true;
}

/** Goes from the answered `step` to `next`, recording the answer. */
function advance(turn: Turn, step: Step, next: string, answer?: string): void {
  turn.state = recordJourney(turn.state, step.id, answer);
  enter(turn, next, step.id);
}

function choose(turn: Turn, step: Step, option: Option): void {
  advance(turn, step, option.goto, option.label[turn.state.locale]);
}

/** Free text while `step` waits for the user. */
export function answerText(turn: Turn, step: Step, text: string): void {
  if (step.options) {
    const index = matchOption(step.options, text);
    const option = index === undefined ? undefined : step.options[index];
    if (option) return choose(turn, step, option);
    // "ga tau" names no option and asks nothing: say how to go on instead of "I didn't catch that".
    if (isUnsureAnswer(text)) return reprompt(turn, say('unsureChoice', turn.state.locale));
    // Unguided users: a ticket request, then what the options lead to, then a looser label match.
    if (isTicketRequest(text) && requestTicket(turn, text)) return;
    if (choiceByTarget(turn, step, text, (i) => choose(turn, step, step.options![i]!))) return;
    const loose = looseOptionMatch(step.options, text);
    if (loose !== undefined) {
      // A message longer than a short answer, mostly words the option does not have, that the
      // router places clearly in another topic is a new question ("sertifikat saya sudah expired
      // gimana perpanjangnya" at Lupa Password's "Link sudah kedaluwarsa"), not an answer.
      const mostlyElse = loose.coverage < 0.5 && words(text).length > SHORT_ANSWER_WORDS;
      if (mostlyElse && switchedTopic(turn, text, CERTAIN_SWITCH)) return;
      return choose(turn, step, step.options[loose.index]!);
    }
    if (switchedTopic(turn, text)) return;
    if (isThanks(text)) return reprompt(turn, say('welcomeKeepGoing', turn.state.locale));
    return reprompt(turn, say('notUnderstoodChoice', turn.state.locale));
  }
  if (isTicketRequest(text) && requestTicket(turn, text)) return;
  if (step.end) return answerAtTerminal(turn, step, text);
  // A thank-you while a question is open keeps the question (and is not taken as the answer).
  if (step.prompt && isThanks(text)) {
    const question = stepText(step, turn.state.locale);
    return reprompt(turn, [say('welcomeKeepGoing', turn.state.locale), question].filter(Boolean).join('\n\n'));
  }
  if (step.prompt) return answerPrompt(turn, step, text);
}

function answerAtTerminal(turn: Turn, step: Step, text: string): void {
  if (step.end?.kind === 'wait-email') {
    const missing: Option = {
      id: 'missing', label: { id: say('emailMissingButton', 'id'), en: say('emailMissingButton', 'en') },
      synonyms: ['tidak datang', 'belum datang', 'tidak ada email', 'belum masuk', 'no email', 'did not come'], goto: step.end.ifMissing,
    };
    if (matchOption([missing], text) === 0) return choose(turn, step, missing);
  }
  answerFree(turn, text);
}

function answerPrompt(turn: Turn, step: Step, text: string): void {
  const prompt = step.prompt!;
  const { locale } = turn.state;
  if (prompt.kind === 'photo') return reprompt(turn, say('textAtPhotoPrompt', locale));
  if (prompt.kind === 'confirm') {
    const answer = matchYesNo(text);
    if (answer === 'yes') return advance(turn, step, prompt.goto, say('yes', locale));
    if (answer === 'no') return advance(turn, step, prompt.gotoNo ?? prompt.goto, say('no', locale));
    if (isUnsureAnswer(text)) return reprompt(turn, say('unsureChoice', locale));
    if (switchedTopic(turn, text)) return;
    return reprompt(turn, say('notUnderstoodChoice', locale));
  }
  const check = checkField(prompt.rule ?? prompt.kind, text, locale, turn.now);
  if (check.ok) {
    turn.state = { ...turn.state, slots: { ...turn.state.slots, [prompt.slot]: check.value } };
    return advance(turn, step, prompt.goto, check.value);
  }
  if (prompt.collect) {
    const violations = [...turn.state.violations, ...check.errors].slice(-20);
    turn.state = { ...turn.state, violations, slots: { ...turn.state.slots, [prompt.slot]: text } };
    return advance(turn, step, prompt.goto, text);
  }
  if (prompt.kind !== 'text' && switchedTopic(turn, text)) return;
  const misses = turn.state.misses + 1;
  turn.state = { ...turn.state, misses };
  noteReprompt(turn);
  const example = check.example || prompt.example?.[locale];
  // Some validator messages already end with the example; it is not repeated on its own line.
  const shown = example !== undefined && check.errors.some((e) => e.includes(example));
  const lines = [...check.errors, example && !shown ? `${say('example', locale)}: ${example}` : undefined].filter(Boolean);
  if (misses >= MAX_MISSES) {
    lines.push(say('tooManyMisses', locale));
    emit(turn, lines.join('\n'), [menuButton(locale), { id: 'topic:ticket', label: say('ticketButton', locale) }]);
    return;
  }
  emit(turn, lines.join('\n'));
}

/** A pressed step-local button (already checked to be offered at this step). */
export function answerButton(turn: Turn, step: Step, id: string): void {
  const option = step.options?.find((o) => buttonId(step.id, o.id) === id);
  if (option) return choose(turn, step, option);
  const { prompt, end } = step;
  const { locale } = turn.state;
  if (prompt?.kind === 'confirm' && id === buttonId(step.id, 'yes')) return advance(turn, step, prompt.goto, say('yes', locale));
  if (prompt?.kind === 'confirm' && id === buttonId(step.id, 'no')) return advance(turn, step, prompt.gotoNo ?? prompt.goto, say('no', locale));
  if (end?.kind === 'wait-email' && id === buttonId(step.id, 'missing')) {
    return advance(turn, step, end.ifMissing, say('emailMissingButton', locale));
  }
  showMenu(turn, 'staleButton');
}

/** A photo or document while no ticket is being collected. */
export function answerFile(turn: Turn, step: Step | undefined, file: FileRef, isPhoto: boolean): void {
  const image = isPhoto || (file.mime ?? '').startsWith('image/');
  if (step?.prompt?.kind === 'photo') {
    if (!image) return reprompt(turn, say('notAnImage', turn.state.locale));
    turn.state = { ...turn.state, slots: { ...turn.state.slots, [step.prompt.slot]: file.ref } };
    return advance(turn, step, step.prompt.goto, file.name ?? 'capture');
  }
  if (image && keepFileForTicket(turn, step, file, isPhoto ? 'photo' : 'document')) return;
  if (step?.prompt) {
    emitPhrase(turn, image ? 'noPhotoAtPrompt' : 'noDocumentWanted');
    return enter(turn, step.id);
  }
  reprompt(turn, say(image ? 'noPhotoWanted' : 'noFileWanted', turn.state.locale));
}
