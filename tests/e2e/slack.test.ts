/**
 * Slack (HTTP mode) through `npm start`, judged by a strict Web API fake and a signed-event driver
 * written apart from the adapter: a DM conversation and a thread conversation end to end with
 * button presses, a retried event answered once, a bad signature never reaching a listener.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startMain, until, type MainProcess } from './support/main-process.js';
import { SIGNING_SECRET, SlackDriver, buttonsOf, slackTs } from './support/slack-driver.js';
import { BOT_USER, SLACK_TOKEN, StrictSlackApi } from './support/strict-slack-api.js';

type Json = Record<string, any>;
const graph = JSON.parse(readFileSync(new URL('../../dist/graph.json', import.meta.url), 'utf8')) as Json;
const menuTitles: string[] = graph.menu.map((id: string) => graph.topics[id].title.id);

describe('Slack via npm start (HTTP mode)', () => {
  let api: StrictSlackApi;
  let bot: MainProcess;
  let driver: SlackDriver;

  beforeAll(async () => {
    api = await StrictSlackApi.start();
    const port = await freePort();
    bot = startMain({ SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.url, PORT: String(port) });
    driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, api, bot.logs);
    await until(() => bot.logs.some((l) => l.includes('ds-helpdesk is running')), 'start-up', bot.logs);
  });
  afterAll(async () => {
    expect(bot.logs.filter((l) => /"level":(50|60)/.test(l)), 'no errors logged').toEqual([]);
    expect(await bot.stop()).toBe(0);
    await api.close();
  });

  /** Presses the first button of the newest message with buttons in `channel` (thread), returns the replies. */
  async function pressFirst(user: string, channel: string, thread?: string): Promise<Json[] | undefined> {
    const target = [...api.postsIn(channel, thread)].reverse().find((m) => buttonsOf(m).length > 0 && !m.ephemeral_to);
    if (!target) return undefined;
    const before = api.postsIn(channel).length;
    const res = await driver.press(user, target, buttonsOf(target)[0]!);
    expect(res.status).toBe(200);
    const replies = await api.settled(channel, before);
    expect(buttonsOf(api.messages.get(`${channel}:${target.ts}`)), 'pressed buttons removed').toEqual([]);
    return replies;
  }

  it('runs a DM conversation end to end with button presses', async () => {
    const before = api.postsIn('DU0DM1').length;
    expect((await driver.message('U0DM1', 'DU0DM1', 'saya lupa passphrase tte')).status).toBe(200);
    const first = await api.settled('DU0DM1', before);
    expect(first.map((m) => m.text).join('\n')).toMatch(/passphrase/i);
    let presses = 0;
    for (let step = 0; step < 8; step++) {
      const replies = await pressFirst('U0DM1', 'DU0DM1');
      if (!replies) break;
      presses++;
      expect(replies.length).toBeGreaterThan(0);
    }
    expect(presses).toBeGreaterThan(0);
    expect(api.callsOf('chat.postMessage').some((c) => Array.isArray(c.args.blocks))).toBe(true);
    expect(api.callsOf('chat.update').length).toBeGreaterThanOrEqual(presses);
    expect(api.problems().filter((c) => c.error !== 'ratelimited')).toEqual([]);
  });

  it('answers a mention in a thread once (app_mention + message.channels), continues the thread without a mention', async () => {
    const ts = slackTs();
    const text = `<@${BOT_USER}> lupa password ams`;
    const base = { user: 'U0TH1', text, ts, event_ts: ts, channel: 'C0GEN' };
    await driver.event({ type: 'app_mention', ...base });
    await driver.event({ type: 'message', client_msg_id: 'cm1', channel_type: 'channel', ...base });
    const replies = await api.settled('C0GEN', 0);
    expect(replies.every((m) => m.thread_ts === ts), 'answered in the thread').toBe(true);
    const firstText = replies[0]!.text;
    expect(api.postsIn('C0GEN').filter((m) => m.text === firstText)).toHaveLength(1);
    const before = api.postsIn('C0GEN').length;
    await driver.message('U0TH1', 'C0GEN', 'sudah coba tapi tetap gagal', { thread_ts: ts });
    const follow = await api.settled('C0GEN', before);
    expect(follow.every((m) => m.thread_ts === ts)).toBe(true);
    const pressed = await pressFirst('U0TH1', 'C0GEN', ts);
    expect(pressed?.every((m) => m.thread_ts === ts)).toBe(true);
    expect(api.problems().filter((c) => c.error !== 'ratelimited')).toEqual([]);
  });

  it('drafts a ticket in a thread: personal steps ephemeral, a file share as the capture, Kirim on the ephemeral preview', async () => {
    const ts = slackTs();
    const user = 'U0TK1';
    await driver.event({ type: 'app_mention', user, text: `<@${BOT_USER}> gagal registrasi tte di hris`, ts, event_ts: ts, channel: 'C0TK' });
    await api.settled('C0TK', 0);
    const inThread = () => api.postsIn('C0TK', ts);
    const press = async (label: string) => {
      const m = [...inThread()].reverse().find((x) => buttonsOf(x).some((b) => b.text.text.startsWith(label)))!;
      expect(m, `button ${label}`).toBeDefined();
      const before = api.postsIn('C0TK').length;
      expect((await driver.press(user, m, buttonsOf(m).find((b) => b.text.text.startsWith(label))!)).status).toBe(200);
      return api.settled('C0TK', before);
    };
    const say = async (text: string, extra: Json = {}) => {
      const before = api.postsIn('C0TK').length;
      await driver.message(user, 'C0TK', text, { thread_ts: ts, ...extra });
      return api.settled('C0TK', before);
    };
    await press('Buat draf tiket');
    for (const answer of ['Siti Aminah', '198503302010012001', 'siti.aminah@kemenkeu.go.id']) await say(answer);
    const file = { id: 'F0TK1', name: 'hris.png', mimetype: 'image/png', filetype: 'png', user, permalink: 'https://strict.slack.com/files/U0TK1/F0TK1/hris.png' };
    api.files.set(file.id, file);
    await say('', { subtype: 'file_share', files: [file] });
    const preview = [...inThread()].reverse().find((x) => buttonsOf(x).some((b) => b.text.text === 'Kirim'))!;
    expect(preview.ephemeral_to).toBe(user);
    const sent = await press('Kirim');
    expect(sent.map((m) => m.text).join('\n')).toMatch(/dikirim ke helpdesk/);
    await api.waitFor(() => buttonsOf(api.messages.get(`C0TK:${preview.ts}`)).length === 0, 'the ephemeral preview replaced through response_url');
    // Nothing personal was posted for the whole channel to see.
    const visible = inThread().filter((m) => !m.ephemeral_to).map((m) => m.text).join('\n');
    expect(visible).not.toContain('198503302010012001');
    expect(visible).not.toContain('siti.aminah@kemenkeu.go.id');
    expect(inThread().every((m) => !m.ephemeral_to || m.ephemeral_to === user)).toBe(true);
    expect(api.problems().filter((c) => c.error !== 'ratelimited')).toEqual([]);
  });

  it('answers a retried event (same event_id, X-Slack-Retry-Num) once', async () => {
    const ts = slackTs();
    const event = { type: 'message', client_msg_id: 'r1', user: 'U0RT1', text: 'cara cek status ds', ts, event_ts: ts, channel: 'DU0RT1', channel_type: 'im' };
    const { eventId } = await driver.event(event);
    const first = await api.settled('DU0RT1', 0);
    expect((await driver.event(event, { eventId, retry: 1 })).status).toBe(200);
    // A marker after the retry: once it is answered, the retry has been dropped (or wrongly answered).
    await driver.message('U0RT1', 'DU0RT1', 'terima kasih');
    await api.settled('DU0RT1', first.length);
    const texts = api.postsIn('DU0RT1').map((m) => m.text);
    expect(texts.filter((t) => t === first[0]!.text)).toHaveLength(1);
  });

  it('answers a minimal envelope (no authorizations, no event.team, no channel_type)', async () => {
    const ts = slackTs();
    const body = JSON.stringify({ type: 'event_callback', team_id: 'T0STRICT', api_app_id: 'A0STRICT', event_id: 'EvMin1', event_time: 1, event: { type: 'message', channel: 'DU0MINI', user: 'U0MINI', text: 'lupa pin tte', ts } });
    expect((await driver.raw(body, 'application/json')).status).toBe(200);
    const replies = await api.settled('DU0MINI', 0);
    expect(replies.length).toBeGreaterThan(0);
    const menu = (await (async () => { await driver.message('U0MINI', 'DU0MINI', 'menu'); return api.settled('DU0MINI', replies.length); })()).find((m) => buttonsOf(m).length > 0);
    expect(menu, 'a menu with buttons').toBeDefined();
  });

  it('waits out a rate limit (429, Retry-After) and answers once', async () => {
    api.rateLimitNext.add('DU0RL');
    await driver.message('U0RL', 'DU0RL', 'lupa password ams');
    const replies = await api.settled('DU0RL', 0);
    expect(api.postsIn('DU0RL').filter((m) => m.text === replies[0]!.text)).toHaveLength(1);
    expect(api.calls.filter((c) => c.args.channel === 'DU0RL' && c.error === 'ratelimited')).toHaveLength(1);
  });

  it('offers every menu topic as a button after a greeting and after an out-of-scope question', async () => {
    for (const [i, text] of ['halo', 'berapa harga tiket kereta ke bandung?'].entries()) {
      const dm = `DU0GR${i}`;
      await driver.message(`U0GR${i}`, dm, text);
      const labels = (await api.settled(dm, 0)).flatMap((m) => buttonsOf(m).map((b) => b.text.text));
      for (const title of menuTitles) expect(labels, `${text} → ${title}`).toContain(title);
    }
  });

  it('answers the url_verification challenge', async () => {
    const res = await driver.raw(JSON.stringify({ token: 'x', challenge: 'chal-123', type: 'url_verification' }), 'application/json');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('chal-123');
  });

  it('refuses a bad signature and a stale timestamp with 401 and posts nothing', async () => {
    const calls = api.calls.length;
    const ts = slackTs();
    const event = { type: 'message', user: 'U0BAD', text: 'lupa password', ts, event_ts: ts, channel: 'DU0BAD', channel_type: 'im' };
    expect((await driver.event(event, { signature: 'v0=' + '0'.repeat(64) })).status).toBe(401);
    const body = JSON.stringify({ type: 'event_callback', team_id: 'T0STRICT', event_id: 'EvStale', event });
    const old = Math.floor(Date.now() / 1000) - 600;
    const stale = await fetch(driver.url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(old), 'x-slack-signature': SlackDriver.sign(body, old) } });
    expect(stale.status).toBe(401);
    // A good event afterwards is answered, and nothing went to the refused user.
    await driver.message('U0OK', 'DU0OK', 'halo');
    await api.settled('DU0OK', 0);
    expect(api.calls.slice(calls).some((c) => c.args.channel === 'DU0BAD' || c.args.users === 'U0BAD' || c.args.user === 'U0BAD')).toBe(false);
  });

  it('still answers when users.info is missing from the Web API', async () => {
    api.disabled.add('users.info');
    try {
      await driver.message('U0MIN', 'DU0MIN', 'lupa password ams');
      const replies = await api.settled('DU0MIN', 0);
      expect(replies.map((m) => m.text).join('\n')).toMatch(/password/i);
    } finally {
      api.disabled.delete('users.info');
    }
  });

  it('opens the menu in the DM for /ds and publishes a valid App Home', async () => {
    const form = new URLSearchParams({
      token: 'deprecated', team_id: 'T0STRICT', team_domain: 'strict', channel_id: 'C0GEN', channel_name: 'general',
      user_id: 'U0CMD', user_name: 'u0cmd', command: '/ds', text: '', api_app_id: 'A0STRICT', is_enterprise_install: 'false',
      response_url: 'https://hooks.slack.invalid/commands/1', trigger_id: 't1',
    }).toString();
    const from = api.calls.length;
    expect((await driver.raw(form, 'application/x-www-form-urlencoded')).status).toBe(200);
    await api.waitFor(() => api.postsIn('DU0CMD').some((m) => buttonsOf(m).length > 0), 'the menu in the DM');
    const views = api.callsOf('views.publish').length;
    await driver.event({ type: 'app_home_opened', user: 'U0CMD', channel: 'DU0CMD', tab: 'home', event_ts: '1.1' });
    await api.waitFor(() => api.callsOf('views.publish').length > views, 'App Home');
    expect(api.calls.slice(from).filter((c) => c.error || c.warning)).toEqual([]);
  });
});
