import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { decideInbound, parseCommand } from '../../../src/adapters/telegram/inbound.js';
import { documentUpdate, photoUpdate, textUpdate } from '../../support/fake-telegram-api.js';

const msg = (update: Record<string, any>) => update.message as Message;

describe('Telegram message to inbound', () => {
  it('parses commands with bot suffix and arguments', () => {
    expect(parseCommand('/start t_login')).toEqual({ name: 'start', args: 't_login' });
    expect(parseCommand('/Menu@DS_bot')).toEqual({ name: 'menu', bot: 'DS_bot', args: '' });
    expect(parseCommand('halo /start')).toBeUndefined();
  });

  it('maps known commands (and Indonesian aliases), passes unknown ones on as text', () => {
    expect(decideInbound(msg(textUpdate('/batal')), 'ds_bot')).toEqual({ kind: 'turn', input: { type: 'command', command: 'cancel' } });
    expect(decideInbound(msg(textUpdate('/help@ds_bot')), 'ds_bot')).toEqual({ kind: 'turn', input: { type: 'command', command: 'help' } });
    expect(decideInbound(msg(textUpdate('/help@other_bot')), 'ds_bot')).toEqual({ kind: 'ignore' });
    expect(decideInbound(msg(textUpdate('/foo')), 'ds_bot')).toEqual({ kind: 'turn', input: { type: 'text', text: '/foo' } });
    // Names of Object.prototype's members are no commands either.
    for (const name of ['/constructor', '/__proto__', '/tostring']) {
      expect(decideInbound(msg(textUpdate(name)), 'ds_bot')).toEqual({ kind: 'turn', input: { type: 'text', text: name } });
    }
  });

  it('turns a /start deep-link payload into the topic button, and ignores unknown payloads', () => {
    expect(decideInbound(msg(textUpdate('/start t_forgot-password')), 'ds_bot')).toEqual({ kind: 'turn', input: { type: 'button', id: 'topic:forgot-password' } });
    expect(decideInbound(msg(textUpdate('/start t_nope')), 'ds_bot')).toEqual({ kind: 'turn', input: { type: 'command', command: 'start', args: 't_nope' } });
  });

  it('takes the largest photo size by file_id', () => {
    const decision = decideInbound(msg(photoUpdate('BIG')), 'ds_bot');
    expect(decision).toEqual({ kind: 'turn', input: { type: 'photo', file: { ref: 'BIG', mime: 'image/jpeg', size: 200_000 } } });
  });

  it('refuses non-image documents and oversized files', () => {
    expect(decideInbound(msg(documentUpdate('D', 'application/zip')), 'ds_bot')).toEqual({ kind: 'reply', text: 'fileNotImage' });
    expect(decideInbound(msg(documentUpdate('D', 'image/png', { size: 20_000_000 })), 'ds_bot')).toEqual({ kind: 'reply', text: 'fileTooLarge' });
  });

  it('answers stickers and voice notes with a hint and ignores service messages', () => {
    const base = msg(textUpdate('x'));
    const { text: _drop, ...noText } = base;
    expect(decideInbound({ ...noText, sticker: { file_id: 's' } } as unknown as Message, 'ds_bot')).toEqual({ kind: 'reply', text: 'unsupported' });
    expect(decideInbound({ ...noText, new_chat_members: [] } as unknown as Message, 'ds_bot')).toEqual({ kind: 'ignore' });
  });
});
