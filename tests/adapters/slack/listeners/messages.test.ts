/**
 * Where the bot answers, end to end over signed HTTP: a whole DM conversation (menu, button
 * press, validation, personal data, screenshot), a channel mention answered in its thread with
 * follow-ups without a mention, and what it must ignore.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { channelMessage, dmMessage, pressPayload, startHarness, type Harness } from '../harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const posts = (h: Harness) => h.api.posted();
const lastPost = (h: Harness) => posts(h).at(-1) ?? {};

describe('Slack DM conversation', () => {
  it('runs menu → press → NIP → screenshot to a ticket, in the DM', async () => {
    const h = (harness = await startHarness());
    h.api.files.set('F1', { id: 'F1', name: 'galat.png', mimetype: 'image/png', size: 2048, permalink: 'https://test.slack.com/files/U1/F1/galat.png' });

    await h.event(dmMessage('U1', 'mulai', '1.1'), 'Ev1');
    await h.api.waitFor((api) => api.posted().length === 1, 'the menu');
    const menu = lastPost(h);
    expect(menu).toMatchObject({ channel: 'DU1', text: 'Halo! Pilih topik bantuan:' });
    expect(menu.thread_ts).toBeUndefined();
    const blocks = menu.blocks as { type: string; text?: { text: string }; elements?: Record<string, unknown>[] }[];
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'Halo! Pilih *topik* bantuan:' } });
    expect(blocks[1]?.elements).toEqual([
      expect.objectContaining({ action_id: 'ds.b.0', value: 'v1|abcdef|topic:login' }),
      expect.objectContaining({ action_id: 'ds.b.1', value: 'v1|abcdef|topic:forgot-password' }),
      expect.objectContaining({ action_id: 'ds.link.2', url: 'https://example.test/panduan?a=1&b=2' }),
    ]);

    const press = await h.interaction(pressPayload(menu, 'Lupa password', 'U1'));
    expect(press.status).toBe(200);
    await h.api.waitFor((api) => api.posted().length === 2, 'the NIP prompt');
    const update = h.api.callsOf('chat.update')[0] ?? {};
    expect(update).toMatchObject({ channel: 'DU1', ts: menu.ts });
    expect(JSON.stringify(update.blocks)).toContain('Dipilih: *Lupa password*');
    expect((update.blocks as { type: string }[]).some((b) => b.type === 'actions')).toBe(false);
    expect(lastPost(h)).toMatchObject({ channel: 'DU1', text: 'Ketik NIP Anda (18 digit).' });

    await h.event(dmMessage('U1', '123', '1.2'), 'Ev2');
    await h.api.waitFor((api) => api.posted().length === 3, 'the validation answer');
    expect(lastPost(h).text).toBe('NIP harus 18 digit angka. Coba lagi.');

    await h.event(dmMessage('U1', '198001012006041001', '1.3'), 'Ev3');
    await h.api.waitFor((api) => api.posted().length === 4, 'NIP recorded');
    // In a DM, personal outputs are ordinary messages (only the user is there); both outputs in one message.
    expect(lastPost(h)).toMatchObject({ method: 'chat.postMessage', text: 'NIP 198001012006041001 tercatat.\n\nKirim tangkapan layar pesan galat.' });
    // The guide now waits for a screenshot: a Slack hint on how to attach one closes the message.
    const hint = (lastPost(h).blocks as { type: string }[]).at(-1);
    expect(hint).toMatchObject({ type: 'context' });
    expect(JSON.stringify(hint)).toContain('Lampirkan gambar');

    const share = dmMessage('U1', 'ini screenshotnya', '1.4', { subtype: 'file_share', files: [{ id: 'F1', file_access: 'check_file_info' }] });
    await h.event(share, 'Ev4');
    await h.api.waitFor((api) => api.posted().length === 5, 'the ticket');
    expect(h.api.callsOf('files.info')[0]).toMatchObject({ file: 'F1' });
    expect(h.calls.at(-1)?.input).toEqual({
      type: 'photo',
      file: { ref: 'F1', name: 'galat.png', mime: 'image/png', size: 2048, permalink: 'https://test.slack.com/files/U1/F1/galat.png' },
    });
    const ticket = JSON.stringify(lastPost(h).blocks);
    expect(ticket).toContain('Draf tiket layanan 15.1');
    expect(ticket).toContain('Lupa password AMS &lt;urgent&gt; &amp; terkunci');
    expect(ticket).not.toContain('198001012006041001');
    expect(h.calls.every((c) => c.key === 'slack:T1:DU1' && c.meta.userId === 'slack:U1')).toBe(true);
  });

  it('maps a shared non-image file to a document, faithfully', async () => {
    const h = (harness = await startHarness());
    const file = { id: 'F2', name: 'log.pdf', mimetype: 'application/pdf', size: 10, permalink: 'https://test.slack.com/files/U1/F2/log.pdf' };
    await h.event(dmMessage('U1', '', '2.1', { subtype: 'file_share', files: [file] }), 'Ev5');
    await h.api.waitFor((api) => api.posted().length === 1, 'the answer');
    expect(h.calls[0]?.input).toEqual({ type: 'document', file: { ref: 'F2', name: 'log.pdf', mime: 'application/pdf', size: 10, permalink: file.permalink } });
    expect(lastPost(h).text).toBe('Mohon kirim gambar (PNG/JPG), bukan dokumen.');
    expect(h.api.callsOf('files.info')).toHaveLength(0);
  });

  it('gives the engine what the user typed, not Slack formatting', async () => {
    const h = (harness = await startHarness());
    await h.event(dmMessage('U1', 'a &amp; b &lt;x&gt; <mailto:budi@kemenkeu.go.id|budi@kemenkeu.go.id> <https://sso.kemenkeu.go.id|sso.kemenkeu.go.id>', '3.1'), 'Ev6');
    await h.api.waitFor((api) => api.posted().length === 1, 'the answer');
    expect(h.calls[0]?.input).toEqual({ type: 'text', text: 'a & b <x> budi@kemenkeu.go.id sso.kemenkeu.go.id' });
    // …and what it answers is escaped again for Slack.
    expect(JSON.stringify(lastPost(h).blocks)).toContain('a &amp; b &lt;x&gt;');
  });

  it('survives huge and emoji-only messages, answering within Slack limits', async () => {
    const h = (harness = await startHarness());
    const huge = 'panjang '.repeat(6000);
    await h.event(dmMessage('U1', huge, '5.1'), 'EvHuge');
    await h.event(dmMessage('U1', '🙏🙏 :pray:', '5.2'), 'EvEmoji');
    await h.api.waitFor((api) => api.posted().length === 2, 'both answers');
    const [big, emoji] = posts(h);
    const sections = (big?.blocks as { type: string; text: { text: string } }[]).filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(10);
    expect(sections.length).toBeLessThanOrEqual(50);
    expect(sections.every((b) => b.text.text.length <= 3000)).toBe(true);
    expect(String(big?.text).length).toBeLessThanOrEqual(3000);
    expect(emoji?.text).toBe('Anda menulis: 🙏🙏 :pray:');
  });

  it('ignores bot messages, edits, deletions and empty messages', async () => {
    const h = (harness = await startHarness());
    await h.event(dmMessage('U1', 'dari bot', '4.1', { bot_id: 'BOTHER' }), 'Ev7');
    await h.event(dmMessage('U1', 'edit', '4.2', { subtype: 'message_changed' }), 'Ev8');
    await h.event({ type: 'message', subtype: 'message_deleted', channel: 'DU1', channel_type: 'im', ts: '4.3', deleted_ts: '4.1' }, 'Ev9');
    await h.event(dmMessage('U1', '   ', '4.4'), 'Ev10');
    await h.event(dmMessage('U1', 'nyata', '4.5'), 'Ev11');
    await h.api.waitFor((api) => api.posted().length === 1, 'the one real answer');
    await new Promise((r) => setTimeout(r, 150));
    expect(h.calls.map((c) => c.input)).toEqual([{ type: 'text', text: 'nyata' }]);
  });
});

describe('Slack channel thread conversation', () => {
  it('answers a mention in its thread and continues there without a mention', async () => {
    const h = (harness = await startHarness());
    // Slack sends a mention twice: as app_mention and as message.channels; one answer only.
    await h.event({ type: 'app_mention', channel: 'C1', user: 'U2', text: '<@UBOT> mulai', ts: '10.1', event_ts: '10.1', team: 'T1' }, 'EvM1');
    await h.event(channelMessage('U2', '<@UBOT> mulai', '10.1'), 'EvM1b');
    await h.api.waitFor((api) => api.posted().length === 1, 'the menu in the thread');
    await new Promise((r) => setTimeout(r, 100));
    expect(posts(h)).toHaveLength(1);
    const menu = lastPost(h);
    expect(menu).toMatchObject({ channel: 'C1', thread_ts: '10.1', text: 'Halo! Pilih topik bantuan:' });
    expect(h.calls[0]).toMatchObject({ key: 'slack:T1:C1:10.1', input: { type: 'text', text: 'mulai' }, meta: { userId: 'slack:U2' } });

    await h.interaction(pressPayload(menu, 'Lupa password', 'U2'));
    await h.api.waitFor((api) => api.posted().length === 2, 'the NIP prompt');
    expect(h.api.callsOf('chat.update')[0]).toMatchObject({ channel: 'C1', ts: menu.ts });
    expect(lastPost(h)).toMatchObject({ channel: 'C1', thread_ts: '10.1', text: 'Ketik NIP Anda (18 digit).' });

    // A follow-up in the thread, no mention: same conversation. Personal data goes ephemeral.
    await h.event(channelMessage('U2', '198001012006041001', '10.3', '10.1'), 'EvM3');
    await h.api.waitFor((api) => api.posted().length === 4, 'the ephemeral and public replies');
    const [personal, open] = posts(h).slice(2);
    expect(personal).toMatchObject({ method: 'chat.postEphemeral', channel: 'C1', user: 'U2', thread_ts: '10.1', text: 'NIP 198001012006041001 tercatat.' });
    expect(open).toMatchObject({ method: 'chat.postMessage', channel: 'C1', thread_ts: '10.1', text: 'Kirim tangkapan layar pesan galat.' });
    expect(JSON.stringify(open)).not.toContain('198001012006041001');
    expect(new Set(h.calls.map((c) => c.key))).toEqual(new Set(['slack:T1:C1:10.1']));
  });

  it('answers a mention inside an existing thread in that thread', async () => {
    const h = (harness = await startHarness());
    await h.event({ type: 'app_mention', channel: 'C1', user: 'U3', text: '<@UBOT>', ts: '20.5', thread_ts: '20.1', event_ts: '20.5', team: 'T1' }, 'EvT1');
    await h.api.waitFor((api) => api.posted().length === 1, 'the greeting');
    expect(lastPost(h)).toMatchObject({ channel: 'C1', thread_ts: '20.1' });
    // A bare mention opens the conversation like /start.
    expect(h.calls[0]).toMatchObject({ key: 'slack:T1:C1:20.1', input: { type: 'command', command: 'start' } });
  });

  it('stays out of channel chatter and of threads it is not part of', async () => {
    const h = (harness = await startHarness());
    await h.event(channelMessage('U4', 'rapat jam 3', '30.1'), 'EvC1');
    await h.event(channelMessage('U4', 'oke', '30.2', '30.1'), 'EvC2');
    await h.event(channelMessage('U4', 'balasan', '30.3', '30.1', { parent_user_id: 'U5' }), 'EvC3');
    // A thread under the bot's own message counts even without a mention (e.g. after a restart).
    await h.event(channelMessage('U4', 'tentang pesan bot', '31.2', '31.1', { parent_user_id: 'UBOT' }), 'EvC4');
    await h.api.waitFor((api) => api.posted().length === 1, 'the one answer');
    await new Promise((r) => setTimeout(r, 150));
    expect(h.calls.map((c) => c.key)).toEqual(['slack:T1:C1:31.1']);
  });

  it('answers a mention that arrives only as a channel message, once even if app_mention follows', async () => {
    const h = (harness = await startHarness());
    await h.event(channelMessage('U6', '<@UBOT> mulai', '40.1'), 'EvOnly1');
    await h.event({ type: 'app_mention', channel: 'C1', user: 'U6', text: '<@UBOT> mulai', ts: '40.1', event_ts: '40.1', team: 'T1' }, 'EvOnly2');
    await h.api.waitFor((api) => api.posted().length === 1, 'the answer');
    await new Promise((r) => setTimeout(r, 150));
    expect(posts(h)).toHaveLength(1);
    expect(lastPost(h)).toMatchObject({ channel: 'C1', thread_ts: '40.1' });
    // …and the thread is now ours: a follow-up without a mention continues it, also as a broadcast reply.
    await h.event(channelMessage('U6', 'lanjut', '40.2', '40.1', { subtype: 'thread_broadcast' }), 'EvOnly3');
    await h.api.waitFor((api) => api.posted().length === 2, 'the follow-up');
    expect(h.calls.map((c) => c.key)).toEqual(['slack:T1:C1:40.1', 'slack:T1:C1:40.1']);
  });
});

describe('Slack adapter with a sparse Slack', () => {
  it('treats a D-channel message without channel_type as a DM', async () => {
    const h = (harness = await startHarness());
    const event = dmMessage('U1', 'halo', '50.1');
    delete event.channel_type;
    await h.event(event, 'EvSparse1');
    await h.api.waitFor((api) => api.posted().length === 1, 'the answer');
    expect(h.calls[0]?.key).toBe('slack:T1:DU1');
  });

  it('answers without a profile when users.info is unavailable', async () => {
    const h = (harness = await startHarness());
    h.api.failOnce('users.info', { error: 'unknown_method' });
    const started = Date.now();
    await h.event(dmMessage('U1', 'halo', '51.1'), 'EvSparse2');
    await h.api.waitFor((api) => api.posted().length === 1, 'the answer');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(h.calls[0]?.meta).toEqual({ channel: 'slack', userId: 'slack:U1' });
  });
});
