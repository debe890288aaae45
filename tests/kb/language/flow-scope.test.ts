/** Parsing and linking: bare step names inside a topic, `topic.step` and `topic X` across topics and files. */
import { describe, expect, it } from 'vitest';
import { loadFlowWorkspace } from '../../../src/kb/load-workspace.js';
import { targetStep } from '../../../src/kb/language/flow-targets.js';

const first = `
topic login {
  title id "Login" en "Log in"
  examples id ["x"] en ["y"]
  start intro
  step intro {
    button a id "A" en "A" -> done
    button b id "B" en "B" -> forgot-password.intro
    button c id "C" en "C" -> topic forgot-password
  }
  step done { end resolved }
}`;
const second = `
topic forgot-password {
  title id "Lupa" en "Forgot"
  examples id ["x"] en ["y"]
  start intro
  step intro { goto login.done }
  step done { goto intro }
}`;

describe('parsing and linking', () => {
  it('parses topics, steps, buttons and targets', async () => {
    const ws = await loadFlowWorkspace([{ file: 'a.flow', text: first }]);
    const topic = ws.roots[0]!.root.topics[0]!;
    expect(topic.name).toBe('login');
    expect(topic.title?.entries.map((e) => [e.lang, e.value])).toEqual([['id', 'Login'], ['en', 'Log in']]);
    expect(topic.steps.map((s) => s.name)).toEqual(['intro', 'done']);
    expect(topic.steps[0]!.options.map((o) => o.name)).toEqual(['a', 'b', 'c']);
  });

  it('resolves bare names in the topic, topic.step and topic X across files', async () => {
    const ws = await loadFlowWorkspace([{ file: 'a.flow', text: first }, { file: 'b.flow', text: second }]);
    const [login, forgot] = ws.roots.map((r) => r.root.topics[0]!);
    const [a, b, c] = login!.steps[0]!.options.map((o) => targetStep(o.target));
    expect(a).toBe(login!.steps[1]);
    expect(b).toBe(forgot!.steps[0]);
    expect(c).toBe(forgot!.steps[0]);
    expect(targetStep(forgot!.steps[0]!.goto)).toBe(login!.steps[1]);
    // a bare name resolves in its own topic even when another topic has a step of that name
    expect(targetStep(forgot!.steps[1]!.goto)).toBe(forgot!.steps[0]);
    expect(ws.diagnostics.filter((d) => d.message.startsWith('unknown'))).toEqual([]);
  });

  it('does not resolve a bare name to a step of another topic', async () => {
    const text = `${first}\ntopic otp-setup { title id "a" en "b" examples id ["x"] en ["y"] start s step s { goto intro-x } }`;
    const ws = await loadFlowWorkspace([{ file: 'a.flow', text: text.replace('-> done', '-> intro-x') }]);
    expect(ws.diagnostics.map((d) => d.message)).toContain(
      "unknown step 'intro-x' in topic 'login': add `step intro-x { ... }` to this topic, or write `other-topic.intro-x` for a step of another topic",
    );
  });

  it('accepts keywords as step and slot names', async () => {
    const text = `topic login { title id "a" en "b" examples id ["x"] en ["y"] start check
      step check { ask text into start -> end }
      step end { end resolved } }`;
    const ws = await loadFlowWorkspace([{ file: 'a.flow', text }]);
    expect(ws.diagnostics.filter((d) => d.message.includes('syntax') || d.message.startsWith('unknown step'))).toEqual([]);
    expect(targetStep(ws.roots[0]!.root.topics[0]!.steps[0]!.prompt!.target)?.name).toBe('end');
  });
});

describe('document sets in the editor', () => {
  it('keeps folders apart: the same topic in two folders is no duplicate', async () => {
    const { EmptyFileSystem, URI } = await import('langium');
    const { createFlowServices } = await import('../../../src/kb/language/flow-module.js');
    const { shared } = createFlowServices({ ...EmptyFileSystem, documentSets: 'directory' });
    const text = 'topic login { title id "a" en "b" examples id ["x"] en ["y"] start s step s { end resolved } }';
    const docs = ['file:///a/login.flow', 'file:///b/login.flow', 'file:///b/again.flow'].map((uri) => {
      const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
      shared.workspace.LangiumDocuments.addDocument(doc);
      return doc;
    });
    await shared.workspace.DocumentBuilder.build(docs, { validation: true });
    const duplicates = (i: number) => (docs[i]!.diagnostics ?? []).filter((d) => d.message.startsWith('duplicate topic'));
    expect(duplicates(0)).toEqual([]);
    // within folder b, files are ordered by name: again.flow holds the first definition
    expect(duplicates(1).map((d) => d.message)).toEqual(["duplicate topic 'login' (first defined at again.flow:1): rename or remove one"]);
    expect(duplicates(2)).toEqual([]);
  });
});
