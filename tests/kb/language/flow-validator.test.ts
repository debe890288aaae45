/**
 * Every validation rule has a broken fixture in `fixtures/invalid/`. Each is checked together
 * with the mini guide's `guide.flow` (which defines every other contract topic), so the expected
 * diagnostics are the only ones: message text and position are asserted exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkFiles, fixture, lines, MINI_GUIDE } from '../support/fixtures.js';

type Case = [fixture: string, expected: string[]];

const cases: Case[] = [
  ['unresolved-step', ["invalid/unresolved-step.flow:8:14: error: unknown step 'finish' in topic 'login': add `step finish { ... }` to this topic, or write `other-topic.finish` for a step of another topic"]],
  ['unresolved-cross-topic', ["invalid/unresolved-cross-topic.flow:8:47: error: unknown step 'forgot-password.start-reset': topic 'forgot-password' has no step 'start-reset': check the spelling or add `step start-reset { ... }` to topic 'forgot-password'"]],
  ['unresolved-template', ["invalid/unresolved-template.flow:8:20: error: unknown ticket template 'login-ticket': define `template login-ticket { ... }` or use the name of an existing template"]],
  ['unreachable-step', ["invalid/unreachable-step.flow:10:10: error: step 'login.orphan' is unreachable: no button, prompt, branch, goto or end leads to it from a topic's start; link to it or remove it"]],
  ['dead-end-step', ["invalid/dead-end-step.flow:10:10: error: step 'login.stuck' has no way forward and is not terminal: add buttons, `ask`, `branch`, `goto` or `end resolved`"]],
  ['two-ways-forward', ["invalid/two-ways-forward.flow:9:14: error: step 'login.intro' has more than one way forward (buttons and `goto`): keep exactly one, or move the extra one into another step"]],
  ['duplicate-topic', ["invalid/duplicate-topic.flow:9:7: error: duplicate topic 'login' (first defined at line 2): rename or remove one"]],
  ['duplicate-step', ["invalid/duplicate-step.flow:10:10: error: duplicate step 'intro' in topic 'login' (first defined at line 6): rename or remove one"]],
  ['duplicate-template', ["invalid/duplicate-template.flow:16:10: error: duplicate template 'login-problem' (first defined at line 9): rename or remove one"]],
  ['duplicate-option', ["invalid/duplicate-option.flow:9:16: error: duplicate button 'ok' in step 'login.intro' (first defined at line 8): rename or remove one"]],
  ['missing-language', ["invalid/missing-language.flow:7:13: error: message of step 'login.intro' has no English text: add `en \"...\"`"]],
  ['language-twice', [
    "invalid/language-twice.flow:8:19: error: label of button 'ok' in step 'login.intro' has no English text: add `en \"...\"`",
    "invalid/language-twice.flow:8:27: error: label of button 'ok' in step 'login.intro' gives the Indonesian (`id`) text twice: keep one",
  ]],
  ['long-button-label', ["invalid/long-button-label.flow:8:30: error: label of button 'ok' in step 'login.intro' (en) is 44 characters, over the 40 a button shows: shorten it and put details in the message"]],
  ['long-message', ["invalid/long-message.flow:7:29: error: message of step 'login.intro' (en) is 4249 characters, over Telegram's 4096: split it into two steps"]],
  ['long-paragraph', ["invalid/long-paragraph.flow:7:16: error: paragraph 2 of the message of step 'login.intro' (id) is 3199 characters, over Slack's 3000 per section: add a blank line to split it"]],
  ['http-link', ["invalid/http-link.flow:8:38: error: link 'http://portal-bsre.bssn.go.id' is not an https URL: write it as https://..."]],
  ['http-markup-link', ["invalid/http-markup-link.flow:8:29: error: link 'http://beid.bssn.go.id' in the message of step 'login.intro' (en) is not https: write [BeID](https://...)"]],
  ['template-no-capture', ["invalid/template-no-capture.flow:9:10: error: template 'login-problem' has no `capture`: add `capture name id \"...\" en \"...\"` saying which screenshot the helpdesk needs"]],
  ['capture-no-instruction', ["invalid/capture-no-instruction.flow:13:13: error: capture 'error' of template 'login-problem' has no instruction: add `id \"what the screenshot must show\" en \"...\"`"]],
  ['fact-not-said', ["invalid/fact-not-said.flow:6:41: error: the first message of topic 'login' (step 'intro', English) does not say \"BeID\": write it into that message, or drop the fact if the guide no longer says it"]],
  ['topic-no-examples', ["invalid/topic-no-examples.flow:2:7: error: topic 'login' has no English example questions: add `examples en [\"...\", \"...\"]` so the router can find it"]],
  ['unknown-topic-id', [expect.stringMatching(/^invalid\/unknown-topic-id\.flow:9:7: error: unknown topic id 'log-in': a topic must be one of the contract ids \(login, forgot-password, .*unknown\)$/) as unknown as string]],
  ['topic-no-title', ["invalid/topic-no-title.flow:2:7: error: topic 'login' has no `title`: add `title id \"...\" en \"...\"` after the opening brace"]],
  ['topic-no-start', ["invalid/topic-no-start.flow:2:7: error: topic 'login' has no `start`: add `start intro` naming the step the topic begins with"]],
  ['confirm-without-no', ["invalid/confirm-without-no.flow:8:13: error: `ask confirm into got-email` has no `no ->` target: add `no -> step` for the \"no\" answer"]],
  ['no-on-non-confirm', ["invalid/no-on-non-confirm.flow:8:40: error: `no ->` only belongs to `ask confirm`, not to `ask nip`: remove it or make the prompt a confirm"]],
  ['wrong-service', ["invalid/wrong-service.flow:10:13: error: template 'login-problem' has service \"15.2\": tickets go to layanan \"15.1\""]],
  ['wait-email-bad-from', ["invalid/wait-email-bad-from.flow:8:24: error: wait-email `from` 'BSSN noreply' is not an email address: write the sender, e.g. \"noreply@bsre.id\""]],
  ['branch-without-otherwise', ["invalid/branch-without-otherwise.flow:10:9: error: branch has no `otherwise ->`: add one so that a user whose answer matches no case is not stranded"]],
  ['goto-loop', ["invalid/goto-loop.flow:6:10: error: steps loop without waiting for the user (login.intro -> login.again -> login.intro): add buttons or a prompt inside the loop, or end it"]],
  ['no-way-to-end', [
    "invalid/no-way-to-end.flow:6:10: error: no path from step 'login.intro' ever reaches an `end`: users would go round in circles; lead one of its ways to an ending step",
    "invalid/no-way-to-end.flow:10:10: error: no path from step 'login.other' ever reaches an `end`: users would go round in circles; lead one of its ways to an ending step",
  ]],
  ['ambiguous-words', ["invalid/ambiguous-words.flow:9:16: error: typing \"sudah\" would select both button 'yes' and button 'later': make the labels and `also` words distinct"]],
  ['repeated-say', ["invalid/repeated-say.flow:9:9: error: step 'intro' has `say` twice: keep one (the first is at line 8)"]],
  ['condition-slot-never-asked', ["invalid/condition-slot-never-asked.flow:12:18: error: condition on slot 'status', which no prompt fills: add `ask ... into status` before this branch or fix the slot name"]],
  ['date-condition-on-text', ["invalid/date-condition-on-text.flow:12:18: error: `valid-until before today` compares a date, but slot 'valid-until' is filled by `ask text`: use `ask date into valid-until`"]],
  ['syntax-error', ['invalid/syntax-error.flow:10:1: error: syntax error: expected `}` but found `topic`: a closing `}` is missing before this point']],
  ['missing-contract-topic', [
    "valid/guide.flow:3:8: error: unknown topic 'login': no flow file defines `topic login { ... }`; use one of the topic ids of the guide",
    "valid/guide.flow:3:1: error: contract topic 'login' is not defined by any flow file: add `topic login { ... }`",
    "invalid/missing-contract-topic.flow:3:10: warning: template 'login-problem' is never used: end a step with `end ticket login-problem` or remove it",
  ]],
];

describe('flow validation', () => {
  it.each(cases)('%s.flow is rejected at the right place', async (name, expected) => {
    const result = await checkFiles(MINI_GUIDE, fixture(`invalid/${name}.flow`));
    expect(lines(result)).toEqual(expected);
    expect(result.graph).toBeUndefined();
  });

  it('warns (without failing) about a topic neither in the menu nor hidden', async () => {
    const result = await checkFiles(fixture('invalid/not-in-menu.flow'));
    expect(lines(result)).toContain(
      "invalid/not-in-menu.flow:11:7: warning: topic 'forgot-password' is neither in the menu nor `hidden`: add it to `menu { ... }` or mark it `hidden`",
    );
  });

  it('warns (without failing) about an unclosed bold marker', async () => {
    const result = await checkFiles(MINI_GUIDE, fixture('invalid/unclosed-bold.flow'));
    expect(lines(result)).toEqual([
      "invalid/unclosed-bold.flow:7:16: warning: the message of step 'login.intro' (id) has an unclosed `**` (bold): close it or remove it",
    ]);
    expect(result.graph).toBeDefined();
  });

  it('accepts the mini guide with no diagnostic at all', async () => {
    const result = await checkFiles(MINI_GUIDE, fixture('valid/login.flow'));
    expect(lines(result)).toEqual([]);
    expect(result.graph).toBeDefined();
  });
});
