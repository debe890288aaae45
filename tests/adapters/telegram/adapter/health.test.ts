/**
 * The Telegram adapter's readiness: connected once started and polling; not ready, with the
 * reason, when getUpdates fails (another process polls the same bot: 409) — against the fake
 * Bot API over real HTTP.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness.js';
import { scriptedTurns } from '../scripted-turns.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('Telegram adapter health', () => {
  it('is ready while long polling works, and says why not once getUpdates fails', async () => {
    harness = await startHarness(scriptedTurns());
    const { adapter, fake } = harness;
    await fake.waitFor(() => fake.callsOf('getUpdates').length > 0, 5000, 'the first poll');
    expect(adapter.health()).toEqual({ ok: true });
    fake.failNext('getUpdates', { error_code: 409, description: 'Conflict: terminated by other getUpdates request' }, 50);
    const deadline = Date.now() + 5000;
    while (adapter.health().ok && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    const health = adapter.health();
    expect(health.ok).toBe(false);
    expect(health.ok ? '' : health.reason).toMatch(/getUpdates|polling stopped/);
  });

  it('is not ready before start and after stop', async () => {
    harness = await startHarness(scriptedTurns());
    await harness.adapter.stop();
    expect(harness.adapter.health()).toEqual({ ok: false, reason: 'not started' });
  });
});
