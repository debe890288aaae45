/**
 * Last-resort handlers for the bot process. A promise rejection nobody handled (a bug in some
 * fire-and-forget path, reachable from user input) is logged and the process carries on: every
 * turn already has its own error handling, so one stray rejection must not end everyone's
 * conversations. An exception thrown outside any handler leaves the process in an unknown state:
 * it is logged and the process exits non-zero for its supervisor to restart. Messages are
 * scrubbed of the configured secrets first (a grammY error message can hold the bot token).
 */
import type { Logger } from 'pino';

/** Installs both handlers; `secrets` are cut out of any message before it is logged. */
export function installProcessGuards(logger: Logger, secrets: readonly (string | undefined)[] = []): void {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const scrub = (error: unknown): string => {
    let text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    for (const secret of known) text = text.split(secret).join('[redacted]');
    return text.slice(0, 500);
  };
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: scrub(reason) }, 'unhandled promise rejection; the process carries on');
  });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: scrub(error) }, 'uncaught exception; exiting for the supervisor to restart');
    process.exit(1);
  });
}

/** The secret values of a configuration: tokens, signing and webhook secrets, the Redis password. */
export function configSecrets(config: Record<string, unknown>): string[] {
  const names = ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'];
  const values = names.map((n) => config[n]).filter((v): v is string => typeof v === 'string');
  const token = typeof config['TELEGRAM_BOT_TOKEN'] === 'string' ? config['TELEGRAM_BOT_TOKEN'].split(':')[1] : undefined;
  const redis = typeof config['REDIS_URL'] === 'string' ? safePassword(config['REDIS_URL']) : undefined;
  return [...values, ...(token ? [token] : []), ...(redis ? [redis] : [])];
}

function safePassword(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
