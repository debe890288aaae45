import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../src/adapters/telegram/safe-error.js';

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('describeError', () => {
  it('keeps method and code of API errors', () => {
    const error = new GrammyError('x', { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }, 'sendMessage', {});
    expect(describeError(error, TOKEN)).toEqual({ type: 'GrammyError', method: 'sendMessage', code: 403, message: 'Forbidden: bot was blocked by the user' });
  });

  it('scrubs the token from any message', () => {
    const error = new Error(`request to https://api.telegram.org/bot${TOKEN}/getMe failed`);
    expect(JSON.stringify(describeError(error, TOKEN))).not.toContain(TOKEN);
    const other = new Error('https://api.telegram.org/bot999:ZYXWVUTSRQPONMLKJIHGFEDCBA/getMe');
    expect(JSON.stringify(describeError(other, TOKEN))).not.toContain('ZYXWVUTSRQ');
    const http = new HttpError(`Network request for 'getMe' failed! bot${TOKEN}`, new Error('inner'));
    expect(JSON.stringify(describeError(http, TOKEN))).not.toContain(TOKEN);
  });
});
