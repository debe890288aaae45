/** The App Home tab over signed HTTP: menu buttons and the user's own open drafts. */
import { afterEach, describe, expect, it } from 'vitest';
import type { TicketDraft } from '../../../../src/dialogs/tickets/draft.js';
import { startHarness, type Harness } from '../harness.js';
import { ticketWith } from '../scripted-turns.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const opened = (user: string, tab = 'home') => ({ type: 'app_home_opened', user, channel: `D${user}`, tab, event_ts: '1.1' });

describe('Slack App Home', () => {
  it('publishes the menu and only the user’s open drafts', async () => {
    const asked: string[] = [];
    const drafts = async (userId: string): Promise<TicketDraft[]> => {
      asked.push(userId);
      return [ticketWith(userId), { ...ticketWith(userId), id: 'TKT-OLD', summary: 'Selesai', status: 'closed' }];
    };
    const h = (harness = await startHarness({ listDrafts: drafts }));
    const res = await h.event(opened('U1'), 'EvH1');
    expect(res.status).toBe(200);
    await h.api.waitFor((api) => api.callsOf('views.publish').length === 1, 'the home view');
    const publish = h.api.callsOf('views.publish')[0] ?? {};
    expect(publish.user_id).toBe('U1');
    const view = JSON.stringify(publish.view);
    expect(view).toContain('"type":"home"');
    expect(view).toContain('v1|abcdef|topic:forgot-password');
    expect(view).toContain('TKT-1');
    expect(view).not.toContain('TKT-OLD');
    expect(asked).toEqual(['slack:U1']);
    // The menu comes from its own conversation key: the DM's state is not touched.
    expect(h.calls[0]?.key).toBe('slack:T1:home:U1');
  });

  it('still publishes when drafts or the menu cannot be loaded', async () => {
    const h = (harness = await startHarness({
      handleTurn: async () => {
        throw new Error('store down');
      },
      listDrafts: async () => {
        throw new Error('store down');
      },
    }));
    await h.event(opened('U1'), 'EvH2');
    await h.api.waitFor((api) => api.callsOf('views.publish').length === 1, 'the home view');
    const view = JSON.stringify(h.api.callsOf('views.publish')[0]?.view);
    expect(view).toContain('ds.home.menu');
    expect(view).toContain('tidak dapat dimuat');
  });

  it('ignores the messages tab', async () => {
    const h = (harness = await startHarness());
    await h.event(opened('U1', 'messages'), 'EvH3');
    await new Promise((r) => setTimeout(r, 150));
    expect(h.api.callsOf('views.publish')).toHaveLength(0);
  });

  it('opens the menu in the DM from the fallback button', async () => {
    const h = (harness = await startHarness());
    const payload = { type: 'block_actions', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' }, container: { type: 'view', view_id: 'V1' }, actions: [{ type: 'button', action_id: 'ds.home.menu', value: 'menu', action_ts: '1.0' }] };
    await h.interaction(payload);
    await h.api.waitFor((api) => api.posted().length === 1, 'the menu in the DM');
    expect(h.api.posted()[0]).toMatchObject({ channel: 'DU1' });
    expect(h.calls[0]).toMatchObject({ key: 'slack:T1:DU1', input: { type: 'command', command: 'menu' } });
  });
});
