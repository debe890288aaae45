/**
 * What the fault suite types that must never reach a log line, and the scan that looks for it:
 * passwords, PINs and OTP codes a user pastes by mistake, NIP/NIK in full (masked is fine), the
 * bot tokens, signing and webhook secrets, and the Redis password inside REDIS_URL.
 */
import { SLACK_TOKEN } from '../../e2e/support/strict-slack-api.js';
import { TOKEN } from '../../e2e/support/strict-bot-api.js';
import { SIGNING_SECRET } from '../../e2e/support/slack-driver.js';
import { REDIS_PASSWORD } from './redis-process.js';

export const TYPED = {
  password: 'Kuda#Laut2026',
  otp: '482913',
  pin: '135790',
  nip: '198503122010011001',
  nik: '3171234567890001',
};

/** Messages a user sends that carry the typed secrets and personal numbers. */
export const SECRET_MESSAGES = [
  `lupa password ams, password lama saya ${TYPED.password}`,
  `kode otp ${TYPED.otp} ga masuk2`,
  `pin saya ${TYPED.pin} salah terus`,
  `NIP saya ${TYPED.nip} NIK ${TYPED.nik} tolong dicek`,
];

export const WEBHOOK_SECRET = 'fault_webhook-Secret-77';

/** Every value the scan looks for, by what it is. */
export function secretValues(): Record<string, string> {
  return {
    'typed password': TYPED.password, 'typed OTP': TYPED.otp, 'typed PIN': TYPED.pin,
    'NIP in full': TYPED.nip, 'NIK in full': TYPED.nik,
    'Telegram bot token': TOKEN, 'Telegram token secret part': TOKEN.split(':')[1]!,
    'Slack bot token': SLACK_TOKEN, 'Slack signing secret': SIGNING_SECRET,
    'webhook secret': WEBHOOK_SECRET, 'Redis password': REDIS_PASSWORD,
  };
}

/** Lines of `logs` holding any secret, as `what: line` (empty when clean). */
export function secretsIn(logs: readonly string[]): string[] {
  const values = Object.entries(secretValues());
  const hits: string[] = [];
  for (const line of logs) {
    for (const [what, value] of values) if (line.includes(value)) hits.push(`${what}: ${line.slice(0, 300)}`);
    // Any bot-token shape at all, not only ours.
    if (/(?<!\d)\d{6,}:[A-Za-z0-9_-]{30,}/.test(line) || /xox[abp]-[A-Za-z0-9-]{10,}/.test(line)) hits.push(`token-like: ${line.slice(0, 300)}`);
  }
  return hits;
}
