import { describe, expect, it } from 'vitest';
import { helpdeskUsersFromEnv, isHelpdeskUser, parseUserIds } from '../../../src/dialogs/helpdesk/auth.js';

describe('helpdesk authorisation', () => {
  it('parses id lists separated by commas, spaces or semicolons', () => {
    expect(parseUserIds(' 123, 456;789  U1 ')).toEqual(['123', '456', '789', 'U1']);
    expect(parseUserIds(undefined)).toEqual([]);
    expect(parseUserIds('')).toEqual([]);
  });

  it('allows a user only on the channel they are listed for', () => {
    const users = helpdeskUsersFromEnv({ HELPDESK_TELEGRAM_USER_IDS: '777', HELPDESK_SLACK_USER_IDS: 'UHELP' });
    expect(isHelpdeskUser(users, { channel: 'telegram', id: '777' })).toBe(true);
    expect(isHelpdeskUser(users, { channel: 'slack', id: '777' })).toBe(false);
    expect(isHelpdeskUser(users, { channel: 'slack', id: 'UHELP' })).toBe(true);
    expect(isHelpdeskUser(helpdeskUsersFromEnv({}), { channel: 'telegram', id: '777' })).toBe(false);
  });
});
