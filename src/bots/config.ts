/**
 * Process configuration from the environment (names fixed by the design contract), checked
 * with zod at start-up: a bad value stops the process with a message naming the variable.
 */
import { z } from 'zod';

const optionalText = z.string().trim().min(1).optional();
const idList = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0));
const httpUrl = z.string().url().refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL').optional();

/** Every configuration name of the contract. */
const ConfigFields = z.object({
    TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[\w-]+$/, 'looks like "123456:ABC..." from @BotFather').optional(),
    TELEGRAM_API_ROOT: httpUrl,
    // Telegram itself only calls https URLs; http is accepted for a local Bot API server or test rig.
    TELEGRAM_WEBHOOK_URL: httpUrl,
    TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, '1-256 characters A-Z a-z 0-9 _ -').optional(),
    SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'a bot token starts with xoxb-').optional(),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'an app-level token starts with xapp-').optional(),
    SLACK_API_URL: httpUrl,
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // Health and metrics on a listener of their own (otherwise they share PORT; see ops-placement.ts).
    OPS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DEFAULT_LOCALE: z.enum(['id', 'en']).default('id'),
    HELPDESK_TELEGRAM_CHAT_ID: z.string().regex(/^-?\d+$/, 'a numeric chat id').optional(),
    HELPDESK_SLACK_CHANNEL: optionalText,
    HELPDESK_TELEGRAM_USER_IDS: idList,
    HELPDESK_SLACK_USER_IDS: idList,
});

/** Every configuration name of the contract, with the rules that span several names. */
export const ConfigSchema = ConfigFields.superRefine((c, ctx) => {
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'required with TELEGRAM_WEBHOOK_URL' });
    }
    if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'Slack needs SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)' });
    }
    // PORT + 1 is the Telegram webhook's own listener when Slack's HTTP mode holds PORT.
    const webhookMoved = Boolean(c.TELEGRAM_BOT_TOKEN && c.TELEGRAM_WEBHOOK_URL && c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN);
    if (c.OPS_PORT !== undefined && (c.OPS_PORT === c.PORT || (webhookMoved && c.OPS_PORT === c.PORT + 1))) {
      ctx.addIssue({ code: 'custom', path: ['OPS_PORT'], message: `must differ from the channels' port ${c.OPS_PORT}; leave it unset to serve health and metrics on PORT` });
    }
  });
export type Config = z.infer<typeof ConfigSchema>;

/** A configuration problem; the message lists every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and checks the configuration; empty variables count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const names = Object.keys(ConfigFields.shape);
  const picked = Object.fromEntries(names.map((n) => [n, env[n] === '' ? undefined : env[n]]));
  const parsed = ConfigSchema.safeParse(picked);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}

/** Whether PORT was given (not the default): the terminal chat listens only when asked to. */
export function portGiven(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env['PORT'] || env['OPS_PORT']);
}

/** Which channels the configuration starts. */
export function configuredChannels(config: Config): Array<'telegram' | 'slack'> {
  const channels: Array<'telegram' | 'slack'> = [];
  if (config.TELEGRAM_BOT_TOKEN) channels.push('telegram');
  if (config.SLACK_BOT_TOKEN) channels.push('slack');
  return channels;
}
