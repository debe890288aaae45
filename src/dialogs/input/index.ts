/**
 * What happens to user text before anything looks at it: cleaning (control characters, length,
 * emoji-only), the secret guard (passwords, PINs, OTP codes never kept), the language guess and
 * the text the router sees.
 */
export { MAX_INPUT_CHARS, cleanText, words, type CleanText } from './hygiene.js';
export { SECRET_PLACEHOLDER, guardSecrets, type GuardResult } from './secret-guard.js';
export { detectLocale } from './locale-detect.js';
export { isSecretOnly, withoutPlaceholder } from './routing-text.js';
