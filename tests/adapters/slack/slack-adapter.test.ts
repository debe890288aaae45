/**
 * The adapter's HTTP boundary over real HTTP: Slack's request signing (good, bad, stale),
 * retries with X-Slack-Retry-Num answered once, immediate acks, rate limits waited out,
 * errors answered with an apology, and notifications outside a turn.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { MemorySeenStore } from '../../../src/adapters/dedupe.js';
import { createSlackAdapter } from '../../../src/adapters/slack/index.js';
import { webClientOptions } from '../../../src/adapters/slack/slack-adapter.js';
import type { TurnHandler } from '../../../src/dialogs/turn.js';
import { scriptedTurns } from './scripted-turns.js';
import { dmMessage, sign, startHarness, type Harness } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('Slack HTTP endpoint: request signing', () => {
  it('accepts a correctly signed event and answers in the DM', async () => {
    harness = await startHarness();
    const res = await harness.event(dmMessage('U1', 'halo', '1.1'), 'Ev1');
    expect(res.status).toBe(200);
    await harness.api.waitFor((api) => api.callsOf('chat.postMessage').length === 1, 'the reply');
    expect(harness.api.callsOf('chat.postMessage')[0]).toMatchObject({ channel: 'DU1', text: 'Anda menulis: halo' });
    expect(harness.calls[0]).toMatchObject({ key: 'slack:T1:DU1', input: { type: 'text', text: 'halo' }, meta: { userId: 'slack:U1', channel: 'slack', locale: 'id' } });
  });

  it('refuses a bad signature with 401 and never runs a listener', async () => {
    harness = await startHarness();
    const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', event_id: 'EvBad', event: dmMessage('U1', 'halo', '1.1') });
    const res = await harness.post(body, 'application/json', { signature: sign(body, Math.floor(Date.now() / 1000), 'wrong-secret') });
    expect(res.status).toBe(401);
    const tampered = await harness.post(body, 'application/json', { signature: 'v0=' + '0'.repeat(64) });
    expect(tampered.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(harness.calls).toHaveLength(0);
    expect(harness.api.posted()).toHaveLength(0);
  });

  it('refuses a correctly signed request whose timestamp is more than five minutes old', async () => {
    harness = await startHarness();
    const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', event_id: 'EvOld', event: dmMessage('U1', 'halo', '1.1') });
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await harness.post(body, 'application/json', { timestamp: stale });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(harness.calls).toHaveLength(0);
  });

  it('answers the url_verification challenge', async () => {
    harness = await startHarness();
    const res = await harness.post(JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'x' }), 'application/json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'c-123' });
  });
});

describe('Slack HTTP endpoint: acks and retries', () => {
  it('answers a retried event (X-Slack-Retry-Num) exactly once', async () => {
    harness = await startHarness();
    const event = dmMessage('U1', 'sekali saja', '2.1');
    const responses = await Promise.all([harness.event(event, 'EvRetry'), harness.event(event, 'EvRetry', { retryNum: 1 })]);
    await harness.event(event, 'EvRetry', { retryNum: 2 });
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    await harness.api.waitFor((api) => api.callsOf('chat.postMessage').length >= 1, 'the reply');
    await new Promise((r) => setTimeout(r, 300));
    expect(harness.api.callsOf('chat.postMessage')).toHaveLength(1);
    expect(harness.calls).toHaveLength(1);
  });

  it('acks before the turn finishes (the work happens after the 200)', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const slow: TurnHandler = async () => {
      await gate;
      return { outputs: [{ type: 'text', text: 'selesai', buttons: [], personal: false }], awaiting: { kind: 'free' }, effects: [] };
    };
    harness = await startHarness({ handleTurn: slow });
    const res = await harness.event(dmMessage('U1', 'halo', '3.1'), 'EvSlow');
    expect(res.status).toBe(200);
    expect(harness.api.posted()).toHaveLength(0);
    release();
    await harness.api.waitFor((api) => api.posted().length === 1, 'the late reply');
  });

  it('waits out a rate limit (429 + Retry-After) and still delivers', async () => {
    harness = await startHarness();
    harness.api.failOnce('chat.postMessage', { status: 429, retryAfter: 0 });
    await harness.event(dmMessage('U1', 'halo', '4.1'), 'EvRate');
    await harness.api.waitFor((api) => api.callsOf('chat.postMessage').length === 2, 'the retried post');
    expect(harness.api.callsOf('chat.postMessage')[1]).toMatchObject({ text: 'Anda menulis: halo' });
  });

  it('apologises in the conversation when the turn fails, and keeps serving', async () => {
    harness = await startHarness();
    await harness.event(dmMessage('U1', 'boom', '5.1'), 'EvBoom');
    await harness.api.waitFor((api) => api.posted().length === 1, 'the apology');
    expect(String(harness.api.posted()[0]?.text)).toMatch(/^Maaf, terjadi gangguan/);
    await harness.event(dmMessage('U1', 'lagi', '5.2'), 'EvAfter');
    await harness.api.waitFor((api) => api.posted().length === 2, 'the next reply');
    expect(harness.api.posted()[1]).toMatchObject({ text: 'Anda menulis: lagi' });
  });

  it('still answers when the dedupe store is down (better once more than never)', async () => {
    const down = {
      firstTime: async (): Promise<boolean> => {
        throw new Error('ECONNREFUSED');
      },
      close: async () => {},
    };
    harness = await startHarness({ seen: down });
    await harness.event(dmMessage('U1', 'halo', '5.5'), 'EvSeenDown');
    await harness.api.waitFor((api) => api.posted().length === 1, 'the answer');
    expect(harness.api.posted()[0]).toMatchObject({ text: 'Anda menulis: halo' });
  });

  it('apologises in English to a user whose Slack locale is English', async () => {
    harness = await startHarness();
    harness.api.userLocales.set('UEN', 'en-US');
    await harness.event(dmMessage('UEN', 'boom', '5.3'), 'EvBoomEn');
    await harness.api.waitFor((api) => api.posted().length === 1, 'the apology');
    expect(String(harness.api.posted()[0]?.text)).toMatch(/^Sorry, something went wrong/);
    expect(harness.calls[0]?.meta.locale).toBe('en');
  });

  it('keeps one conversation in order even when an earlier turn is slower', async () => {
    harness = await startHarness();
    await harness.event(dmMessage('U1', 'lambat 1', '6.1'), 'EvOrder1');
    await harness.event(dmMessage('U1', 'cepat 2', '6.2'), 'EvOrder2');
    await harness.api.waitFor((api) => api.posted().length === 2, 'both replies');
    expect(harness.api.posted().map((p) => p.text)).toEqual(['Anda menulis: lambat 1', 'Anda menulis: cepat 2']);
  });
});

describe('Slack notifier', () => {
  it('posts to a user outside a turn through their DM', async () => {
    harness = await startHarness();
    await harness.adapter.notify('slack:U9', [{ type: 'text', text: 'Tiket Anda **diproses**.', buttons: [], personal: false }]);
    expect(harness.api.callsOf('conversations.open')[0]).toMatchObject({ users: 'U9' });
    expect(harness.api.callsOf('chat.postMessage')[0]).toMatchObject({ channel: 'DU9', text: 'Tiket Anda diproses.' });
    expect(harness.adapter.channel).toBe('slack');
  });

  it('rejects when Slack refuses the message, so the caller knows', async () => {
    harness = await startHarness();
    harness.api.failOnce('chat.postMessage', { error: 'channel_not_found' });
    await expect(harness.adapter.notify('slack:U9', [{ type: 'text', text: 'x', buttons: [], personal: false }])).rejects.toThrow(/channel_not_found/);
  });
});

describe('Slack adapter construction', () => {
  const base = {
    botToken: 'xoxb-test',
    port: 0,
    handleTurn: scriptedTurns().handleTurn,
    logger: pino({ level: 'silent' }),
    seen: new MemorySeenStore(),
    graphVersion: 'abcdef',
  };

  it('uses Socket Mode when an app token is set (no network until start)', () => {
    const adapter = createSlackAdapter({ ...base, appToken: 'xapp-1-test' });
    expect(adapter.name).toBe('slack');
    expect(adapter.app).toBeDefined();
  });

  it('refuses to start without a signing secret or an app token', () => {
    expect(() => createSlackAdapter(base)).toThrow(/SLACK_SIGNING_SECRET.*SLACK_APP_TOKEN/);
  });

  it('honours SLACK_API_URL (with or without the trailing slash) and waits out rate limits', () => {
    expect(webClientOptions('https://slack-gov.com/api')).toMatchObject({ slackApiUrl: 'https://slack-gov.com/api/', rejectRateLimitedCalls: false, retryConfig: { retries: 3 } });
    expect(webClientOptions(undefined).slackApiUrl).toBeUndefined();
  });
});
