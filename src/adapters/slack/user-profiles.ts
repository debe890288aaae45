/**
 * Who is writing: display name and Slack locale (for Indonesian/English), from `users.info`,
 * cached briefly here and, when given, in the shared state (so replicas behind one Request URL
 * ask Slack once per user, not once each). A failed lookup never stops a turn; the engine then
 * detects the language.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { SharedState } from '../shared/index.js';
import { localeFromSlack, type SlackLocale } from './texts.js';

/** What the adapter knows about a Slack user. */
export interface SlackProfile {
  name?: string;
  locale?: SlackLocale;
}

/** A small TTL cache over `users.info`. */
export class UserProfiles {
  private readonly cache = new Map<string, { profile: SlackProfile; expires: number }>();

  constructor(
    private readonly client: WebClient,
    private readonly logger: Logger,
    private readonly ttlMs = 15 * 60_000,
    private readonly maxEntries = 5_000,
    private readonly shared?: SharedState,
  ) {}

  /** The user's profile; `{}` when Slack cannot tell us. */
  async get(userId: string): Promise<SlackProfile> {
    const cached = this.cache.get(userId);
    if (cached && cached.expires > Date.now()) return cached.profile;
    const known = await this.fromShared(userId);
    if (known) return this.remember(userId, known);
    let profile: SlackProfile = {};
    try {
      const result = await this.client.users.info({ user: userId, include_locale: true });
      const user = result.user;
      const name = user?.profile?.display_name || user?.real_name || user?.name;
      profile = { ...(name ? { name } : {}), ...(localeFromSlack(user?.locale) ? { locale: localeFromSlack(user?.locale) } : {}) };
      // Only what Slack answered is shared; a failure is retried by the next replica that asks.
      await this.shared?.set(sharedKey(userId), JSON.stringify(profile), this.ttlMs).catch(() => undefined);
    } catch (error) {
      this.logger.warn({ err: errorSummary(error), user: userId }, 'slack users.info failed; continuing without profile');
    }
    return this.remember(userId, profile);
  }

  private remember(userId: string, profile: SlackProfile): SlackProfile {
    if (this.cache.size >= this.maxEntries) this.cache.clear();
    this.cache.set(userId, { profile, expires: Date.now() + this.ttlMs });
    return profile;
  }

  private async fromShared(userId: string): Promise<SlackProfile | undefined> {
    const raw = await this.shared?.get(sharedKey(userId)).catch(() => undefined);
    if (!raw) return undefined;
    try {
      const value = JSON.parse(raw) as { name?: unknown; locale?: unknown };
      const locale = value.locale === 'id' || value.locale === 'en' ? value.locale : undefined;
      return { ...(typeof value.name === 'string' ? { name: value.name } : {}), ...(locale ? { locale } : {}) };
    } catch {
      return undefined;
    }
  }
}

const sharedKey = (userId: string) => `slack:profile:${userId}`;

/** A loggable summary of a Web API error (code and message only, never request options). */
export function errorSummary(error: unknown): { code?: string; message: string } {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return { ...(typeof code === 'string' ? { code } : {}), message: error.message };
  }
  return { message: String(error) };
}
