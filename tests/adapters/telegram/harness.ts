/** Builds a Telegram adapter against the local fake Bot API, for the adapter tests. */
import { pino } from 'pino';
import { MemorySeenStore } from '../../../src/adapters/dedupe.js';
import { createTelegramAdapter, type TelegramAdapterOptions } from '../../../src/adapters/telegram/index.js';
import type { TurnHandler } from '../../../src/dialogs/turn.js';
import { FAKE_BOT, FAKE_TOKEN, FakeTelegramApi } from '../../support/fake-telegram-api.js';
import { GRAPH_VERSION } from './scripted-turns.js';

export interface Harness {
  fake: FakeTelegramApi;
  adapter: ReturnType<typeof createTelegramAdapter>;
  logs: string[];
  close(): Promise<void>;
}

/** Starts a fake API and an adapter talking to it (polling unless `webhook` is given). */
export async function startHarness(
  handleTurn: TurnHandler,
  extra: Partial<TelegramAdapterOptions> = {},
  prepare?: (fake: FakeTelegramApi) => void,
): Promise<Harness> {
  const fake = await FakeTelegramApi.start();
  prepare?.(fake);
  const logs: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) });
  const adapter = createTelegramAdapter({
    token: FAKE_TOKEN,
    apiRoot: fake.apiRoot,
    handleTurn,
    logger,
    seen: new MemorySeenStore(),
    graphVersion: GRAPH_VERSION,
    botInfo: FAKE_BOT,
    ...extra,
  });
  await adapter.start();
  return {
    fake,
    adapter,
    logs,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}
