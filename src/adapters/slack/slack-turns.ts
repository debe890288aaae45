/**
 * Running turns for Slack conversations: one queue per conversation key, the user's profile as
 * meta, the engine's outputs delivered to the right place, and an apology (plus a log line)
 * when the engine or Slack fails. Listeners only decide *what* the input is and *where*.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { SeenStore } from '../dedupe.js';
import type { SharedState } from '../shared/index.js';
import type { Inbound, Outbound } from '../../dialogs/messages.js';
import type { TurnHandler } from '../../dialogs/turn.js';
import { deliver } from './delivery.js';
import { KeyedQueue } from './keyed-queue.js';
import { dmPlace, type Place } from './places.js';
import { texts, type SlackLocale } from './texts.js';
import { errorSummary, UserProfiles } from './user-profiles.js';

/** How long a delivery id (event_id) is remembered for dedupe. */
export const SEEN_TTL_MS = 3600_000;

/** What the turn runner needs. */
export interface SlackTurnsOptions {
  client: WebClient;
  /** For optional look-ups (users.info): no retries, short timeout, so a failure costs no time. */
  lookupClient?: WebClient;
  logger: Logger;
  handleTurn: TurnHandler;
  seen: SeenStore;
  /** Where replicas share user profiles (users.info answers); this process only without it. */
  shared?: SharedState;
  graphVersion: string;
  defaultLocale: SlackLocale;
}

/** The Slack side of running conversations, shared by every listener. */
export class SlackTurns {
  readonly queue = new KeyedQueue();
  readonly profiles: UserProfiles;
  private readonly dms = new Map<string, string>();

  constructor(readonly options: SlackTurnsOptions) {
    this.profiles = new UserProfiles(options.lookupClient ?? options.client, options.logger, undefined, undefined, options.shared);
  }

  /** True the first time a delivery id is seen. If the store is down, process rather than drop. */
  async firstTime(deliveryId: string | undefined): Promise<boolean> {
    if (!deliveryId) return true;
    try {
      return await this.options.seen.firstTime(`slack:${deliveryId}`, SEEN_TTL_MS);
    } catch (error) {
      this.options.logger.warn({ err: errorSummary(error) }, 'slack dedupe store unavailable; processing the event');
      return true;
    }
  }

  /**
   * Queues turns for the place's conversation; `preface` is posted before the engine's answer.
   * Inputs may be produced lazily (file lookups) so they still run in arrival order.
   */
  run(place: Place, inputs: Inbound | (() => Promise<Inbound[]>), preface: Outbound[] = []): Promise<void> {
    return this.queue.run(place.key, async () => {
      const list = typeof inputs === 'function' ? await inputs() : [inputs];
      let first = preface;
      for (const input of list) {
        await this.turn(place, input, first);
        first = [];
      }
    });
  }

  /** Queues a delivery of outputs outside a turn; rejects when Slack refuses it. */
  async send(place: Place, outputs: Outbound[]): Promise<void> {
    let failure: unknown;
    await this.queue.run(place.key, async () => {
      try {
        await deliver(this.options.client, place, outputs, { graphVersion: this.options.graphVersion, locale: await this.localeOf(place.user) });
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
  }

  /** The user's language for the adapter's own sentences. */
  async localeOf(user: string): Promise<SlackLocale> {
    return (await this.profiles.get(user)).locale ?? this.options.defaultLocale;
  }

  /**
   * The DM place with `user` (conversations.open, cached). If Slack cannot open it, messages go
   * to the user id itself (chat.postMessage accepts it and delivers to the DM); that fallback is
   * not cached, so the next call tries to learn the real DM channel again.
   */
  async dmWith(teamId: string, user: string): Promise<Place> {
    let channel = this.dms.get(user);
    if (!channel) {
      try {
        const result = await this.options.client.conversations.open({ users: user });
        channel = result.channel?.id;
      } catch (error) {
        this.options.logger.warn({ err: errorSummary(error), user }, 'slack conversations.open failed; posting to the user id');
      }
      if (!channel) return dmPlace(teamId, user, user);
      if (this.dms.size > 10_000) this.dms.clear();
      this.dms.set(user, channel);
    }
    return dmPlace(teamId, channel, user);
  }

  /** The DM channel id already known for `user`, if any. */
  knownDm(user: string): string | undefined {
    return this.dms.get(user);
  }

  private async turn(place: Place, input: Inbound, preface: Outbound[]): Promise<void> {
    const { logger, handleTurn, graphVersion } = this.options;
    const profile = await this.profiles.get(place.user);
    const locale = profile.locale ?? this.options.defaultLocale;
    const log = logger.child({ conversation: place.key, input: input.type });
    try {
      const result = await handleTurn(place.key, input, {
        channel: 'slack',
        userId: `slack:${place.user}`,
        ...(profile.name ? { userName: profile.name } : {}),
        ...(profile.locale ? { locale: profile.locale } : {}),
      });
      // Slack-specific help when the guide waits for a screenshot: how to attach one here.
      const footer = result.awaiting.kind === 'photo' ? texts(locale).attachHint : undefined;
      await deliver(this.options.client, place, [...preface, ...result.outputs], { graphVersion, locale, ...(footer ? { footer } : {}) });
      log.debug({ outputs: result.outputs.length, awaiting: result.awaiting.kind }, 'slack turn done');
    } catch (error) {
      log.error({ err: errorSummary(error) }, 'slack turn failed');
      await this.apologise(place, locale);
    }
  }

  private async apologise(place: Place, locale: SlackLocale): Promise<void> {
    try {
      await deliver(this.options.client, place, [{ type: 'text', text: texts(locale).apology, buttons: [], personal: false }], {
        graphVersion: this.options.graphVersion,
        locale,
      });
    } catch (error) {
      this.options.logger.error({ err: errorSummary(error), conversation: place.key }, 'slack apology could not be posted');
    }
  }
}
