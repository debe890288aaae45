/**
 * The value a Slack button carries: `v1|<graph version, 6 chars>|<button id>`. The version lets a
 * press on a message rendered by an older graph be recognised as stale instead of misread.
 */

const VERSION_CHARS = 6;

/** Short form of a graph version as kept in button values. */
export function shortVersion(graphVersion: string): string {
  return graphVersion.slice(0, VERSION_CHARS);
}

/** Encodes a button id (Slack allows 2000 characters; ids are far shorter). */
export function encodeButtonValue(graphVersion: string, buttonId: string): string {
  return `v1|${shortVersion(graphVersion)}|${buttonId}`;
}

/** A decoded press: `fresh` when it was rendered with the current graph. */
export type DecodedPress = { kind: 'fresh'; buttonId: string } | { kind: 'stale'; buttonId?: string };

/** Decodes a value; anything malformed or from another graph version is stale. */
export function decodeButtonValue(value: string | undefined, graphVersion: string): DecodedPress {
  if (!value) return { kind: 'stale' };
  const match = /^v1\|([^|]*)\|(.+)$/s.exec(value);
  if (!match) return { kind: 'stale' };
  const [, version, buttonId] = match as unknown as [string, string, string];
  if (version !== shortVersion(graphVersion)) return { kind: 'stale', buttonId };
  return { kind: 'fresh', buttonId };
}
