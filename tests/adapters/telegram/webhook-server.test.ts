import { describe, expect, it } from 'vitest';
import { secretMatches, startWebhookServer } from '../../../src/adapters/telegram/webhook-server.js';

describe('webhook receiver', () => {
  it('compares secrets of any length without throwing', () => {
    expect(secretMatches('s3cret', 's3cret')).toBe(true);
    expect(secretMatches('s3cre', 's3cret')).toBe(false);
    expect(secretMatches('', 's3cret')).toBe(false);
    expect(secretMatches(undefined, 's3cret')).toBe(false);
  });

  it('serves a health check and refuses oversized bodies', async () => {
    const updates: unknown[] = [];
    const server = await startWebhookServer({ secret: 's', port: 0, host: '127.0.0.1', onUpdate: (u) => updates.push(u) });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/hook`)).status).toBe(405);
      const big = await fetch(`${base}/hook`, { method: 'POST', headers: { 'x-telegram-bot-api-secret-token': 's' }, body: 'x'.repeat(2_000_000) });
      expect(big.status).toBe(413);
      const notUpdate = await fetch(`${base}/hook`, { method: 'POST', headers: { 'x-telegram-bot-api-secret-token': 's' }, body: '[1]' });
      expect(notUpdate.status).toBe(400);
      expect(updates).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
