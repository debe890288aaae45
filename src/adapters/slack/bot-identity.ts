/**
 * Who the bot is (auth.test: workspace, bot user id, bot id), for Bolt's `authorize` and for
 * notifications. Checked once at start: a token Slack rejects stops the start with a clear
 * message; any other failure (network, a Slack-compatible server without auth.test) is logged
 * and retried on the next event, so the bot still answers.
 */
import type { AuthorizeResult } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import { errorSummary } from './user-profiles.js';

/** What auth.test told us. */
export interface Identity {
  teamId?: string;
  botUserId?: string;
  botId?: string;
}

const BAD_TOKEN = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);
const RETRY_AFTER_FAILURE_MS = 60_000;

/** Caches auth.test; `authorize` never throws, so a missing identity cannot drop an event. */
export class BotIdentity {
  private known: Identity | undefined;
  private failedAt = 0;
  private pending: Promise<Identity> | undefined;

  constructor(private readonly client: WebClient, private readonly botToken: string, private readonly logger: Logger) {}

  /** At start: throws only when Slack says the token itself is bad. */
  async verify(): Promise<void> {
    try {
      this.known = await this.call();
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      if (code && BAD_TOKEN.has(code)) throw new Error(`Slack rejected SLACK_BOT_TOKEN (${code})`);
      this.failedAt = Date.now();
      this.logger.warn({ err: errorSummary(error) }, 'slack auth.test failed at start; continuing, will retry');
    }
  }

  /** The bot's identity, as far as known (looked up again at most once a minute after a failure). */
  async get(): Promise<Identity> {
    if (this.known) return this.known;
    if (Date.now() - this.failedAt < RETRY_AFTER_FAILURE_MS) return {};
    this.pending ??= this.call()
      .then((identity) => (this.known = identity))
      .catch((error: unknown) => {
        this.failedAt = Date.now();
        this.logger.warn({ err: errorSummary(error) }, 'slack auth.test failed');
        return {};
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** Bolt's `authorize`: the bot token plus whatever identity is known. */
  readonly authorize = async (): Promise<AuthorizeResult> => {
    const identity = await this.get();
    return {
      botToken: this.botToken,
      ...(identity.botUserId ? { botUserId: identity.botUserId } : {}),
      ...(identity.botId ? { botId: identity.botId } : {}),
      ...(identity.teamId ? { teamId: identity.teamId } : {}),
    };
  };

  private async call(): Promise<Identity> {
    const result = await this.client.auth.test();
    return {
      ...(result.team_id ? { teamId: result.team_id } : {}),
      ...(result.user_id ? { botUserId: result.user_id } : {}),
      ...(result.bot_id ? { botId: result.bot_id } : {}),
    };
  }
}
