import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { boltLogger, maskTokens, safeLine } from '../../../src/adapters/slack/bolt-logger.js';

describe('Slack library logging', () => {
  it('masks tokens and NIP/NIK-like numbers', () => {
    expect(maskTokens('token xoxb-123-456-abc and xapp-1-A1-xyz')).toBe('token xoxb-[redacted] and xapp-[redacted]');
    expect(maskTokens('nip 198001012006041001 nik 3174012345678901 ts 1700000000.000100')).toBe('nip 1980********01 nik 3174********01 ts 1700000000.000100');
  });

  it('drops request and response bodies, which carry whole messages', () => {
    expect(safeLine('http request body: {"text":"NIP saya ..."}')).toBe('http request body: [omitted]');
    expect(safeLine('http request result: {"ok":true}')).toBe('http request result: [omitted]');
  });

  it('writes through pino', () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(line) });
    boltLogger(logger).warn('token', 'xoxb-1-2-3');
    expect(lines.join('')).toContain('xoxb-[redacted]');
    expect(lines.join('')).not.toContain('xoxb-1-2-3');
  });

  it('does not format the lines its level drops', () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const formatted: string[] = [];
    const argument = { [Symbol.for('nodejs.util.inspect.custom')]: () => { formatted.push('yes'); return 'arg'; } };
    const slack = boltLogger(logger);
    slack.debug('http request url', argument);
    slack.info('library chatter, one level quieter', argument);
    expect(formatted).toEqual([]);
    slack.warn('kept', argument);
    expect(formatted).toEqual(['yes']);
    expect(lines.join('')).toContain('kept arg');
  });
});
