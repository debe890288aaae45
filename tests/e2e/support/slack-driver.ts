/**
 * A signed-event driver speaking to the bot's /slack/events as Slack does: event_callback
 * envelopes, form-encoded interactivity payloads, v0 HMAC signatures, retry headers. It echoes the
 * bot's own posts back as message events (Slack delivers them to apps subscribed to message.*).
 */
import { createHmac } from 'node:crypto';
import { postWhenUp } from './main-process.js';
import { BOT_USER, TEAM, type StrictSlackApi } from './strict-slack-api.js';

export const SIGNING_SECRET = 'strict-signing-secret-0123456789';
type Json = Record<string, any>;
let seq = 0;

/** A Slack-style timestamp, unique and increasing. */
export const slackTs = () => `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}`;

export class SlackDriver {
  readonly statuses: number[] = [];
  constructor(readonly url: string, private readonly api: StrictSlackApi, private readonly logs: string[]) {
    api.onPost = (m) => {
      if (m.ephemeral_to) return;
      const { channel, ...message } = m;
      void this.event({ ...message, channel, event_ts: m.ts, channel_type: channel.startsWith('D') ? 'im' : 'channel' }).catch(() => {});
    };
  }

  /** Signs `body` with `secret` at `timestamp` (seconds). */
  static sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
    return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  }

  /** POSTs a raw body with a signature (good unless `signature` is given). */
  async raw(body: string, contentType: string, headers: Record<string, string> = {}, signature?: string): Promise<Response> {
    const timestamp = Math.floor(Date.now() / 1000);
    const res = await postWhenUp(this.url, {
      method: 'POST',
      headers: {
        'content-type': contentType, 'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature ?? SlackDriver.sign(body, timestamp), ...headers,
      },
      body,
    }, this.logs);
    this.statuses.push(res.status);
    return res;
  }

  /** Delivers an Events API event; returns the HTTP status and the event_id used. */
  async event(event: Json, options: { eventId?: string; retry?: number; signature?: string } = {}): Promise<{ status: number; eventId: string }> {
    const eventId = options.eventId ?? `Ev${Date.now()}${++seq}`;
    const body = JSON.stringify({
      token: 'deprecated-verification-token', team_id: TEAM, api_app_id: 'A0STRICT', type: 'event_callback',
      event: { team: TEAM, ...event }, event_id: eventId, event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ enterprise_id: null, team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false, event_context: `4-${eventId}`,
    });
    const headers: Record<string, string> = options.retry ? { 'x-slack-retry-num': String(options.retry), 'x-slack-retry-reason': 'http_timeout' } : {};
    const res = await this.raw(body, 'application/json', headers, options.signature);
    return { status: res.status, eventId };
  }

  /** A user's message in a DM or channel (thread when `thread_ts`). */
  message(user: string, channel: string, text: string, extra: Json = {}): Promise<{ status: number; eventId: string }> {
    const ts = slackTs();
    return this.event({
      type: 'message', client_msg_id: `c${ts}`, user, text, ts, event_ts: ts, channel,
      channel_type: channel.startsWith('D') ? 'im' : 'channel', ...extra,
    });
  }

  /**
   * A block_actions press of button `button` on the bot's `message` (as stored by the fake). On an
   * ephemeral message Slack sends no `message`, only the container marked ephemeral.
   */
  async press(user: string, message: Json, button: Json): Promise<Response> {
    const { channel, ephemeral_to: ephemeral, ...shown } = message;
    const payload = {
      type: 'block_actions', user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: TEAM },
      api_app_id: 'A0STRICT', token: 'deprecated-verification-token',
      container: { type: 'message', message_ts: message.ts, channel_id: channel, is_ephemeral: Boolean(ephemeral), ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) },
      trigger_id: `trig${++seq}`, team: { id: TEAM, domain: 'strict' }, enterprise: null, is_enterprise_install: false,
      channel: { id: channel, name: channel.startsWith('D') ? 'directmessage' : 'helpdesk' },
      ...(ephemeral ? {} : { message: shown }), state: { values: {} }, response_url: this.api.responseUrl(message),
      actions: [{ action_id: button.action_id, block_id: button.block_id ?? 'b', text: button.text, value: button.value, type: 'button', action_ts: slackTs() }],
    };
    return this.raw(`payload=${encodeURIComponent(JSON.stringify(payload))}`, 'application/x-www-form-urlencoded');
  }
}

/** Every button of a message, with its block_id. */
export function buttonsOf(message: Json | undefined): Json[] {
  return (message?.blocks ?? []).flatMap((b: Json) => [
    ...(b.type === 'actions' ? b.elements : []), ...(b.accessory ? [b.accessory] : []),
  ].filter((e: Json) => e.type === 'button').map((e: Json) => ({ ...e, block_id: b.block_id })));
}
