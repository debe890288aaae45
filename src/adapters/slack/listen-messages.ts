/**
 * Messages the bot answers: every DM, a mention in a channel (answered in a thread that becomes
 * one conversation), and follow-ups in such a thread without another mention. Bot messages,
 * edits and other subtypes are ignored, except `file_share` (screenshots).
 */
import type { App } from '@slack/bolt';
import type { Inbound } from '../../dialogs/messages.js';
import type { ActiveThreads } from './active-threads.js';
import { filesToInbound, type SlackFile } from './inbound-files.js';
import { dmPlace, threadKey, threadPlace, type Place } from './places.js';
import { mentions, plainFromSlack } from './slack-text.js';
import type { SlackTurns } from './slack-turns.js';

/** The fields of a message or app_mention event the adapter reads. */
interface SlackMessageEvent {
  type: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  parent_user_id?: string;
  channel: string;
  channel_type?: string;
  team?: string;
  files?: SlackFile[];
}

interface EventEnvelope {
  event_id?: string;
  team_id?: string;
}

/** Registers the message and app_mention listeners. */
export function listenToMessages(app: App, turns: SlackTurns, threads: ActiveThreads): void {
  app.event('message', async ({ event, body, context }) => {
    const message = event as unknown as SlackMessageEvent;
    const envelope = body as unknown as EventEnvelope;
    if (!isUserMessage(message)) return;
    const botUserId = context.botUserId;
    const teamId = envelope.team_id ?? message.team ?? 'T';
    let place: Place;
    if (message.channel_type === 'im') {
      place = dmPlace(teamId, message.channel, message.user);
    } else {
      // Top-level channel chatter is not for us; a mention arrives as app_mention (handled below).
      if (!message.thread_ts || mentions(message.text, botUserId)) return;
      place = threadPlace(teamId, message.channel, message.thread_ts, message.user);
      const ours = threads.has(place.key) || (botUserId !== undefined && message.parent_user_id === botUserId);
      if (!ours) return;
      threads.add(place.key);
    }
    if (!(await turns.firstTime(envelope.event_id))) return;
    void turns.run(place, () => inputsOf(message, turns, botUserId));
  });

  app.event('app_mention', async ({ event, body, context }) => {
    const mention = event as unknown as SlackMessageEvent;
    const envelope = body as unknown as EventEnvelope;
    if (!mention.user || mention.bot_id) return;
    const teamId = envelope.team_id ?? mention.team ?? 'T';
    const place = threadPlace(teamId, mention.channel, mention.thread_ts ?? mention.ts, mention.user);
    threads.add(threadKey(teamId, mention.channel, place.threadTs ?? mention.ts));
    if (!(await turns.firstTime(envelope.event_id))) return;
    void turns.run(place, async () => {
      const inputs = await inputsOf(mention, turns, context.botUserId);
      // A bare mention ("@ds") opens the conversation like /start does.
      return inputs.length > 0 ? inputs : [{ type: 'command', command: 'start' }];
    });
  });
}

function isUserMessage(message: SlackMessageEvent): message is SlackMessageEvent & { user: string } {
  if (!message.user || message.bot_id) return false;
  return message.subtype === undefined || message.subtype === 'file_share';
}

/** Files win over the caption: where a capture is expected the caption is only a remark. */
async function inputsOf(message: SlackMessageEvent, turns: SlackTurns, botUserId: string | undefined): Promise<Inbound[]> {
  if (message.files && message.files.length > 0) return filesToInbound(message.files, turns.options.client, turns.options.logger);
  const text = plainFromSlack(message.text ?? '', botUserId);
  return text ? [{ type: 'text', text }] : [];
}
