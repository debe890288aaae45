/**
 * Who is writing: display name and Slack locale (for Indonesian/English), from `users.info`,
 * cached briefly. A failed lookup never stops a turn; the engine then detects the language.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import { localeFromSlack, type SlackLocale } from './texts.js';

/** What the adapter knows about a Slack user. */
export interface SlackProfile {
  name?: string;
  locale?: SlackLocale;
}

/** A small TTL cache over `users.info`. */
export class UserProfiles {
  private readonly cache = new Map<string, { profile: SlackProfile; expires: number }>();

  constructor(private readonly client: WebClient, private readonly logger: Logger, private readonly ttlMs = 15 * 60_000, private readonly maxEntries = 5_000) {}

  /** The user's profile; `{}` when Slack cannot tell us. */
  async get(userId: string): Promise<SlackProfile> {
    const cached = this.cache.get(userId);
    if (cached && cached.expires > Date.now()) return cached.profile;
    let profile: SlackProfile = {};
    try {
      const result = await this.client.users.info({ user: userId, include_locale: true });
      const user = result.user;
      const name = user?.profile?.display_name || user?.real_name || user?.name;
      profile = { ...(name ? { name } : {}), ...(localeFromSlack(user?.locale) ? { locale: localeFromSlack(user?.locale) } : {}) };
    } catch (error) {
      this.logger.warn({ err: errorSummary(error), user: userId }, 'slack users.info failed; continuing without profile');
    }
    if (this.cache.size >= this.maxEntries) this.cache.clear();
    this.cache.set(userId, { profile, expires: Date.now() + this.ttlMs });
    return profile;
  }
}

/** A loggable summary of a Web API error (code and message only, never request options). */
export function errorSummary(error: unknown): { code?: string; message: string } {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return { ...(typeof code === 'string' ? { code } : {}), message: error.message };
  }
  return { message: String(error) };
}
