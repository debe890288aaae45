/**
 * What `/readyz` checks in the bot process: the conversation store answers (a real PING when it
 * is Redis) and every channel that keeps a connection has it.
 */
import type { Adapter } from '../adapters/adapter.js';
import type { SessionStore } from '../dialogs/state/index.js';
import type { ReadinessCheck } from '../ops/readiness.js';

/** The store answers a round trip. */
export function storeCheck(sessions: SessionStore): ReadinessCheck {
  return {
    name: 'store',
    async check() {
      await sessions.ping();
    },
  };
}

/** The channel reports itself connected. */
export function channelCheck(adapter: Adapter): ReadinessCheck {
  return {
    name: adapter.name,
    check() {
      const health = adapter.health?.();
      return health && !health.ok ? health.reason : undefined;
    },
  };
}
