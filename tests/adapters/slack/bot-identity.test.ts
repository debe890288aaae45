/** auth.test at start: a rejected token stops the start; anything else must not stop the bot. */
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { MemorySeenStore } from '../../../src/adapters/dedupe.js';
import { createSlackAdapter } from '../../../src/adapters/slack/index.js';
import { FakeSlackApi } from '../../support/fake-slack-api.js';
import { dmMessage, freePort, startHarness, type Harness } from './harness.js';
import { scriptedTurns } from './scripted-turns.js';

let harness: Harness | undefined;
let api: FakeSlackApi | undefined;
afterEach(async () => {
  await harness?.stop();
  await api?.stop();
  harness = undefined;
  api = undefined;
});

describe('Slack bot identity', () => {
  it('refuses to start with a token Slack rejects, saying which setting is wrong', async () => {
    api = await new FakeSlackApi('xoxb-right').start();
    const adapter = createSlackAdapter({
      botToken: 'xoxb-wrong',
      signingSecret: 's',
      apiUrl: api.url,
      port: await freePort(),
      handleTurn: scriptedTurns().handleTurn,
      logger: pino({ level: 'silent' }),
      seen: new MemorySeenStore(),
      graphVersion: 'abcdef',
    });
    await expect(adapter.start()).rejects.toThrow(/SLACK_BOT_TOKEN \(invalid_auth\)/);
  });

  it('starts and answers when auth.test is unavailable (a Slack-compatible server without it)', async () => {
    const h = (harness = await startHarness({ beforeStart: (fake) => fake.failOnce('auth.test', { error: 'unknown_method' }) }));
    await h.event(dmMessage('U1', 'halo', '1.1'), 'EvNoAuth');
    await h.api.waitFor((a) => a.posted().length === 1, 'the answer');
    expect(h.api.posted()[0]).toMatchObject({ channel: 'DU1', text: 'Anda menulis: halo' });
  });

  it('gives plugins a ready app.client with the bot token', async () => {
    const h = (harness = await startHarness());
    await h.adapter.app.client.chat.postMessage({ channel: 'CHD', text: 'papan helpdesk' });
    expect(h.api.callsOf('chat.postMessage')[0]).toMatchObject({ channel: 'CHD', text: 'papan helpdesk' });
  });
});
