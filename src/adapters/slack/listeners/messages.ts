/**
 * Messages the bot answers: every DM, a mention in a channel (answered in a thread that becomes
 * one conversation), and follow-ups in such a thread without another mention. Bot messages,
 * edits and other subtypes are ignored, except `file_share` (screenshots) and
 * `thread_broadcast`.
 */
import type { App } from '@slack/bolt';
import type { Inbound } from '../../../dialogs/messages.js';
import type { ActiveThreads } from '../active-threads.js';
import { filesToInbound, type SlackFile } from '../inbound-files.js';
import { dmPlace, isDmChannel, threadKey, threadPlace, type Place } from '../places.js';
import { mentions, plainFromSlack } from '../slack-text.js';
import type { SlackTurns } from '../slack-turns.js';

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
    if (isDirect(message)) {
      await accept(turns, envelope, message, dmPlace(teamId, message.channel, message.user), botUserId);
      return;
    }
    // A mention in a channel also arrives as app_mention; whichever comes first is handled.
    if (mentions(message.text, botUserId)) {
      await acceptMention(turns, threads, envelope, message, teamId, botUserId);
      return;
    }
    // Top-level channel chatter is not for us; thread replies only in threads we are part of.
    if (!message.thread_ts) return;
    const place = threadPlace(teamId, message.channel, message.thread_ts, message.user);
    const ours = (botUserId !== undefined && message.parent_user_id === botUserId) || (await threads.has(place.key));
    if (!ours) return;
    await threads.add(place.key);
    await accept(turns, envelope, message, place, botUserId);
  });

  app.event('app_mention', async ({ event, body, context }) => {
    const mention = event as unknown as SlackMessageEvent;
    const envelope = body as unknown as EventEnvelope;
    if (!mention.user || mention.bot_id) return;
    const teamId = envelope.team_id ?? mention.team ?? 'T';
    await acceptMention(turns, threads, envelope, mention as SlackMessageEvent & { user: string }, teamId, context.botUserId);
  });
}

/** A mention is answered in its thread (a new one under the mention, or the one it was made in). */
async function acceptMention(
  turns: SlackTurns,
  threads: ActiveThreads,
  envelope: EventEnvelope,
  mention: SlackMessageEvent & { user: string },
  teamId: string,
  botUserId: string | undefined,
): Promise<void> {
  const threadTs = mention.thread_ts ?? mention.ts;
  await threads.add(threadKey(teamId, mention.channel, threadTs));
  // A bare mention ("@ds") opens the conversation like /start does.
  await accept(turns, envelope, mention, threadPlace(teamId, mention.channel, threadTs, mention.user), botUserId, true);
}

/**
 * Dedupes (by event_id, and by message so a mention's two events count once) and queues the
 * turn; inputs are read inside the queue so file lookups cannot reorder a conversation.
 */
async function accept(turns: SlackTurns, envelope: EventEnvelope, message: SlackMessageEvent, place: Place, botUserId: string | undefined, startWhenEmpty = false): Promise<void> {
  if (!(await turns.firstTime(envelope.event_id))) return;
  if (!(await turns.firstTime(`msg:${message.channel}:${message.ts}`))) return;
  void turns.run(place, async () => {
    const inputs = await inputsOf(message, turns, botUserId);
    return inputs.length > 0 || !startWhenEmpty ? inputs : [{ type: 'command', command: 'start' }];
  });
}

/** A DM: Slack says so in channel_type; without it, DM channel ids start with `D`. */
function isDirect(message: SlackMessageEvent): boolean {
  return message.channel_type ? message.channel_type === 'im' : isDmChannel(message.channel);
}

function isUserMessage(message: SlackMessageEvent): message is SlackMessageEvent & { user: string } {
  if (!message.user || message.bot_id) return false;
  // file_share carries screenshots; thread_broadcast is a thread reply also sent to the channel.
  return message.subtype === undefined || message.subtype === 'file_share' || message.subtype === 'thread_broadcast';
}

/** Files win over the caption: where a capture is expected the caption is only a remark. */
async function inputsOf(message: SlackMessageEvent, turns: SlackTurns, botUserId: string | undefined): Promise<Inbound[]> {
  if (message.files && message.files.length > 0) return filesToInbound(message.files, turns.options.client, turns.options.logger);
  const text = plainFromSlack(message.text ?? '', botUserId);
  return text ? [{ type: 'text', text }] : [];
}
