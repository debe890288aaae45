/**
 * Socket Mode end to end: with SLACK_APP_TOKEN the adapter asks apps.connections.open (with the
 * app-level token, via SLACK_API_URL) for a WebSocket URL, connects, acks each envelope and
 * answers through the Web API. Real WebSocket over loopback, no signing secret needed.
 */
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { MemorySeenStore } from '../../../src/adapters/dedupe.js';
import { createSlackAdapter } from '../../../src/adapters/slack/index.js';
import { FakeSlackApi } from '../../support/fake-slack-api.js';
import { FakeSocketMode } from './fake-socket-mode.js';
import { dmMessage } from './harness.js';
import { scriptedTurns } from './scripted-turns.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('Slack Socket Mode', () => {
  it('connects with the app token, acks envelopes and answers a DM once per envelope', async () => {
    const api = await new FakeSlackApi('xoxb-socket').start();
    const socket = await new FakeSocketMode().start();
    cleanups.push(() => api.stop(), () => socket.stop());
    api.appToken = 'xapp-1-socket';
    api.socketUrl = socket.url;
    const scripted = scriptedTurns();
    const adapter = createSlackAdapter({
      botToken: 'xoxb-socket',
      appToken: 'xapp-1-socket',
      apiUrl: api.url,
      port: 0,
      handleTurn: scripted.handleTurn,
      logger: pino({ level: 'silent' }),
      seen: new MemorySeenStore(),
      graphVersion: 'abcdef',
    });
    expect(adapter.health()).toEqual({ ok: false, reason: 'not started' });
    await adapter.start();
    cleanups.splice(2, 0, () => adapter.stop());
    await socket.connected;
    expect(api.callsOf('apps.connections.open')).toHaveLength(1);
    expect(adapter.health()).toEqual({ ok: true });

    const body = { type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvSock1', event: dmMessage('U1', 'halo', '1.1') };
    socket.send({ envelope_id: 'env-1', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: body });
    // Slack redelivers an unacked envelope with a new envelope id; the event_id stays.
    socket.send({ envelope_id: 'env-2', type: 'events_api', accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout', payload: body });
    await api.waitFor((a) => a.posted().length === 1 && socket.acks.length === 2, 'the answer and both acks');
    await new Promise((r) => setTimeout(r, 150));
    expect(socket.acks.map((a) => a.envelope_id).sort()).toEqual(['env-1', 'env-2']);
    expect(api.posted()).toHaveLength(1);
    expect(api.posted()[0]).toMatchObject({ channel: 'DU1', text: 'Anda menulis: halo' });
  });
});
