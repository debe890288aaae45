/**
 * A Lua script run by its SHA (`EVALSHA`: a few bytes on the wire, no re-hashing in Redis),
 * falling back to `EVAL` when Redis does not know it yet — after a Redis restart its script
 * cache is empty, and `EVAL` loads the script again for the next call.
 */
import { createHash } from 'node:crypto';
import type { RedisClientType } from '@redis/client';

/** A script with its SHA-1, ready to run on any client. */
export interface LuaScript {
  readonly sha: string;
  run(client: RedisClientType, keys: string[], args: string[]): Promise<unknown>;
}

/** Wraps `body` as a {@link LuaScript}. */
export function luaScript(body: string): LuaScript {
  const sha = createHash('sha1').update(body).digest('hex');
  return {
    sha,
    async run(client, keys, args) {
      try {
        return await client.evalSha(sha, { keys, arguments: args });
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
        return client.eval(body, { keys, arguments: args });
      }
    },
  };
}
