/**
 * Saving: a diff first, then a write with the preview's token, only when the whole guide checks
 * clean; a broken file is never written; a file changed on disk meanwhile is not overwritten.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, openTestTab, type PageSocket, type TestTab } from './support/playground-harness.js';

let t: TestTab['t'];
let page: PageSocket;
let session = '';
let login = '';
const onDisk = (file: string) => readFileSync(join(t.flowsDir, file), 'utf8');
const save = (path: string, body: unknown = {}) => api(t.playground.port, session, path, body);

let tab: Awaited<ReturnType<typeof openTestTab>>;
beforeAll(async () => {
  tab = await openTestTab();
  ({ t, page, session, login } = tab);
});
afterAll(() => tab.close());

describe('save', () => {
  it('has nothing to save before an edit', async () => {
    const preview = await save('/api/save/preview');
    expect(preview.json).toMatchObject({ ok: true, changes: [] });
  });

  it('refuses to save a broken file, in the preview and in the write, and leaves the disk alone', async () => {
    const broken = login.replace('-> topic forgot-password', '-> nowhere');
    page.change('login.flow', broken);
    await page.analysis();
    const preview = await save('/api/save/preview');
    expect(preview.status).toBe(409);
    expect(preview.json.ok).toBe(false);
    expect(preview.json.reason).toMatch(/kb check finds 1 error\(s\) \(in login\.flow\)/);
    expect(preview.json.diagnostics[0]).toMatchObject({ file: 'login.flow', severity: 'error' });
    // Even with a token of a clean moment the write is refused: the check is made again.
    const write = await save('/api/save', { token: 'anything' });
    expect(write.status).toBe(409);
    expect(onDisk('login.flow')).toBe(login);
  });

  it('refuses while another file has an error, even if the edited one is fine', async () => {
    page.change('login.flow', login.replace('title id "Login AMS BSSN 3.0"', 'title id "Masuk ke AMS BSSN 3.0"'));
    const menu = onDisk('menu.flow');
    page.change('menu.flow', menu.replace('menu {', 'menu {\n    no-such-topic'));
    await page.analysis();
    expect((await save('/api/save/preview')).status).toBe(409);
    page.change('menu.flow', menu);
    await page.analysis();
  });

  it('shows the diff, then writes with the preview\'s token', async () => {
    const preview = await save('/api/save/preview');
    expect(preview.status).toBe(200);
    expect(preview.json.changes).toHaveLength(1);
    const change = preview.json.changes[0];
    expect(change).toMatchObject({ file: 'login.flow', added: 1, removed: 1 });
    expect(change.patch).toContain('-    title id "Login AMS BSSN 3.0"');
    expect(change.patch).toContain('+    title id "Masuk ke AMS BSSN 3.0"');
    expect((await save('/api/save', { token: 'stale' })).status).toBe(409);
    const write = await save('/api/save', { token: preview.json.token });
    expect(write.json).toMatchObject({ ok: true, saved: ['login.flow'] });
    expect(onDisk('login.flow')).toContain('title id "Masuk ke AMS BSSN 3.0"');
    expect(onDisk('menu.flow')).not.toContain('no-such-topic');
    expect((await save('/api/save/preview')).json.changes).toEqual([]);
  });

  it('does not overwrite a file that changed on disk since the page read it', async () => {
    const current = onDisk('login.flow');
    page.change('login.flow', current.replace('Masuk ke AMS', 'Login ke AMS'));
    await page.analysis();
    const preview = await save('/api/save/preview');
    writeFileSync(join(t.flowsDir, 'login.flow'), `${current}// changed by someone else\n`);
    const write = await save('/api/save', { token: preview.json.token });
    expect(write.status).toBe(409);
    expect(write.json.reason).toMatch(/changed on disk/);
    expect(onDisk('login.flow')).toContain('// changed by someone else');
  });
});
