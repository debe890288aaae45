/**
 * The Slack channel on Bolt: Socket Mode when an app token is given (no public address needed),
 * otherwise HTTP mode on `/slack/events` with signature verification. Events are acked before
 * any work (`processBeforeResponse: false`), deduped by `event_id`, and run in order per
 * conversation; the Web API client retries and waits out rate limits.
 */
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type CustomRoute } from '@slack/bolt';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import type { Logger } from 'pino';
import type { Adapter, ChannelHealth, Notifier } from '../adapter.js';
import type { SeenStore } from '../dedupe.js';
import type { Outbound } from '../../dialogs/messages.js';
import type { TicketDraft } from '../../dialogs/tickets/index.js';
import type { TurnHandler } from '../../dialogs/turn.js';
import type { SharedState } from '../shared/index.js';
import { ActiveThreads } from './active-threads.js';
import { boltLogger } from './bolt-logger.js';
import { BotIdentity } from './bot-identity.js';
import { listenToActions } from './listeners/actions.js';
import { listenToCommand } from './listeners/command.js';
import { listenToHome } from './listeners/home.js';
import { listenToMessages } from './listeners/messages.js';
import { SlackTurns } from './slack-turns.js';
import { errorSummary } from './user-profiles.js';

/** Everything the Slack adapter needs; the composition root fills it from configuration. */
export interface SlackAdapterOptions {
  botToken: string;
  /** HTTP mode: verifies every request's signature. */
  signingSecret?: string;
  /** Socket Mode when set. */
  appToken?: string;
  /** SLACK_API_URL → WebClient slackApiUrl (GovSlack, a local server); must end with '/'. */
  apiUrl?: string;
  /** HTTP mode listener port. */
  port: number;
  handleTurn: TurnHandler;
  logger: Logger;
  /** event_id dedupe (Redis when configured). */
  seen: SeenStore;
  /**
   * State the replicas share: the threads the bot joined, user profiles (Redis when configured;
   * this process's memory by default). Expected not to throw (see createSharedState).
   */
  shared?: SharedState;
  graphVersion: string;
  /** Registered before the adapter's own listeners (e.g. the helpdesk's ticket actions). */
  plugins?: ((app: App) => void)[];
  /** App Home: the user's own open drafts (`slack:<userId>`). */
  listDrafts?: (userId: string) => Promise<TicketDraft[]>;
  defaultLocale?: 'id' | 'en';
  /**
   * HTTP mode: other routes served on the same port (the Telegram webhook when both share PORT,
   * the operations routes).
   */
  customRoutes?: CustomRoute[];
}

/** The HTTP path Slack posts events, interactivity and slash commands to. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** Web API client settings: a few retries with backoff, and rate limits waited out, not thrown. */
export function webClientOptions(apiUrl: string | undefined): WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 10_000, randomize: true },
    rejectRateLimitedCalls: false,
    timeout: 15_000,
  };
}

/** A Socket Mode receiver and the state of its socket (`connected`, `reconnecting`, …). */
function socketReceiver(appToken: string, logger: ReturnType<typeof boltLogger>, clientOptions: WebClientOptions) {
  const receiver = new SocketModeReceiver({
    appToken, logger, logLevel: LogLevel.INFO,
    // As Bolt does: apps.connections.open goes to SLACK_API_URL too.
    installerOptions: { clientOptions },
  });
  const watched = { receiver, state: 'not connected' };
  for (const state of ['connected', 'disconnected', 'reconnecting'] as const) receiver.client.on(state, () => { watched.state = state; });
  return watched;
}

/** Builds the Slack adapter (not yet connected; call `start`). */
export function createSlackAdapter(options: SlackAdapterOptions): Adapter & Notifier & { readonly app: App; health(): ChannelHealth } {
  const logger = options.logger.child({ channel: 'slack' });
  const socketMode = Boolean(options.appToken);
  if (!socketMode && !options.signingSecret) {
    throw new Error('Slack: set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) next to SLACK_BOT_TOKEN');
  }
  const slackLogger = boltLogger(logger);
  const clientOptions = webClientOptions(options.apiUrl);
  // The client the adapter posts with (also set as `app.client`, which Bolt builds without a token here).
  const client = new WebClient(options.botToken, { ...clientOptions, logger: slackLogger });
  // Optional look-ups (auth.test, users.info): no retries and a short timeout, so a failure costs no time.
  const lookups = new WebClient(options.botToken, { ...clientOptions, retryConfig: { retries: 0 }, timeout: 3000, logger: slackLogger });
  const identity = new BotIdentity(lookups, options.botToken, logger);
  // Built here rather than by Bolt (`socketMode: true`) to see the socket's state (readiness).
  const socket = options.appToken ? socketReceiver(options.appToken, slackLogger, clientOptions) : undefined;
  const app = new App({
    // `authorize` instead of `token`: Bolt would otherwise refuse to start, or drop events,
    // whenever auth.test fails; the identity is looked up (and cached) by BotIdentity instead.
    authorize: identity.authorize,
    logger: slackLogger,
    clientOptions,
    deferInitialization: true,
    // Bolt's conversation store is an in-process map per channel that nothing here reads; the
    // conversation lives in the session store, shared by the replicas.
    convoStore: false,
    receiver: socket?.receiver ?? new HTTPReceiver({
      signingSecret: options.signingSecret ?? '',
      endpoints: SLACK_EVENTS_PATH,
      port: options.port,
      ...(options.customRoutes?.length ? { customRoutes: options.customRoutes } : {}),
      processBeforeResponse: false,
      logger: slackLogger,
    }),
  });

  // `app.client` is what plugins (e.g. the helpdesk board) post with outside listeners.
  app.client = client;

  const turns = new SlackTurns({
    client,
    lookupClient: lookups,
    logger,
    handleTurn: options.handleTurn,
    seen: options.seen,
    ...(options.shared ? { shared: options.shared } : {}),
    graphVersion: options.graphVersion,
    defaultLocale: options.defaultLocale ?? 'id',
  });

  app.error(async (error) => {
    logger.error({ err: errorSummary(error) }, 'slack listener error');
  });
  for (const plugin of options.plugins ?? []) plugin(app);
  listenToMessages(app, turns, new ActiveThreads(options.shared ? { shared: options.shared } : {}));
  listenToActions(app, turns);
  listenToCommand(app, turns);
  listenToHome(app, turns, options.listDrafts);

  let started = false;
  return {
    name: 'slack',
    channel: 'slack',
    app,
    async start() {
      await identity.verify();
      await app.init();
      if (socketMode) await app.start();
      else await app.start(options.port);
      started = true;
      logger.info({ mode: socketMode ? 'socket' : 'http', ...(socketMode ? {} : { port: options.port, path: SLACK_EVENTS_PATH }) }, 'slack adapter started');
    },
    health(): ChannelHealth {
      if (!started) return { ok: false, reason: 'not started' };
      if (socket && socket.state !== 'connected') return { ok: false, reason: `socket mode ${socket.state}` };
      return { ok: true };
    },
    async stop() {
      if (started) {
        started = false;
        await app.stop();
      }
      await turns.queue.drain();
      logger.info('slack adapter stopped');
    },
    async notify(userId: string, outputs: Outbound[]) {
      const user = userId.replace(/^slack:/, '');
      const { teamId = 'T' } = await identity.get();
      await turns.send(await turns.dmWith(teamId, user), outputs);
    },
  };
}
