/** Bot uploads use the external upload API (three steps), never the retired files.upload. */
import { WebClient } from '@slack/web-api';
import { afterEach, describe, expect, it } from 'vitest';
import { uploadFile } from '../../../src/adapters/slack/upload.js';
import { FakeSlackApi } from '../../support/fake-slack-api.js';

let api: FakeSlackApi | undefined;
afterEach(async () => {
  await api?.stop();
  api = undefined;
});

describe('Slack uploads', () => {
  it('gets an upload URL, sends the bytes there, and completes the upload in the thread', async () => {
    api = await new FakeSlackApi('xoxb-up').start();
    const client = new WebClient('xoxb-up', { slackApiUrl: api.url, retryConfig: { retries: 0 } });
    const id = await uploadFile(client, { channel: 'C1', threadTs: '10.1', filename: 'tiket.txt', content: 'Ringkasan tiket', title: 'Tiket', comment: 'Draf tiket' });
    expect(api.calls.map((c) => c.method)).toEqual(['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
    expect(api.callsOf('files.getUploadURLExternal')[0]).toMatchObject({ filename: 'tiket.txt', length: '15' });
    // The client sends the bytes as multipart form data, as Slack's upload URL expects.
    expect(String(api.callsOf('upload')[0]?.body)).toContain('Ringkasan tiket');
    expect(api.callsOf('files.completeUploadExternal')[0]).toMatchObject({ channel_id: 'C1', thread_ts: '10.1', initial_comment: 'Draf tiket' });
    expect(id).toMatch(/^FUP/);
    expect(api.callsOf('files.upload')).toHaveLength(0);
  });
});
