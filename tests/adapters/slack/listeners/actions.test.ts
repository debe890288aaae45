/**
 * Button presses over signed HTTP (block_actions, form-encoded as Slack sends it): stale and
 * unreadable buttons, double clicks, link buttons, ephemeral messages, App Home presses, and
 * plugin actions registered before the adapter's own.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dmMessage, pressPayload, startHarness, type Harness } from '../harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function menuInDm(h: Harness): Promise<Record<string, unknown>> {
  await h.event(dmMessage('U1', 'mulai', '1.1'), 'EvMenu');
  await h.api.waitFor((api) => api.posted().length === 1, 'the menu');
  return h.api.posted()[0] ?? {};
}

function withValue(payload: Record<string, unknown>, value: string): Record<string, unknown> {
  const [action] = payload.actions as Record<string, unknown>[];
  return { ...payload, actions: [{ ...action, value }] };
}

describe('Slack button presses', () => {
  it('answers a button from an older graph version with a friendly note and the menu', async () => {
    const h = (harness = await startHarness());
    const menu = await menuInDm(h);
    await h.interaction(withValue(pressPayload(menu, 'Tidak bisa login', 'U1'), 'v1|000000|topic:login'));
    await h.api.waitFor((api) => api.posted().length === 2, 'the stale answer');
    expect(h.api.callsOf('chat.update')).toHaveLength(1);
    const answer = h.api.posted()[1] ?? {};
    expect(String(answer.text)).toMatch(/^Tombol itu berasal dari pesan lama/);
    expect(JSON.stringify(answer.blocks)).toContain('v1|abcdef|topic:login');
    expect(h.calls.at(-1)?.input).toEqual({ type: 'command', command: 'menu' });
  });

  it('treats an unreadable button value as stale, never as input', async () => {
    const h = (harness = await startHarness());
    const menu = await menuInDm(h);
    await h.interaction(withValue(pressPayload(menu, 'Tidak bisa login', 'U1'), 'topic:login'));
    await h.api.waitFor((api) => api.posted().length === 2, 'the stale answer');
    expect(h.calls.map((c) => c.input.type)).toEqual(['text', 'command']);
  });

  it('passes a fresh press to the engine with the graph version', async () => {
    const h = (harness = await startHarness());
    const menu = await menuInDm(h);
    await h.interaction(pressPayload(menu, 'Tidak bisa login', 'U1'));
    await h.api.waitFor((api) => api.posted().length === 2, 'the answer');
    expect(h.calls[1]?.input).toEqual({ type: 'button', id: 'topic:login', graphVersion: 'abcdef123456' });
  });

  it('counts a double click on the same message once', async () => {
    const h = (harness = await startHarness());
    const menu = await menuInDm(h);
    const first = pressPayload(menu, 'Tidak bisa login', 'U1');
    const second = pressPayload(menu, 'Lupa password', 'U1');
    const responses = await Promise.all([h.interaction(first), h.interaction(second)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    await h.api.waitFor((api) => api.posted().length === 2, 'one answer');
    await new Promise((r) => setTimeout(r, 200));
    expect(h.calls).toHaveLength(2);
  });

  it('acks a link button without running a turn', async () => {
    const h = (harness = await startHarness());
    const menu = await menuInDm(h);
    const res = await h.interaction(pressPayload(menu, 'Panduan', 'U1'));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 150));
    expect(h.calls).toHaveLength(1);
    expect(h.api.callsOf('chat.update')).toHaveLength(0);
  });

  it('replaces an ephemeral message through its response_url', async () => {
    const h = (harness = await startHarness());
    const ephemeral = {
      method: 'chat.postEphemeral',
      channel: 'C1',
      thread_ts: '10.1',
      ts: '10.9',
      text: 'Pilih',
      blocks: [{ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Ya' }, action_id: 'ds.b.0', value: 'v1|abcdef|opt:yes' }] }],
    };
    await h.interaction(pressPayload(ephemeral, 'Ya', 'U2', h.api.responseUrl('r1')));
    await h.api.waitFor((api) => api.callsOf('response_url').length === 1 && api.posted().length === 1, 'the update and the answer');
    expect(h.api.callsOf('response_url')[0]).toMatchObject({ id: 'r1', replace_original: true });
    expect(JSON.stringify(h.api.callsOf('response_url')[0])).toContain('Dipilih: *Ya*');
    expect(h.calls[0]).toMatchObject({ key: 'slack:T1:C1:10.1', input: { type: 'button', id: 'opt:yes' } });
  });

  it('continues an App Home press in the user DM', async () => {
    const h = (harness = await startHarness());
    const home = {
      type: 'block_actions',
      user: { id: 'U7', team_id: 'T1' },
      team: { id: 'T1' },
      container: { type: 'view', view_id: 'V1' },
      view: { id: 'V1', type: 'home' },
      actions: [{ type: 'button', action_id: 'ds.b.1', value: 'v1|abcdef|topic:forgot-password', text: { type: 'plain_text', text: 'Lupa password' }, action_ts: '1.0' }],
    };
    await h.interaction(home);
    await h.api.waitFor((api) => api.posted().length === 1, 'the DM answer');
    expect(h.api.callsOf('conversations.open')[0]).toMatchObject({ users: 'U7' });
    expect(h.api.posted()[0]).toMatchObject({ channel: 'DU7', text: 'Ketik NIP Anda (18 digit).' });
    expect(h.calls[0]?.key).toBe('slack:T1:DU7');
  });

  it('runs plugin actions registered before its own', async () => {
    const seen = vi.fn();
    const h = (harness = await startHarness({
      plugins: [
        (app) =>
          app.action('helpdesk.claim', async ({ ack, body }) => {
            await ack();
            seen((body as { user: { id: string } }).user.id);
          }),
      ],
    }));
    const payload = { type: 'block_actions', user: { id: 'UHD', team_id: 'T1' }, team: { id: 'T1' }, container: { type: 'message', message_ts: '5.5', channel_id: 'CHD' }, channel: { id: 'CHD' }, actions: [{ type: 'button', action_id: 'helpdesk.claim', value: 'TKT-1', action_ts: '1.0' }] };
    const res = await h.interaction(payload);
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith('UHD'));
    expect(h.calls).toHaveLength(0);
  });

  it('finds the conversation from the channel when the payload has no container', async () => {
    const h = (harness = await startHarness());
    const menu = await menuInDm(h);
    const payload = pressPayload(menu, 'Tidak bisa login', 'U1');
    delete payload.container;
    await h.interaction(payload);
    await h.api.waitFor((api) => api.posted().length === 2, 'the answer');
    expect(h.calls[1]).toMatchObject({ key: 'slack:T1:DU1', input: { type: 'button', id: 'topic:login' } });
    expect(h.api.callsOf('chat.update')[0]).toMatchObject({ channel: 'DU1', ts: menu.ts });
  });
});
