/**
 * The Telegram adapter: a grammY bot wired for ds-helpdesk. Long polling with @grammyjs/runner by
 * default, a webhook receiver when `webhook` is set; dedupe by `update_id`, per-chat order,
 * bounded auto-retry on 429/5xx, and a clean stop that waits for the work in flight.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { autoRetry } from '@grammyjs/auto-retry';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { Bot, Composer, type Context } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { Outbound } from '../../dialogs/messages.js';
import type { TurnHandler } from '../../dialogs/turn.js';
import type { Adapter, ChannelHealth, Notifier } from '../adapter.js';
import type { SeenStore } from '../dedupe.js';
import type { SharedState } from '../shared/index.js';
import { CallbackCodec } from './callback-data.js';
import { dialogHandler } from './dialog-handler.js';
import { FloodLimiter } from './flood-limit.js';
import { renderOutputs } from './render.js';
import { describeError } from './safe-error.js';
import { sendMessages } from './sender.js';
import { BOT_COMMANDS, type TelegramLocale } from './texts.js';
import { startWebhookServer, webhookRequestHandler, type WebhookServer, type WebhookServerOptions } from './webhook-server.js';
import { ChatQueue, WorkTracker } from './work-tracker.js';

/** Options of {@link createTelegramAdapter}. */
export interface TelegramAdapterOptions {
  token: string;
  /** TELEGRAM_API_ROOT: a self-hosted Bot API server (default Telegram's). */
  apiRoot?: string;
  /**
   * Webhook mode when set (TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET, PORT); `routes` are
   * other GET routes its listener serves (the operations routes).
   */
  webhook?: { url: string; secret: string; port: number; host?: string; routes?: WebhookServerOptions['routes'] };
  handleTurn: TurnHandler;
  logger: Logger;
  /** `update_id` dedupe (Redis when configured). */
  seen: SeenStore;
  /**
   * State the replicas share: flood buckets, long button ids (Redis when configured; this
   * process's memory by default). Expected not to throw (see createSharedState).
   */
  shared?: SharedState;
  /** For versioned callback data (stale buttons). */
  graphVersion: string;
  /** Installed before the dialog handler (the helpdesk's actions). */
  plugins?: Composer<Context>[];
  /** Tests: skip `getMe`. */
  botInfo?: UserFromGetMe;
  defaultLocale?: 'id' | 'en';
}

/** How long an `update_id` is remembered (Telegram gives up redelivering well before). */
const DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;
/** The updates we handle; everything else is not even delivered. */
const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/** The ordering key of an update: its chat, or the user's private chat when there is none. */
function chatKey(chatId: number | undefined, fromId: number | undefined): string | undefined {
  return (chatId ?? fromId)?.toString();
}

