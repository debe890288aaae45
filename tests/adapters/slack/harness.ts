/**
 * Test harness: the real Slack adapter in HTTP mode on a free port, a fake Web API behind
 * SLACK_API_URL, and a client that signs requests exactly as Slack does
 * (HMAC-SHA256 over `v0:<timestamp>:<body>` with the signing secret).
 */
import { freePort } from '../../../src/bench/redis-server.js';
import { createHmac } from 'node:crypto';
import pino from 'pino';
import { MemorySeenStore, type SeenStore } from '../../../src/adapters/dedupe.js';
import { createSlackAdapter, type SlackAdapterOptions } from '../../../src/adapters/slack/index.js';
import type { TurnHandler } from '../../../src/dialogs/turn.js';
import { FakeSlackApi } from '../../support/fake-slack-api.js';
import { scriptedTurns, type ScriptedCall } from './scripted-turns.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-token';
export const GRAPH_VERSION = 'abcdef123456';

/** A running adapter with its fake Slack. */
export interface Harness {
  api: FakeSlackApi;
  adapter: ReturnType<typeof createSlackAdapter>;
  calls: ScriptedCall[];
  eventsUrl: string;
  /** Posts a raw body, signed (unless `signature` overrides it). */
  post(body: string, contentType: string, headers?: { timestamp?: number; signature?: string; retryNum?: number }): Promise<Response>;
  /** Posts an Events API envelope around `event`. */
  event(event: Record<string, unknown>, eventId: string, headers?: { retryNum?: number }): Promise<Response>;
  /** Posts an interactivity payload form-encoded as Slack does (`payload=<json>`). */
  interaction(payload: Record<string, unknown>): Promise<Response>;
  /** Posts a slash command form-encoded as Slack does. */
  command(fields: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

/** A free TCP port on loopback. */

/** Slack's request signature for `body` at `timestamp`. */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Starts the adapter against a fresh fake Slack. */
export async function startHarness(
  overrides: Partial<SlackAdapterOptions> & { handleTurn?: TurnHandler; seen?: SeenStore; beforeStart?: (api: FakeSlackApi) => void } = {},
): Promise<Harness> {
  const { beforeStart, ...adapterOverrides } = overrides;
  const api = await new FakeSlackApi(BOT_TOKEN).start();
  beforeStart?.(api);
  const port = await freePort();
  const scripted = scriptedTurns();
  const adapter = createSlackAdapter({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    apiUrl: api.url,
    port,
    handleTurn: scripted.handleTurn,
    logger: pino({ level: process.env.LOG_LEVEL ?? 'silent' }),
    seen: new MemorySeenStore(),
    graphVersion: GRAPH_VERSION,
    ...adapterOverrides,
  });
  await adapter.start();
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  const post: Harness['post'] = (body, contentType, headers = {}) => {
    const timestamp = headers.timestamp ?? Math.floor(Date.now() / 1000);
    return fetch(eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': headers.signature ?? sign(body, timestamp),
        ...(headers.retryNum !== undefined ? { 'x-slack-retry-num': String(headers.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {}),
      },
      body,
    });
  };
  return {
    api,
    adapter,
    calls: scripted.calls,
    eventsUrl,
    post,
    event: (event, eventId, headers) =>
      post(JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1700000000, event }), 'application/json', headers),
    interaction: (payload) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded'),
    command: (fields) => post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded'),
    async stop() {
      await adapter.stop();
      await api.stop();
    },
  };
}

/** A DM message event from `user`. */
export function dmMessage(user: string, text: string, ts: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', channel: `D${user}`, channel_type: 'im', user, text, ts, event_ts: ts, team: 'T1', ...extra };
}

/** The block_actions payload Slack sends when `user` presses the button labelled `label` on `posted`. */
export function pressPayload(posted: Record<string, unknown>, label: string, user: string, responseUrl = 'http://127.0.0.1:9/unused'): Record<string, unknown> {
  const blocks = (posted.blocks ?? []) as { type: string; block_id?: string; elements?: { text?: { text: string }; action_id: string; value?: string; url?: string }[] }[];
  const button = blocks.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : [])).find((e) => e.text?.text === label);
  if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(blocks)}`);
  const channel = String(posted.channel);
  const ts = String(posted.ts);
  const ephemeral = posted.method === 'chat.postEphemeral';
  return {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: ephemeral, ...(posted.thread_ts ? { thread_ts: posted.thread_ts } : {}) },
    trigger_id: '1.2.3',
    team: { id: 'T1', domain: 'test' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: channel.startsWith('D') ? 'directmessage' : 'helpdesk' },
    ...(ephemeral ? {} : { message: { type: 'message', user: 'UBOT', bot_id: 'BBOT', ts, text: posted.text, blocks, ...(posted.thread_ts ? { thread_ts: posted.thread_ts } : {}) } }),
    state: { values: {} },
    response_url: responseUrl,
    actions: [{ type: 'button', block_id: 'b', action_id: button.action_id, text: { type: 'plain_text', text: label, emoji: true }, ...(button.value ? { value: button.value } : {}), ...(button.url ? { url: button.url } : {}), action_ts: `${Date.now() / 1000}` }],
  };
}

/** A channel message event (top level, or in a thread when `threadTs` is given). */
export function channelMessage(user: string, text: string, ts: string, threadTs?: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', channel: 'C1', channel_type: 'channel', user, text, ts, event_ts: ts, team: 'T1', ...(threadTs ? { thread_ts: threadTs } : {}), ...extra };
}

export { freePort };
