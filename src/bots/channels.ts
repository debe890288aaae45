/**
 * Builds the channel adapters the configuration asks for (a channel starts when its tokens are
 * set) and connects each to the helpdesk queue: as the employee's notifier, and as a helpdesk
 * board when HELPDESK_TELEGRAM_CHAT_ID / HELPDESK_SLACK_CHANNEL names a place.
 */
import type { Logger } from 'pino';
import type { Adapter } from '../adapters/adapter.js';
import type { SharedState } from '../adapters/shared/index.js';
import type { CustomRoute } from '@slack/bolt';
import { createSlackAdapter } from '../adapters/slack/index.js';
import { SLACK_EVENTS_PATH } from '../adapters/slack/slack-adapter.js';
import { slackTransportOptions } from '../adapters/slack/config-options.js';
import { registerSlackHelpdesk } from '../adapters/slack/helpdesk/plugin.js';
import { createTelegramAdapter, telegramTransportOptions } from '../adapters/telegram/index.js';
import { createTelegramHelpdesk } from '../adapters/telegram/helpdesk/plugin.js';
import { createTelegramHelpdeskBoard } from '../adapters/telegram/helpdesk/board.js';
import type { OpsRoute } from '../ops/ops-routes.js';
import type { Config } from './config.js';
import type { OpsPlacement } from './ops-placement.js';
import type { BotService } from './service.js';

/** The operations routes and the listener they go on (see ops-placement.ts). */
export interface OpsMount {
  placement: OpsPlacement;
  routes: OpsRoute[];
}

/**
 * The port of the Telegram webhook listener: PORT, or PORT + 1 when Slack's HTTP mode already
 * listens on PORT in the same process (two listeners cannot share one port).
 */
export function telegramWebhookPort(config: Config): number {
  const slackUsesHttp = Boolean(config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN);
  return slackUsesHttp ? config.PORT + 1 : config.PORT;
}

/**
 * Creates (not starts) every configured adapter. `shared` is the state the replicas agree on
 * (dedupe, flood buckets, threads, prompts, post ids): Redis with REDIS_URL, memory otherwise.
 * `ops` routes placed on a channel's listener are handed to that channel.
 */
export function createChannels(config: Config, service: BotService, shared: SharedState, logger: Logger, ops?: OpsMount): Adapter[] {
  const { queue, graph, handleTurn } = service;
  const adapters: Adapter[] = [];
  let telegramWebhook: CustomRoute | undefined;
  const opsOn = (where: OpsPlacement['on']) => (ops?.placement.on === where ? ops.routes : []);

  if (config.TELEGRAM_BOT_TOKEN) {
    const log = logger.child({ channel: 'telegram' });
    const chatId = config.HELPDESK_TELEGRAM_CHAT_ID;
    const transport = telegramTransportOptions({ ...config, TELEGRAM_BOT_TOKEN: config.TELEGRAM_BOT_TOKEN, PORT: telegramWebhookPort(config) });
    if (transport.webhook && opsOn('telegram').length > 0) transport.webhook.routes = opsOn('telegram');
    const telegram = createTelegramAdapter({
      ...transport,
      handleTurn, logger: log, seen: shared, shared, graphVersion: graph.version,
      plugins: chatId ? [createTelegramHelpdesk({ chatId, queue, logger: log })] : [],
    });
    queue.connect({ notifier: telegram });
    if (chatId) queue.connect({ board: createTelegramHelpdeskBoard({ api: telegram.bot.api, chatId, logger: log, shared }) });
    adapters.push(telegram);
    // Also served on Slack's listener at the URL's own path, so a TELEGRAM_WEBHOOK_URL naming
    // PORT works when both channels share it (Telegram's own listener stays on PORT + 1).
    const path = config.TELEGRAM_WEBHOOK_URL ? new URL(config.TELEGRAM_WEBHOOK_URL).pathname : undefined;
    if (telegram.webhookHandler && path && path !== SLACK_EVENTS_PATH) {
      telegramWebhook = { path, method: ['POST', 'GET'], handler: telegram.webhookHandler };
    }
  }

  if (config.SLACK_BOT_TOKEN) {
    const log = logger.child({ channel: 'slack' });
    const channel = config.HELPDESK_SLACK_CHANNEL;
    const customRoutes: CustomRoute[] = [...(telegramWebhook ? [telegramWebhook] : []), ...opsOn('slack')];
    const slack = createSlackAdapter({
      ...slackTransportOptions({ ...config, SLACK_BOT_TOKEN: config.SLACK_BOT_TOKEN }),
      handleTurn, logger: log, seen: shared, shared, graphVersion: graph.version,
      // registerSlackHelpdesk connects its own board to the queue.
      plugins: channel ? [(app) => registerSlackHelpdesk(app, { channel, queue, logger: log, shared })] : [],
      listDrafts: (userId) => queue.listByUser(userId),
      ...(customRoutes.length > 0 ? { customRoutes } : {}),
    });
    queue.connect({ notifier: slack });
    adapters.push(slack);
  }
  return adapters;
}
