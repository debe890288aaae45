/** The `/ds` slash command over signed HTTP: acked at once, the menu delivered in the user's DM. */
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const slash = (channel: string, text = ''): Record<string, string> => ({
  token: 'legacy',
  team_id: 'T1',
  team_domain: 'test',
  channel_id: channel,
  channel_name: channel.startsWith('D') ? 'directmessage' : 'helpdesk',
  user_id: 'U1',
  user_name: 'u1',
  command: '/ds',
  text,
  api_app_id: 'A1',
  response_url: 'http://127.0.0.1:9/unused',
  trigger_id: '1.2.3',
});

describe('Slack /ds', () => {
  it('from a channel: acks with a note and opens the menu in the DM', async () => {
    const h = (harness = await startHarness());
    const res = await h.command(slash('C1'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('pesan langsung (DM)') });
    await h.api.waitFor((api) => api.posted().length === 1, 'the menu');
    expect(h.api.posted()[0]).toMatchObject({ channel: 'DU1', text: 'Halo! Pilih topik bantuan:' });
    expect(h.calls[0]).toMatchObject({ key: 'slack:T1:DU1', input: { type: 'command', command: 'menu' } });
  });

  it('with a question: the question becomes the first message', async () => {
    const h = (harness = await startHarness());
    await h.command(slash('C1', 'lupa passphrase &amp; pin'));
    await h.api.waitFor((api) => api.posted().length === 1, 'the answer');
    expect(h.calls[0]?.input).toEqual({ type: 'text', text: 'lupa passphrase & pin' });
  });

  it('inside the bot DM: acks silently', async () => {
    const h = (harness = await startHarness());
    await h.command(slash('C1'));
    await h.api.waitFor((api) => api.posted().length === 1, 'the first menu');
    const res = await h.command(slash('DU1'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    await h.api.waitFor((api) => api.posted().length === 2, 'the second menu');
  });

  it('still answers when the DM cannot be opened: posts to the user id', async () => {
    const h = (harness = await startHarness());
    h.api.failOnce('conversations.open', { error: 'missing_scope' });
    await h.command(slash('C1'));
    await h.api.waitFor((api) => api.posted().length === 1, 'the menu');
    expect(h.api.posted()[0]).toMatchObject({ channel: 'U1' });
  });
});
