import { describe, expect, it } from 'vitest';
import { mentions, plainFromSlack } from '../../../src/adapters/slack/slack-text.js';

describe('Slack inbound text', () => {
  it('decodes entities and auto-formatting back to what the user typed', () => {
    expect(plainFromSlack('a &amp; b &lt;c&gt;')).toBe('a & b <c>');
    expect(plainFromSlack('<mailto:budi@kemenkeu.go.id|budi@kemenkeu.go.id>')).toBe('budi@kemenkeu.go.id');
    expect(plainFromSlack('<https://sso.kemenkeu.go.id|sso.kemenkeu.go.id>')).toBe('sso.kemenkeu.go.id');
    expect(plainFromSlack('<https://x.test>')).toBe('https://x.test');
    expect(plainFromSlack('<tel:08123|08123>')).toBe('08123');
  });

  it('drops mentions of the bot and keeps other mentions readable', () => {
    expect(plainFromSlack('<@UBOT>   lupa  password', 'UBOT')).toBe('lupa password');
    expect(plainFromSlack('tanya <@U2|sari> dan <#C1|helpdesk> <!here>', 'UBOT')).toBe('tanya @sari dan #helpdesk');
  });

  it('survives emoji-only, empty and odd input', () => {
    expect(plainFromSlack(':tada: 🎉')).toBe(':tada: 🎉');
    expect(plainFromSlack('')).toBe('');
    expect(plainFromSlack('<<>>')).toBe('<>');
  });

  it('detects a mention of a user', () => {
    expect(mentions('hai <@UBOT>', 'UBOT')).toBe(true);
    expect(mentions('hai <@UBOT|ds>', 'UBOT')).toBe(true);
    expect(mentions('hai <@UOTHER>', 'UBOT')).toBe(false);
    expect(mentions(undefined, 'UBOT')).toBe(false);
  });
});
