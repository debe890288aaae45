/**
 * Where a conversation lives in Slack and its conversation key: a DM is one conversation
 * (`slack:<team>:<channel>`), a channel thread is one conversation per thread
 * (`slack:<team>:<channel>:<thread_ts>`).
 */

/** A conversation's place: where replies go and who they are for. */
export interface Place {
  /** The engine's conversation key. */
  key: string;
  teamId: string;
  channel: string;
  /** Set for channel threads: every reply goes into this thread. */
  threadTs?: string;
  /** True where others can read along (channel threads): personal outputs go ephemeral. */
  shared: boolean;
  /** The Slack user id (`U…`) the turn is for. */
  user: string;
}

/** The place of a direct-message conversation. */
export function dmPlace(teamId: string, channel: string, user: string): Place {
  return { key: `slack:${teamId}:${channel}`, teamId, channel, shared: false, user };
}

/** The place of a conversation in a channel thread. */
export function threadPlace(teamId: string, channel: string, threadTs: string, user: string): Place {
  return { key: threadKey(teamId, channel, threadTs), teamId, channel, threadTs, shared: true, user };
}

/** The conversation key of a channel thread. */
export function threadKey(teamId: string, channel: string, threadTs: string): string {
  return `slack:${teamId}:${channel}:${threadTs}`;
}

/** Slack ids of direct-message channels start with `D`. */
export function isDmChannel(channel: string): boolean {
  return channel.startsWith('D');
}
