/**
 * Turns errors into small log objects without secrets. grammY's network errors can wrap the
 * request URL, and Telegram API URLs contain the bot token, so we log names, codes and messages
 * only, with the token scrubbed from them.
 */
import { GrammyError, HttpError } from 'grammy';

/** A loggable description of `error` that never contains `token`. */
export function describeError(error: unknown, token: string): Record<string, unknown> {
  const scrub = (text: string) => (token ? text.split(token).join('[token]') : text).replace(/bot\d+:[\w-]{20,}/g, 'bot[token]');
  if (error instanceof GrammyError) {
    return { type: 'GrammyError', method: error.method, code: error.error_code, message: scrub(error.description) };
  }
  if (error instanceof HttpError) return { type: 'HttpError', message: scrub(error.message) };
  if (error instanceof Error) return { type: error.name, message: scrub(error.message) };
  return { type: typeof error };
}
