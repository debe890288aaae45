import { afterEach, expect, it } from 'vitest';
import { WebClient } from '@slack/web-api';
import { UserProfiles } from '../../../src/adapters/slack/user-profiles.js';
import { MemorySharedState } from '../../../src/adapters/shared/index.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { FakeSlackApi } from '../../support/fake-slack-api.js';

let api: FakeSlackApi | undefined;
afterEach(async () => { await api?.stop(); });

it('asks Slack once per user across replicas sharing the state, each keeping its own copy', async () => {
  api = await new FakeSlackApi('xoxb-profiles').start();
  api.userLocales.set('U1', 'en-US');
  const client = new WebClient('xoxb-profiles', { slackApiUrl: api.url, retryConfig: { retries: 0 } });
  const shared = new MemorySharedState();
  const [a, b] = [new UserProfiles(client, silentLogger(), 60_000, 100, shared), new UserProfiles(client, silentLogger(), 60_000, 100, shared)];
  expect(await a.get('U1')).toEqual({ name: 'User U1', locale: 'en' });
  expect(await b.get('U1')).toEqual({ name: 'User U1', locale: 'en' });
  expect(await b.get('U1')).toEqual({ name: 'User U1', locale: 'en' });
  expect(api.callsOf('users.info')).toHaveLength(1);
});
