import { freePort } from '../../../../src/bench/redis-server.js';
import { afterEach, describe, expect, it } from 'vitest';
import { textUpdate } from '../../../support/fake-telegram-api.js';
import { startHarness, type Harness } from '../harness.js';
import { scriptedTurns } from '../scripted-turns.js';

const SECRET = 'webhook-secret-0123456789';
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});


async function startWebhook(turns: ReturnType<typeof scriptedTurns>): Promise<{ url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/telegram/hook`;
  harness = await startHarness(turns, { webhook: { url, secret: SECRET, port, host: '127.0.0.1' } });
  return { url };
}

const post = (url: string, body: unknown, secret?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret !== undefined ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('Telegram adapter, webhook mode', () => {
  it('registers the webhook with the secret and answers a good request', async () => {
    const turns = scriptedTurns();
    const { url } = await startWebhook(turns);
    const { fake } = harness!;
    expect(fake.callsOf('setWebhook')[0]?.payload).toMatchObject({ url, secret_token: SECRET, allowed_updates: ['message', 'callback_query'] });
    expect(fake.callsOf('getUpdates')).toHaveLength(0);
    const res = await post(url, { update_id: 1, ...textUpdate('halo') }, SECRET);
    expect(res.status).toBe(200);
    await fake.waitFor(() => fake.sentTexts().length === 1);
    expect(fake.sentTexts()).toEqual(['Anda menulis: halo']);
  });

  it('refuses a bad or missing secret with 401 and never runs the handler', async () => {
    const turns = scriptedTurns();
    const { url } = await startWebhook(turns);
    expect((await post(url, { update_id: 2, ...textUpdate('halo') }, 'wrong-secret')).status).toBe(401);
    expect((await post(url, { update_id: 3, ...textUpdate('halo') }, `${SECRET}x`)).status).toBe(401);
    expect((await post(url, { update_id: 4, ...textUpdate('halo') })).status).toBe(401);
    expect((await post(url.replace('/hook', '/other'), { update_id: 5, ...textUpdate('halo') }, 'wrong')).status).toBe(401);
    expect((await post(url, 'not json', SECRET)).status).toBe(400);
    await new Promise((r) => setTimeout(r, 100));
    expect(turns.calls).toHaveLength(0);
    expect(harness!.fake.sentTexts()).toHaveLength(0);
  });

  it('answers a redelivered update once', async () => {
    const turns = scriptedTurns();
    const { url } = await startWebhook(turns);
    const update = { update_id: 10, ...textUpdate('halo') };
    expect((await post(url, update, SECRET)).status).toBe(200);
    expect((await post(url, update, SECRET)).status).toBe(200);
    await harness!.fake.waitFor(() => harness!.fake.sentTexts().length === 1);
    await new Promise((r) => setTimeout(r, 150));
    expect(harness!.fake.sentTexts()).toHaveLength(1);
    expect(turns.calls).toHaveLength(1);
  });

  it('answers Telegram at once and keeps one chat in order while the work runs off the request', async () => {
    // The first turn is held until we release it: its 200 must not wait for it, and the second
    // turn of the same chat must still come after it.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const turns = scriptedTurns({ gate: (input) => (input.type === 'text' && input.text === 'satu' ? held : undefined) });
    const { url } = await startWebhook(turns);
    expect((await post(url, { update_id: 20, ...textUpdate('satu') }, SECRET)).status).toBe(200);
    expect((await post(url, { update_id: 21, ...textUpdate('dua') }, SECRET)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    expect(turns.calls).toHaveLength(1);
    expect(harness!.fake.sentTexts()).toHaveLength(0);
    release();
    await harness!.fake.waitFor(() => harness!.fake.sentTexts().length === 2);
    expect(harness!.fake.sentTexts()).toEqual(['Anda menulis: satu', 'Anda menulis: dua']);
  });

  it('waits for work in flight on stop', async () => {
    const { url } = await startWebhook(scriptedTurns({ delayMs: () => 300 }));
    expect((await post(url, { update_id: 30, ...textUpdate('pelan') }, SECRET)).status).toBe(200);
    await harness!.adapter.stop();
    expect(harness!.fake.sentTexts()).toEqual(['Anda menulis: pelan']);
  });
});
