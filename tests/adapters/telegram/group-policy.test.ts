import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { deepLink, isAddressedToBot, needsPrivateChat, stripMention } from '../../../src/adapters/telegram/group-policy.js';
import { textUpdate } from '../../support/fake-telegram-api.js';

const bot = { id: 123456, username: 'ds_helpdesk_bot' };
const groupText = (text: string, entities?: any[], replyToBot = false) =>
  textUpdate(text, { chatId: -1, ...(entities ? { entities } : {}), replyToBot }).message as Message;

describe('group policy', () => {
  it('knows when it is addressed', () => {
    expect(isAddressedToBot(groupText('halo semua', []), bot)).toBe(false);
    expect(isAddressedToBot(groupText('@DS_Helpdesk_Bot tolong', [{ type: 'mention', offset: 0, length: 16 }]), bot)).toBe(true);
    expect(isAddressedToBot(groupText('@someone tolong', [{ type: 'mention', offset: 0, length: 8 }]), bot)).toBe(false);
    expect(isAddressedToBot(groupText('/menu@ds_helpdesk_bot'), bot)).toBe(true);
    expect(isAddressedToBot(groupText('/menu'), bot)).toBe(true);
    expect(isAddressedToBot(groupText('/menu@other_bot'), bot)).toBe(false);
    expect(isAddressedToBot(groupText('ya', [], true), bot)).toBe(true);
  });

  it('strips the mention from the question', () => {
    expect(stripMention('@ds_helpdesk_bot  lupa   password', 'ds_helpdesk_bot')).toBe('lupa password');
  });

  it('builds deep links that resume a topic', () => {
    expect(deepLink('ds_helpdesk_bot', 'forgot-password')).toBe('https://t.me/ds_helpdesk_bot?start=t_forgot-password');
    expect(deepLink('ds_helpdesk_bot', 'Bad Topic!')).toBe('https://t.me/ds_helpdesk_bot?start');
  });

  it('sends personal prompts and outputs to the private chat', () => {
    const out = (personal: boolean) => ({ type: 'text' as const, text: 'x', buttons: [], personal });
    expect(needsPrivateChat({ outputs: [out(false)], awaiting: { kind: 'nip', slot: 'nip' }, effects: [] })).toBe(true);
    expect(needsPrivateChat({ outputs: [out(true)], awaiting: { kind: 'free' }, effects: [] })).toBe(true);
    expect(needsPrivateChat({ outputs: [out(false)], awaiting: { kind: 'choice' }, effects: [] })).toBe(false);
  });
});
