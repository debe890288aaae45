/** The log scan of the fault suite finds what it looks for (so its zero means something). */
import { expect, it } from 'vitest';
import { TYPED, secretValues, secretsIn } from './support/secrets.js';

it('finds each typed secret, every configured secret and any token-shaped string in a log line', () => {
  for (const value of Object.values(secretValues())) expect(secretsIn([`{"msg":"x ${value} y"}`])).not.toEqual([]);
  expect(secretsIn([`{"err":"GET https://api.telegram.org/bot987654:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe"}`])).toHaveLength(1);
  expect(secretsIn(['{"msg":"xoxb-1234-5678-abcdefghij"}'])).toHaveLength(1);
  expect(secretsIn([`{"nip":"${TYPED.nip.slice(0, 4)}******${TYPED.nip.slice(-4)}"}`])).toEqual([]);
});
