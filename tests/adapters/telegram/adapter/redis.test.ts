/** Dedupe through real Redis: two webhook replicas share one `update_id` check. */
import { pino } from 'pino';
import { afterEach, expect, it } from 'vitest';
import { RedisSeenStore } from '../../../../src/adapters/dedupe.js';
import { createTelegramAdapter } from '../../../../src/adapters/telegram/index.js';
import { FAKE_BOT, FAKE_TOKEN, FakeTelegramApi, textUpdate } from '../../../support/fake-telegram-api.js';
import { freePort } from '../../../../src/bench/redis-server.js';
import { describeRedis, redisUrl } from '../../../support/redis.js';
import { startHarness, type Harness } from '../harness.js';
import { GRAPH_VERSION, scriptedTurns } from '../scripted-turns.js';

const SECRET = 'replica-secret';
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});


describeRedis('Telegram adapter with Redis dedupe', () => {
  it('answers an update delivered to two replicas once', async () => {
    const fake = await FakeTelegramApi.start();
    cleanup.push(() => fake.close());
    const prefix = `tg-test:${process.pid}:${Date.now()}:`;
    const turns = scriptedTurns();
    const urls: string[] = [];
    for (let i = 0; i < 2; i++) {
      const seen = await RedisSeenStore.connect(redisUrl(), prefix);
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/hook`;
      const adapter = createTelegramAdapter({
        token: FAKE_TOKEN, apiRoot: fake.apiRoot, handleTurn: turns, logger: pino({ level: 'silent' }), seen,
        graphVersion: GRAPH_VERSION, botInfo: FAKE_BOT, webhook: { url, secret: SECRET, port, host: '127.0.0.1' },
      });
      await adapter.start();
      cleanup.push(async () => { await adapter.stop(); await seen.close(); });
      urls.push(url);
    }
    const update = JSON.stringify({ update_id: 900, ...textUpdate('halo') });
    const headers = { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET };
    const statuses = await Promise.all(urls.map((url) => fetch(url, { method: 'POST', headers, body: update }).then((r) => r.status)));
    expect(statuses).toEqual([200, 200]);
    await fake.waitFor(() => fake.sentTexts().length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.sentTexts()).toEqual(['Anda menulis: halo']);
    expect(turns.calls).toHaveLength(1);
  });

  it('still answers (and logs) when the dedupe store is unreachable', async () => {
    const seen = await RedisSeenStore.connect(redisUrl(), `tg-test-down:${process.pid}:`);
    await seen.close(); // the store is now down: every check throws
    const harness: Harness = await startHarness(scriptedTurns(), { seen });
    cleanup.push(() => harness.close());
    harness.fake.push(textUpdate('halo'));
    await harness.fake.waitFor(() => harness.fake.sentTexts().length === 1);
    expect(harness.logs.join('')).toContain('dedupe store unavailable');
  });
});
