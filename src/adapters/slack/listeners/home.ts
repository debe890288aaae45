/**
 * The App Home tab, published on every `app_home_opened` (tab `home`): the topic menu (asked
 * from the engine on a conversation key of its own, so the DM's state is untouched) and the
 * user's own open ticket drafts.
 */
import type { App } from '@slack/bolt';
import type { Outbound } from '../../../dialogs/messages.js';
import type { TicketDraft } from '../../../dialogs/tickets/index.js';
import { homeView } from '../render/home-view.js';
import type { SlackTurns } from '../slack-turns.js';
import { errorSummary } from '../user-profiles.js';

interface HomeOpenedEvent {
  user: string;
  tab?: string;
}

/** Registers the App Home listener. */
export function listenToHome(app: App, turns: SlackTurns, listDrafts?: (userId: string) => Promise<TicketDraft[]>): void {
  app.event('app_home_opened', async ({ event, body }) => {
    const opened = event as unknown as HomeOpenedEvent;
    const envelope = body as unknown as { event_id?: string; team_id?: string };
    if (opened.tab !== undefined && opened.tab !== 'home') return;
    if (!(await turns.firstTime(envelope.event_id))) return;
    const teamId = envelope.team_id ?? 'T';
    void turns.queue.run(`slack:${teamId}:home:${opened.user}`, () => publish(turns, teamId, opened.user, listDrafts));
  });
}

async function publish(turns: SlackTurns, teamId: string, user: string, listDrafts?: (userId: string) => Promise<TicketDraft[]>): Promise<void> {
  const { logger, client, handleTurn, graphVersion } = turns.options;
  const profile = await turns.profiles.get(user);
  let menu: Outbound[] = [];
  try {
    const result = await handleTurn(`slack:${teamId}:home:${user}`, { type: 'command', command: 'menu' }, {
      channel: 'slack',
      userId: `slack:${user}`,
      ...(profile.locale ? { locale: profile.locale } : {}),
    });
    menu = result.outputs;
  } catch (error) {
    logger.warn({ err: errorSummary(error) }, 'slack home: menu unavailable; showing the open-menu button');
  }
  let drafts: TicketDraft[] | undefined = [];
  if (listDrafts) {
    try {
      drafts = await listDrafts(`slack:${user}`);
    } catch (error) {
      drafts = undefined;
      logger.warn({ err: errorSummary(error) }, 'slack home: drafts unavailable');
    }
  }
  try {
    await client.views.publish({ user_id: user, view: homeView({ menu, drafts, locale: profile.locale ?? turns.options.defaultLocale, graphVersion }) });
  } catch (error) {
    logger.error({ err: errorSummary(error) }, 'slack views.publish failed');
  }
}
