/** The helpdesk view's short action codes (Telegram's callback data, which a client can forge). */
import { describe, expect, it } from 'vitest';
import { ACTION_CODE, actionOfCode } from '../../../src/dialogs/helpdesk/index.js';

describe('actionOfCode', () => {
  it('reads back every code it writes', () => {
    for (const [kind, code] of Object.entries(ACTION_CODE)) expect(actionOfCode(code)).toBe(kind);
  });

  it.each(['', 'z', 'claim', 'constructor', '__proto__', 'toString'])('%j is no action', (code) => {
    expect(actionOfCode(code)).toBeUndefined();
  });
});
