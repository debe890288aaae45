/**
 * Chatting with the draft through the API: the adapters' renderings, presses decoded by their
 * codecs, a capture uploaded into a ticket draft, and a button from an older draft answered as
 * stale.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatReply } from '../../src/playground/protocol.js';
import { api, openTestTab, PageSocket, type TestTab } from './support/playground-harness.js';

let t: TestTab['t'];
let page: PageSocket;
let session = '';
let login = '';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

async function say(body: unknown): Promise<ChatReply> {
  const reply = await api(t.playground.port, session, '/api/chat', body);
  expect(reply.status, JSON.stringify(reply.json)).toBe(200);
  return reply.json as ChatReply;
}
const keys = (r: ChatReply) => r.telegram.flatMap((b) => b.keyboard?.flat() ?? []);
const key = (r: ChatReply, label: RegExp) => keys(r).find((k) => label.test(k.text))!.callback_data!;
const press = (data: string, channel: 'telegram' | 'slack' = 'telegram') => say({ input: { type: 'press', channel, data } });

let tab: Awaited<ReturnType<typeof openTestTab>>;
beforeAll(async () => {
  tab = await openTestTab();
  ({ t, page, session, login } = tab);
});
afterAll(() => tab.close());

describe('chat with the draft', () => {
  it('greets with the menu as Telegram and Slack would show it', async () => {
    const reply = await say({ input: { type: 'command', command: 'start' }, restart: true });
    expect(keys(reply).map((k) => k.text)).toContain('Login AMS BSSN 3.0');
    expect(reply.telegram[0]!.html).toMatch(/Halo/);
    const actions = reply.slack.flatMap((m) => m.blocks as { type: string; elements?: { value?: string }[] }[]).filter((b) => b.type === 'actions');
    expect(actions[0]!.elements![0]!.value).toMatch(/^v1\|/);
  });

  it('routes a typed question (English) and follows a pressed button', async () => {
    const reply = await say({ input: { type: 'text', text: 'how do I log in to AMS?' }, locale: 'en' });
    expect(reply.telegram.map((b) => b.html).join('\n')).toMatch(/BeID/);
    const next = await press(key(reply, /forgot/i));
    expect(next.telegram.map((b) => b.html).join('\n')).toMatch(/Lupa Password|Forgot/i);
  });

  it('takes a Slack press too', async () => {
    const start = await say({ input: { type: 'command', command: 'start' }, restart: true, locale: 'id' });
    const value = (start.slack.flatMap((m) => m.blocks) as { type: string; elements?: { value?: string; text?: { text: string } }[] }[])
      .flatMap((b) => b.elements ?? []).find((e) => e.text?.text === 'Login AMS BSSN 3.0')!.value!;
    const reply = await press(value, 'slack');
    expect(reply.slack[0]!.text).toMatch(/AMS BSSN versi 3\.0/);
  });

  it('uploads a capture into a ticket draft and shows what the helpdesk receives', async () => {
    let reply = await say({ input: { type: 'command', command: 'start' }, restart: true });
    reply = await press(key(reply, /tiket/i));
    reply = await press(reply.telegram[0]!.keyboard![0]![0]!.callback_data!);
    expect(reply.tickets[0]).toMatchObject({ status: 'collecting' });
    for (const text of ['Budi Santoso', '199001012015011001', 'budi.santoso@kemenkeu.go.id']) reply = await say({ input: { type: 'text', text } });
    expect(reply.awaiting.kind).toBe('photo');
    const upload = await api(t.playground.port, session, '/api/upload', new Uint8Array(PNG), { 'Content-Type': 'image/png', 'X-File-Name': 'error-hris.png' });
    reply = await say({ input: { type: 'photo', upload: upload.json.upload } });
    expect(reply.telegram.map((b) => b.html).join('\n')).toContain('terlampir (error-hris.png)');
    reply = await press(key(reply, /^Kirim$/));
    const ticket = reply.tickets.at(-1)!;
    expect(ticket.status).toBe('ready');
    expect(ticket.text).toMatch(/^Layanan: 15\.1/);
    expect(ticket.text).toContain('NIP: 199001012015011001');
    expect(ticket.text).toContain('terlampir (error-hris.png)');
  });

  it('refuses an upload id of another tab', async () => {
    const other = await PageSocket.open(t.playground.port);
    const upload = await api(t.playground.port, other.hello.session, '/api/upload', new Uint8Array(PNG), { 'Content-Type': 'image/png' });
    const reply = await api(t.playground.port, session, '/api/chat', { input: { type: 'photo', upload: upload.json.upload } });
    expect(reply.status).toBe(400);
    other.page.close();
  });

  it('answers a button of the previous draft as stale, then follows the new branch', async () => {
    let reply = await say({ input: { type: 'command', command: 'start' }, restart: true });
    reply = await press(key(reply, /^Login AMS/));
    const oldFailed = key(reply, /Lupa password/i);
    // The fix sends "Lupa password" somewhere new: the password-change topic.
    page.change('login.flow', login.replace('-> topic forgot-password', '-> topic update-password'));
    expect((await page.analysis()).graph).toBeDefined();
    const stale = await press(oldFailed);
    expect(stale.telegram[0]!.html).toMatch(/tidak aktif|tidak berlaku|out of date/i);
    const fresh = await press(key(stale, /Lupa password/i));
    expect(fresh.telegram.map((b) => b.html).join('\n')).toMatch(/Update password/i);
  });
});
