import { describe, expect, it } from 'vitest';
import { CallbackCodec } from '../../../src/adapters/telegram/callback-data.js';
import { groupMessages } from '../../../src/adapters/telegram/dialog-handler.js';
import type { OutText } from '../../../src/dialogs/messages.js';

const codec = new CallbackCodec('0123456789');
const out = (text: string, personal = false): OutText => ({ type: 'text', text, buttons: [{ id: 'opt:a', label: 'A' }], personal, topic: 'profile' });

describe('what a group sees of a turn', () => {
  it('shows ordinary turns as they are', () => {
    const messages = groupMessages({ outputs: [out('Pilih')], awaiting: { kind: 'choice' }, effects: [] }, 'bot', codec, 'id');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.keyboard).toBeDefined();
  });

  it('drops personal outputs, keeps the rest without keyboards, and links to the private chat', () => {
    const messages = groupMessages({ outputs: [out('NIP 1985 tercatat', true), out('Pilih langkah')], awaiting: { kind: 'choice' }, effects: [] }, 'bot', codec, 'id');
    expect(messages.map((m) => m.html)).toEqual(['Pilih langkah', expect.stringContaining('chat pribadi')]);
    expect(messages[0]?.keyboard).toBeUndefined();
    expect(messages[1]?.keyboard?.inline_keyboard[0]?.[0]).toMatchObject({ url: 'https://t.me/bot?start=t_profile' });
  });

  it('replaces the prompt for personal input by the link', () => {
    const messages = groupMessages({ outputs: [out('Info umum'), out('Tulis NIK Anda')], awaiting: { kind: 'nik', slot: 'nik' }, effects: [] }, 'bot', codec, 'en');
    expect(messages.map((m) => m.html)).toEqual(['Info umum', expect.stringContaining('private chat')]);
  });
});
