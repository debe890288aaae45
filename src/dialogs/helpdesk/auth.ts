/**
 * Who may act on tickets: the user ids in HELPDESK_TELEGRAM_USER_IDS and
 * HELPDESK_SLACK_USER_IDS. Membership of the helpdesk group or channel is not enough, because
 * those rooms may hold people who should only read.
 */
import type { HelpdeskActor } from './actions.js';

/** Helpdesk user ids per channel (Telegram numeric ids as strings, Slack `U…` ids). */
export interface HelpdeskUsers {
  telegram: readonly string[];
  slack: readonly string[];
}

/** Parses a comma/space separated id list from the environment (`"123, 456"`). */
export function parseUserIds(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,;]+/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The helpdesk users from HELPDESK_TELEGRAM_USER_IDS / HELPDESK_SLACK_USER_IDS. */
export function helpdeskUsersFromEnv(env: Record<string, string | undefined>): HelpdeskUsers {
  return { telegram: parseUserIds(env.HELPDESK_TELEGRAM_USER_IDS), slack: parseUserIds(env.HELPDESK_SLACK_USER_IDS) };
}

/** Whether `actor` is a helpdesk user on their channel. */
export function isHelpdeskUser(users: HelpdeskUsers, actor: HelpdeskActor): boolean {
  return users[actor.channel].includes(actor.id);
}
