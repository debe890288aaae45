/**
 * Bolt and the Web API client speak `@slack/logger`'s interface; this routes them into the
 * app's pino logger (structured, one place for levels). On the way it drops request/response
 * bodies (the Web API client prints whole messages at debug level, and messages carry NIP,
 * NIK and e-mail addresses), masks NIP/NIK-like digit runs and anything that looks like a
 * Slack token, in case a library ever prints one.
 */
import { format } from 'node:util';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

const TOKEN = /\bx(?:ox[abposre]|app)-[A-Za-z0-9-]+/g;

const BODY_LINE = /^(http request body|http request result|http response body)[^:]*:/i;
const ID_NUMBER = /\b(\d{4})\d{8,}(\d{2})\b/g;

/** Replaces Slack tokens (`xoxb-…`, `xapp-…`, …) with a marker and masks NIP/NIK-like numbers. */
export function maskTokens(text: string): string {
  return text.replace(TOKEN, (token) => `${token.slice(0, 5)}[redacted]`).replace(ID_NUMBER, '$1********$2');
}

/** One library log line, made safe to keep. */
export function safeLine(text: string): string {
  const body = BODY_LINE.exec(text);
  return body ? `${body[0]} [omitted]` : maskTokens(text);
}

/** A `@slack/logger` Logger writing to `logger` (library chatter one level quieter than ours). */
export function boltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  const write = (method: 'debug' | 'info' | 'warn' | 'error', args: unknown[]): void => {
    // The libraries log every request at debug level; formatting and masking a line pino then
    // drops cost more than the line, so only lines the level lets through are made.
    if (!logger.isLevelEnabled(method)) return;
    logger[method]({ lib: 'slack' }, safeLine(format(...args)));
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
