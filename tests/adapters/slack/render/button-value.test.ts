import { describe, expect, it } from 'vitest';
import { decodeButtonValue, encodeButtonValue } from '../../../../src/adapters/slack/render/button-value.js';

describe('Slack button values', () => {
  it('round-trips a button id with the short graph version', () => {
    const value = encodeButtonValue('abcdef123', 'login.intro#ok');
    expect(value).toBe('v1|abcdef|login.intro#ok');
    expect(decodeButtonValue(value, 'abcdef999')).toEqual({ kind: 'fresh', buttonId: 'login.intro#ok' });
  });

  it('keeps ids that contain the separator', () => {
    expect(decodeButtonValue('v1|abcdef|a|b', 'abcdef')).toEqual({ kind: 'fresh', buttonId: 'a|b' });
  });

  it('calls other versions and unreadable values stale', () => {
    expect(decodeButtonValue('v1|000000|topic:login', 'abcdef')).toEqual({ kind: 'stale', buttonId: 'topic:login' });
    expect(decodeButtonValue('topic:login', 'abcdef')).toEqual({ kind: 'stale' });
    expect(decodeButtonValue('v2|abcdef|x', 'abcdef')).toEqual({ kind: 'stale' });
    expect(decodeButtonValue(undefined, 'abcdef')).toEqual({ kind: 'stale' });
    expect(decodeButtonValue('v1|abcdef|', 'abcdef')).toEqual({ kind: 'stale' });
  });
});
