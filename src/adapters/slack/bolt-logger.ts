/**
 * Bolt and the Web API client speak `@slack/logger`'s interface; this routes them into the
 * app's pino logger (structured, one place for levels) and masks anything that looks like a
 * Slack token on the way, in case a library ever prints one.
 */
import { format } from 'node:util';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

const TOKEN = /\bx(?:ox[abposre]|app)-[A-Za-z0-9-]+/g;

/** Replaces Slack tokens (`xoxb-…`, `xapp-…`, …) with a marker. */
export function maskTokens(text: string): string {
  return text.replace(TOKEN, (token) => `${token.slice(0, 5)}[redacted]`);
}

/** A `@slack/logger` Logger writing to `logger` (library chatter one level quieter than ours). */
export function boltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  const write = (method: 'debug' | 'info' | 'warn' | 'error', args: unknown[]): void => {
    logger[method]({ lib: 'slack' }, maskTokens(format(...args)));
  };
  return {
    debug: (...args: unknown[]) => write('debug', args),
    info: (...args: unknown[]) => write('debug', args),
    warn: (...args: unknown[]) => write('warn', args),
    error: (...args: unknown[]) => write('error', args),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {
      /* pino child bindings already name the component */
    },
  };
}
