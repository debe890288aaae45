import { describe, expect, it } from 'vitest';
import { BOT_COMMANDS, localeFromLanguageCode, text } from '../../../src/adapters/telegram/texts.js';

describe('adapter texts', () => {
  it('is Indonesian unless the user speaks English', () => {
    expect(localeFromLanguageCode(undefined)).toBe('id');
    expect(localeFromLanguageCode('en')).toBe('en');
    expect(localeFromLanguageCode('en-US')).toBe('en');
    expect(localeFromLanguageCode('de')).toBe('id');
    expect(localeFromLanguageCode('de', 'en')).toBe('en');
    expect(localeFromLanguageCode('id')).toBe('id');
  });

  it('has every text and command in both languages', () => {
    expect(text('apology', 'en')).toMatch(/sorry/i);
    expect(BOT_COMMANDS.id.map((c) => c.command)).toEqual(BOT_COMMANDS.en.map((c) => c.command));
  });
});
