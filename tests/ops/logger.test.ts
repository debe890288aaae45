import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { REDACT_PATHS, maskIdNumbers, maskNik, maskNip } from '../../src/ops/logger.js';

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
