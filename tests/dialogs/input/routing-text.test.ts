import { describe, expect, it } from 'vitest';
import { isSecretOnly, withoutPlaceholder } from '../../../src/dialogs/input/routing-text.js';
import { guardSecrets } from '../../../src/dialogs/input/secret-guard.js';

describe('routing text', () => {
  it('drops the secret placeholder and tidies spaces', () => {
    expect(withoutPlaceholder(guardSecrets('pin saya 482916 salah terus').text)).toBe('pin saya salah terus');
    expect(withoutPlaceholder('lupa password ams')).toBe('lupa password ams');
  });

  it('tells a message that is only a secret from a question that contains one', () => {
    expect(isSecretOnly(guardSecrets('kode otp 123456').text)).toBe(true);
    expect(isSecretOnly(guardSecrets('password: Rahasia123!').text)).toBe(true);
    expect(isSecretOnly(guardSecrets('my pin is 482916').text)).toBe(true);
    expect(isSecretOnly(guardSecrets('pin saya 482916 salah terus waktu tte, mau reset pin').text)).toBe(false);
    expect(isSecretOnly('kode otp')).toBe(false);
  });
});
