/** Which shipped sources are loaded beside files checked on their own. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedContext } from '../../src/kb/guide-context.js';
import { shippedFlowFiles } from '../../src/kb/paths.js';
import { fixture, MINI_GUIDE } from './support/fixtures.js';

const shippedPaths = shippedFlowFiles();
const shipped = shippedPaths.map((p) => ({ file: p, text: readFileSync(p, 'utf8') }));
const source = (path: string) => ({ file: path, text: readFileSync(path, 'utf8') });

describe('shippedContext', () => {
  it('adds nothing when the shipped guide itself is checked', () => {
    expect(shippedContext(shipped, shippedPaths, shipped, shippedPaths)).toEqual([]);
  });

  it('adds nothing when the checked files are a whole guide (menu and every contract topic)', () => {
    const paths = [MINI_GUIDE, fixture('valid/login.flow')];
    expect(shippedContext(paths.map(source), paths, shipped, shippedPaths)).toEqual([]);
  });

  it('adds the rest of the guide around one file, without the topics that file redefines', () => {
    const path = fixture('heldout/valid-base.flow'); // topic login + template login-problem
    const context = shippedContext([source(path)], [path], shipped, shippedPaths);
    const login = shippedPaths.find((p) => p.endsWith('/login.flow'))!;
    // login.flow holds only topic login: replaced entirely, so not loaded at all.
    expect(context.map((c) => c.file)).not.toContain(login);
    expect(context.map((c) => c.file)).toContain(shippedPaths.find((p) => p.endsWith('/menu.flow')));
    expect(context.some((c) => /\btopic login\b/.test(c.text))).toBe(false);
  });

  it('blanks a replaced part but keeps its lines, so positions in the rest stay true', () => {
    const path = fixture('heldout/duplicate-template-across-files.flow'); // template no-email
    const context = shippedContext([source(path)], [path], shipped, shippedPaths);
    const tickets = context.find((c) => c.file.endsWith('/tickets.flow'))!;
    const original = shipped.find((s) => s.file.endsWith('/tickets.flow'))!.text;
    expect(tickets.text).not.toMatch(/template no-email/);
    expect(tickets.text).toMatch(/template nik-mismatch/);
    expect(tickets.text.length).toBe(original.length);
    expect(tickets.text.split('\n')).toHaveLength(original.split('\n').length);
  });
});