/** Creates the Telegram adapter; nothing connects until `start()`. */
export function createTelegramAdapter(options: TelegramAdapterOptions): Adapter & Notifier & {
  readonly bot: Bot;
  health(): ChannelHealth;
  /**
   * Webhook mode: the request handler, to mount at the webhook URL's path on another listener on
   * the same port (Slack's HTTP receiver). Undefined in polling mode.
   */
  readonly webhookHandler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
} {
  const logger = options.logger.child({ channel: 'telegram' });
  const bot = new Bot(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot.replace(/\/+$/, '') } } : {}),
  });
  // Bounded: a few retries, short waits; network errors surface instead of retrying forever.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30, rethrowHttpErrors: true }));
  // Long polling is connected while its last getUpdates did not fail (readiness).
  let pollFailure: string | undefined;
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (method !== 'getUpdates') return prev(method, payload, signal);
    try {
      const result = await prev(method, payload, signal);
      pollFailure = result.ok ? undefined : `getUpdates answered ${result.error_code}`;
      return result;
    } catch (error) {
      if (!signal?.aborted) pollFailure = `getUpdates failed: ${describeError(error, options.token)}`;
      throw error;
    }
  });

  const codec = new CallbackCodec(options.graphVersion, undefined, options.shared);
  const defaultLocale: TelegramLocale = options.defaultLocale ?? 'id';
  const inFlight = new WorkTracker();
  const queue = new ChatQueue();
  const scrub = (error: unknown) => describeError(error, options.token);

  // Counted from the very start, so stop() can wait for updates the runner already took.
  bot.use((_ctx, next) => inFlight.track(next()));
  // Order matters: per-chat order first, so the awaits below cannot reorder a chat's updates.
  bot.use(sequentialize((ctx) => chatKey(ctx.chat?.id, ctx.from?.id)));
  bot.use(async (ctx, next) => {
    let first = true;
    try {
      first = await options.seen.firstTime(`tg:${ctx.update.update_id}`, DEDUPE_TTL_MS);
    } catch (error) {
      // Better a rare double answer than a lost message when the dedupe store is down.
      logger.warn({ err: scrub(error) }, 'dedupe store unavailable');
    }
    if (!first) {
      logger.debug({ update: ctx.update.update_id }, 'duplicate update ignored');
      return;
    }
    await next();
  });
  for (const plugin of options.plugins ?? []) bot.use(plugin);
  bot.use(dialogHandler({ handleTurn: options.handleTurn, codec, logger, token: options.token, defaultLocale, flood: new FloodLimiter(options.shared ? { shared: options.shared } : {}) }));
  bot.catch((error) => {
    // The update still counts as handled: Telegram must not redeliver it forever.
    logger.error({ err: scrub(error.error), update: error.ctx.update.update_id }, 'update handling failed');
  });

  let runner: RunnerHandle | undefined;
  let server: WebhookServer | undefined;
  let started = false;

  async function registerCommands(): Promise<void> {
    try {
      await bot.api.setMyCommands(BOT_COMMANDS.id);
      await bot.api.setMyCommands(BOT_COMMANDS.en, { language_code: 'en' });
    } catch (error) {
      logger.warn({ err: scrub(error) }, 'setMyCommands failed; commands still work');
    }
  }

  /** What the webhook does with requests, whichever listener receives them. */
  const webhookHandling = (secret: string) => ({
    secret,
    onRefused: (reason: string) => logger.warn({ reason }, 'webhook request refused'),
    onUpdate: (update: Update) => {
      const chat = update.message?.chat.id ?? update.callback_query?.message?.chat.id;
      const key = chatKey(chat, update.message?.from?.id ?? update.callback_query?.from.id) ?? 'none';
      const work = () => bot.handleUpdate(update).catch((error) => logger.error({ err: scrub(error) }, 'webhook update failed'));
      queue.enqueue(key, work);
    },
  });

  async function startWebhook(webhook: NonNullable<TelegramAdapterOptions['webhook']>): Promise<void> {
    server = await startWebhookServer({
      ...webhookHandling(webhook.secret),
      port: webhook.port,
      ...(webhook.host ? { host: webhook.host } : {}),
      ...(webhook.routes ? { routes: webhook.routes } : {}),
    });
    try {
      await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
    } catch (error) {
      // Keep serving: the webhook may be registered already (or by hand); say loudly that it failed.
      logger.error({ err: scrub(error) }, 'setWebhook failed; Telegram may not deliver updates');
    }
    logger.info({ port: server.port, path: new URL(webhook.url).pathname }, 'telegram webhook mode');
  }

  function startPolling(): void {
    runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true } });
    // Unrecoverable polling errors (token revoked, 409: another process polls) end the runner;
    // report them instead of leaving an unhandled rejection.
    runner.task()?.catch((error: unknown) => logger.error({ err: scrub(error) }, 'telegram polling stopped'));
    logger.info('telegram long polling');
  }

  return {
    name: 'telegram',
    channel: 'telegram',
    bot,
    webhookHandler: options.webhook ? webhookRequestHandler(webhookHandling(options.webhook.secret)) : undefined,
    async start() {
      await bot.init();
      await registerCommands();
      if (options.webhook) await startWebhook(options.webhook);
      else {
        // Polling and a registered webhook exclude each other: switching back means deleting it.
        await bot.api.deleteWebhook().catch((error) => logger.warn({ err: scrub(error) }, 'deleteWebhook failed; polling anyway'));
        startPolling();
      }
      started = true;
    },
    health(): ChannelHealth {
      if (!started) return { ok: false, reason: 'not started' };
      if (options.webhook) return server ? { ok: true } : { ok: false, reason: 'webhook listener closed' };
      if (!runner?.isRunning()) return { ok: false, reason: 'long polling stopped' };
      return pollFailure ? { ok: false, reason: pollFailure } : { ok: true };
    },
    async stop() {
      started = false;
      if (runner?.isRunning()) await runner.stop();
      runner = undefined;
      await server?.close();
      server = undefined;
      await queue.idle();
      await inFlight.idle();
    },
    async notify(userId, outputs: Outbound[]) {
      const match = /^telegram:(-?\d+)$/.exec(userId);
      if (!match?.[1]) throw new Error(`not a Telegram user id: ${userId}`);
      await inFlight.track(sendMessages(bot.api, Number(match[1]), renderOutputs(outputs, codec, defaultLocale)));
    },
  };
}
