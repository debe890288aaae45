/**
 * Masks personal numbers (NIK, NIP) where they are not needed in full: logs, helpdesk previews,
 * descriptions. Keeps the first 4 and last 2 digits so staff can still tell records apart.
 */

/** `3173014501900002` → `3173**********02`; short values are masked entirely. */
export function maskDigits(value: string): string {
  const digits = value.replace(/\s+/g, '');
  if (digits.length <= 6) return '*'.repeat(digits.length);
  return `${digits.slice(0, 4)}${'*'.repeat(digits.length - 6)}${digits.slice(-2)}`;
}
