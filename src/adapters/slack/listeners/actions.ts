/**
 * Button presses. The press is acked at once; then the message is rewritten so its buttons
 * cannot be pressed again ("Dipilih: …"), and the button id goes to the engine. A press on a
 * message from an older graph (or a value we cannot read) gets a friendly note and the menu.
 * Presses on the App Home tab continue in the user's DM.
 */
import type { App, RespondFn } from '@slack/bolt';
import type { types } from '@slack/bolt';
import type { Inbound, Outbound } from '../../../dialogs/messages.js';
import { LINK_ACTION_PREFIX, PRESS_ACTION_PREFIX } from '../render/blocks.js';
import { decodeButtonValue } from '../render/button-value.js';
import { HOME_MENU_ACTION } from '../render/home-view.js';
import { isDmChannel, dmPlace, threadPlace, type Place } from '../places.js';
import { blocksAfterPress } from '../render/pressed.js';
import type { SlackTurns } from '../slack-turns.js';
import { texts } from '../texts.js';
import { errorSummary } from '../user-profiles.js';

/** The fields of a block_actions payload the adapter reads. */
interface BlockActionsBody {
  user: { id: string; team_id?: string };
  team?: { id: string } | null;
  channel?: { id: string };
  container?: { type: string; message_ts?: string; channel_id?: string; thread_ts?: string; is_ephemeral?: boolean };
  message?: { ts: string; thread_ts?: string; text?: string; blocks?: (types.KnownBlock | types.Block)[] };
  response_url?: string;
}

interface ButtonAction {
  action_id: string;
  value?: string;
  text?: { text: string };
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Registers the button listeners (ours only: `ds.` action ids). */
export function listenToActions(app: App, turns: SlackTurns): void {
  // Link buttons open a URL in the browser; Slack still sends a payload that must be acked.
  app.action(new RegExp(`^${escapeRegex(LINK_ACTION_PREFIX)}`), async ({ ack }) => {
    await ack();
  });

  app.action(HOME_MENU_ACTION, async ({ ack, body }) => {
    await ack();
    const press = body as unknown as BlockActionsBody;
    const place = await turns.dmWith(teamOf(press), press.user.id);
    void turns.run(place, { type: 'command', command: 'menu' });
  });

  app.action(new RegExp(`^${escapeRegex(PRESS_ACTION_PREFIX)}`), async ({ ack, body, action, respond }) => {
    await ack();
    const press = body as unknown as BlockActionsBody;
    const button = action as unknown as ButtonAction;
    const container = press.container;
    // One press per message: after the first the buttons are gone, so a repeat is a double click.
    if (container?.message_ts && !(await turns.firstTime(`press:${container.channel_id ?? ''}:${container.message_ts}`))) return;
    const locale = await turns.localeOf(press.user.id);
    const label = button.text?.text ?? button.value ?? '';
    await disableButtons(press, button.action_id, label, texts(locale).chosen, turns, respond);

    const place = await placeOf(press, turns);
    const decoded = decodeButtonValue(button.value, turns.options.graphVersion);
    if (decoded.kind === 'fresh') {
      const input: Inbound = { type: 'button', id: decoded.buttonId, graphVersion: turns.options.graphVersion };
      void turns.run(place, input);
    } else {
      const note: Outbound = { type: 'text', text: texts(locale).stale, buttons: [], personal: false };
      void turns.run(place, { type: 'command', command: 'menu' }, [note]);
    }
  });
}

function teamOf(press: BlockActionsBody): string {
  return press.team?.id ?? press.user.team_id ?? 'T';
}

/** The conversation a press belongs to: the message's DM or thread, or the DM for App Home. */
async function placeOf(press: BlockActionsBody, turns: SlackTurns): Promise<Place> {
  const teamId = teamOf(press);
  const channel = press.container?.channel_id ?? press.channel?.id;
  if (press.container?.type === 'view' || !channel) return turns.dmWith(teamId, press.user.id);
  if (isDmChannel(channel)) return dmPlace(teamId, channel, press.user.id);
  const threadTs = press.container?.thread_ts ?? press.message?.thread_ts ?? press.message?.ts ?? press.container?.message_ts ?? '';
  return threadPlace(teamId, channel, threadTs, press.user.id);
}

/** Rewrites the pressed message (chat.update, or response_url for ephemeral messages). */
async function disableButtons(press: BlockActionsBody, actionId: string, label: string, chosen: string, turns: SlackTurns, respond: RespondFn): Promise<void> {
  const container = press.container;
  if (container?.type === 'view') return;
  const blocks = blocksAfterPress(press.message?.blocks ?? [], actionId, label, chosen);
  const text = press.message?.text || `${chosen}: ${label}`;
  const channel = container?.channel_id ?? press.channel?.id;
  try {
    if (press.message && channel && !container?.is_ephemeral) {
      await turns.options.client.chat.update({ channel, ts: press.message.ts, text, blocks: blocks as types.KnownBlock[] });
    } else if (press.response_url) {
      await respond({ replace_original: true, text, blocks: blocks as types.KnownBlock[] });
    }
  } catch (error) {
    // The answer matters more than the cosmetic update; log and go on.
    turns.options.logger.warn({ err: errorSummary(error) }, 'slack could not disable pressed buttons');
  }
}
