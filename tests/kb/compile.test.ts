/** The compiled IR of a small guide (fixtures/valid), field by field. */
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/dialogs/graph.js';
import { compileFlowText } from '../../src/kb/compile.js';
import { checkFiles, fixture, MINI_GUIDE } from './support/fixtures.js';

describe('compiling flows to the graph IR', async () => {
  const { graph, diagnostics } = await checkFiles(MINI_GUIDE, fixture('valid/login.flow'));

  it('produces a graph that the IR schema accepts', () => {
    expect(diagnostics).toEqual([]);
    expect(() => parseGraph(JSON.parse(JSON.stringify(graph)))).not.toThrow();
    expect(graph!.version).toMatch(/^[0-9a-f]{12}$/);
    expect(graph!.menu[0]).toBe('login');
    expect(Object.keys(graph!.topics)).toHaveLength(20);
  });

  it('compiles the topic', () => {
    expect(graph!.topics['login']).toEqual({
      id: 'login',
      title: { id: 'Login AMS', en: 'Log in to AMS' },
      examples: { id: ['cara login AMS'], en: ['how do I log in'] },
      keywords: ['login', 'masuk'],
      start: 'login.intro',
      inMenu: true,
    });
    expect(graph!.topics['greeting']!.inMenu).toBe(false);
    expect(graph!.topics['unknown']!.examples).toEqual({ id: [], en: [] });
  });

  it('compiles messages, links and buttons, with topic X as its start step', () => {
    expect(graph!.steps['login.intro']).toEqual({
      id: 'login.intro',
      topic: 'login',
      message: { id: 'Buka **portal-bsre**.\n\nLalu login.', en: 'Open **portal-bsre**.\n\nThen log in.' },
      links: [{ label: { id: 'Portal BSrE', en: 'BSrE portal' }, url: 'https://portal-bsre.bssn.go.id' }],
      options: [
        { id: 'ok', label: { id: 'Berhasil', en: 'It worked' }, synonyms: ['udah', 'done'], goto: 'login.done' },
        { id: 'fail', label: { id: 'Gagal', en: 'It failed' }, synonyms: [], goto: 'login.ask-nip' },
        { id: 'forgot', label: { id: 'Lupa password', en: 'Forgot password' }, synonyms: [], goto: 'forgot-password.intro' },
      ],
      source: { file: 'tests/kb/fixtures/valid/login.flow', line: 9 },
    });
  });

  it('compiles prompts, branches and endings', () => {
    const steps = graph!.steps;
    expect(steps['login.ask-nip']!.prompt).toEqual({
      kind: 'nip', slot: 'nip', collect: false,
      example: { id: '199001012015011001', en: '199001012015011001' }, goto: 'login.confirm-email',
    });
    expect(steps['login.confirm-email']!.prompt).toEqual({
      kind: 'confirm', slot: 'email-ok', collect: false, goto: 'login.ask-valid', gotoNo: 'forgot-password.intro',
    });
    expect(steps['login.check-valid']!.branch).toEqual({
      cases: [
        { when: { op: 'date-before-today', slot: 'valid-until' }, goto: 'login.expired' },
        { when: { op: 'equals', slot: 'status', values: ['revoke', 'expired'] }, goto: 'login.expired' },
      ],
      otherwise: 'login.wait',
    });
    expect(steps['login.expired']!.end).toEqual({ kind: 'ticket', template: 'login-problem' });
    expect(steps['login.wait']!.end).toEqual({
      kind: 'wait-email', from: 'noreply@bsre.id', subject: { id: 'Reset password', en: 'Password reset' }, ifMissing: 'no-email.intro',
    });
    expect(steps['login.done']!.end).toEqual({ kind: 'resolved' });
  });

  it('compiles ticket templates', () => {
    expect(graph!.tickets['login-problem']).toEqual({
      id: 'login-problem',
      service: '15.1',
      category: { id: 'Login', en: 'Login' },
      title: { id: 'Tidak bisa login AMS', en: 'Cannot log in to AMS' },
      slots: ['name', 'nip', 'email'],
      captures: [
        { id: 'login-error', instruction: { id: 'Tangkapan layar pesan galat login', en: 'Screenshot of the login error' }, required: true },
        { id: 'hris', instruction: { id: 'Tangkapan layar profil HRIS', en: 'Screenshot of the HRIS profile' }, required: false },
      ],
    });
  });

  it('gives the same version for the same content and a new one when content changes', async () => {
    const again = await checkFiles(MINI_GUIDE, fixture('valid/login.flow'));
    expect(again.graph!.version).toBe(graph!.version);
    const { readFile } = await import('node:fs/promises');
    const guide = await readFile(MINI_GUIDE, 'utf8');
    const login = await readFile(fixture('valid/login.flow'), 'utf8');
    const changed = await compileFlowText(`${guide}\n${login.replace('Lalu login.', 'Lalu masuk.')}`);
    expect(changed.graph!.version).not.toBe(graph!.version);
  });

  it('compiles a wait-email without a sender address (the guide names none for most BSSN emails)', async () => {
    const { readFile } = await import('node:fs/promises');
    const guide = await readFile(MINI_GUIDE, 'utf8');
    const login = await readFile(fixture('valid/login.flow'), 'utf8');
    const noSender = login.replace('end wait-email "noreply@bsre.id" subject', 'end wait-email subject');
    expect(noSender).not.toBe(login);
    const result = await compileFlowText(`${guide}\n${noSender}`);
    expect(result.diagnostics).toEqual([]);
    const end = result.graph!.steps['login.wait']!.end;
    expect(end).toEqual({
      kind: 'wait-email', subject: { id: 'Reset password', en: 'Password reset' }, ifMissing: 'no-email.intro',
    });
    expect(end).not.toHaveProperty('from');
    expect(() => parseGraph(JSON.parse(JSON.stringify(result.graph)))).not.toThrow();
  });

  it('produces no graph when there are errors, and says where', async () => {
    const result = await compileFlowText('topic login {', 'broken.flow');
    expect(result.graph).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ file: 'broken.flow', line: 1, severity: 'error' });
  });
});
