/**
 * The structured logger (pino). Secrets are removed at the source: known token/password paths
 * are censored, NIP/NIK numbers masked with {@link maskNip}/{@link maskNik}. Pretty output only
 * on a TTY; command-line modes log to stderr so stdout stays the JSON-lines contract.
 */
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** Paths that never reach a log line in clear. */
export const REDACT_PATHS = [
  'token', 'password', 'passphrase', 'pin', 'otp', 'secret', 'authorization', 'apiKey',
  '*.token', '*.password', '*.passphrase', '*.pin', '*.otp', '*.secret', '*.authorization',
  'config.TELEGRAM_BOT_TOKEN', 'config.TELEGRAM_WEBHOOK_SECRET', 'config.SLACK_BOT_TOKEN',
  'config.SLACK_SIGNING_SECRET', 'config.SLACK_APP_TOKEN', 'config.REDIS_URL',
  'req.headers.authorization', 'req.headers.cookie', 'headers["x-slack-signature"]',
  'headers["x-telegram-bot-api-secret-token"]',
];

/** Logger settings. */
export interface LoggerOptions {
  level?: string;
  /** `stderr` for command-line modes (stdout carries the contract output). */
  destination?: 'stdout' | 'stderr';
  name?: string;
  /**
   * Told about every error or fatal line, with its message as the kind (library lines: `lib:<name>`),
   * so the metrics count errors by kind without each error path knowing about metrics.
   */
  onErrorLine?: (kind: string) => void;
}

/** pino's numeric level of `error`. */
const ERROR_LEVEL = 50;

/** The kind of an error line: its message (fixed texts in this code base), or its library. */
export function errorKind(args: readonly unknown[]): string {
  const [first, second] = args;
  if (typeof first === 'string') return first;
  const lib = typeof first === 'object' && first !== null ? (first as { lib?: unknown }).lib : undefined;
  // Library lines carry their own (variable) text: count them by library, not by text.
  if (typeof lib === 'string') return `lib:${lib}`;
  if (typeof second === 'string') return second;
  if (first instanceof Error) return first.message;
  return 'error';
}

/** Builds the process logger. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const fd = options.destination === 'stdout' ? 1 : 2;
  const stream = fd === 1 ? process.stdout : process.stderr;
  const base = {
    level: options.level ?? 'info',
    name: options.name ?? 'ds-helpdesk',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(options.onErrorLine ? { hooks: errorLineHooks(options.onErrorLine) } : {}),
  };
  if (stream.isTTY) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { destination: fd, colorize: true } } });
  }
  return pino(base, pino.destination({ fd, sync: true }));
}

/** pino hooks telling `onErrorLine` the kind of every error or fatal line (inherited by children). */
export function errorLineHooks(onErrorLine: (kind: string) => void): NonNullable<pino.LoggerOptions['hooks']> {
  return {
    logMethod(args, method, level) {
      if (level >= ERROR_LEVEL) {
        try {
          onErrorLine(errorKind(args));
        } catch {
          // Counting must never stop a line from being written.
        }
      }
      method.apply(this, args);
    },
  };
}

/** A logger that writes nothing (tests, benchmarks). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

function maskDigits(value: string, length: number): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== length) return value.length > 0 ? '*'.repeat(Math.min(value.length, 8)) : value;
  return `${digits.slice(0, 4)}******${digits.slice(-4)}`;
}

/** Masks an 18-digit NIP for logs: `198501012010011001` → `1985******1001`. */
export function maskNip(nip: string): string {
  return maskDigits(nip, 18);
}

/** Masks a 16-digit NIK for logs: `3171014501850001` → `3171******0001`. */
export function maskNik(nik: string): string {
  return maskDigits(nik, 16);
}

/** Masks every NIP- or NIK-like number inside free text (for log messages that quote users). */
export function maskIdNumbers(text: string): string {
  return text.replace(/\b\d{18}\b/g, maskNip).replace(/\b\d{16}\b/g, maskNik);
}
