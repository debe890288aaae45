import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { REDACT_PATHS, errorKind, errorLineHooks, maskIdNumbers, maskNik, maskNip } from '../../src/ops/logger.js';

describe('logger', () => {
  it('masks NIP and NIK', () => {
    expect(maskNip('198501012010011001')).toBe('1985******1001');
    expect(maskNik('3171014501850001')).toBe('3171******0001');
    expect(maskNip('12')).toBe('**');
    expect(maskIdNumbers('nip 198501012010011001 nik 3171014501850001')).toBe('nip 1985******1001 nik 3171******0001');
  });

  it('redacts token and password paths at the source', () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const log = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    log.info({ token: 'abc', user: { password: 'Rahasia123!' }, config: { TELEGRAM_BOT_TOKEN: '1:xyz' } }, 'hello');
    const out = lines.join('');
    expect(out).not.toMatch(/abc"|Rahasia123|1:xyz/);
    expect(out).toContain('[redacted]');
  });
});

describe('error lines for the metrics', () => {
  it('tells the kind of every error and fatal line, children included, and nothing below', () => {
    const kinds: string[] = [];
    const sink = new Writable({ write(_chunk, _enc, done) { done(); } });
    const log = pino({ hooks: errorLineHooks((k) => kinds.push(k)) }, sink);
    log.error({ err: 'boom' }, 'state store unavailable');
    log.child({ channel: 'slack' }).error({ lib: 'slack' }, 'some library text 123');
    log.child({ channel: 'telegram' }).fatal('update handling failed');
    log.warn('only a warning');
    log.info('fine');
    expect(kinds).toEqual(['state store unavailable', 'lib:slack', 'update handling failed']);
  });

  it('a throwing counter never stops the line', () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const log = pino({ hooks: errorLineHooks(() => { throw new Error('counter broke'); }) }, sink);
    log.error('still written');
    expect(lines.join('')).toContain('still written');
  });

  it('names a line by its message, or by the error it carries', () => {
    expect(errorKind(['plain'])).toBe('plain');
    expect(errorKind([{ a: 1 }, 'with fields'])).toBe('with fields');
    expect(errorKind([new Error('thrown')])).toBe('thrown');
    expect(errorKind([{ a: 1 }])).toBe('error');
  });
});
