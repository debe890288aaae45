/**
 * Coded errors of the session store (matched by `code`, never by message text), and the
 * time bound every store call runs under.
 */

/**
 * Why the store failed: it took too long, it could not be reached, a conversation's lock stayed
 * busy, or the lock expired before the turn was saved (another turn may have taken over).
 */
export type StoreErrorCode = 'STORE_TIMEOUT' | 'STORE_UNAVAILABLE' | 'LOCK_TIMEOUT' | 'LOCK_LOST';

/** The state store could not answer; the user is asked to try again, state is not reset. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(readonly code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Whether `error` is a {@link StoreError}. */
export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}

/** Runs `work` but gives up after `ms` with a STORE_TIMEOUT; other failures become STORE_UNAVAILABLE. */
export async function bounded<T>(what: string, ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreError('STORE_TIMEOUT', `${what} took longer than ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work(), timeout]);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError('STORE_UNAVAILABLE', `${what} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
