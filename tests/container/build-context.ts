/**
 * What `docker build .` sends as the build context: the folder's files minus what
 * `.dockerignore` excludes, with Docker's rules (patterns matched against a path and each of its
 * parent folders, `*` and `?` within one path part, `**` across parts, `!` re-includes, the last
 * matching pattern wins).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface Pattern {
  regex: RegExp;
  negated: boolean;
  source: string;
}

/** Reads `.dockerignore` patterns. */
export function parseDockerignore(text: string): Pattern[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'))
    .map((l) => {
      const negated = l.startsWith('!');
      const source = (negated ? l.slice(1) : l).trim().replace(/^\/+/, '').replace(/\/+$/, '');
      return { regex: globToRegex(source), negated, source };
    });
}

function globToRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      i += 1;
      if (glob[i + 1] === '/') {
        i += 1;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Whether `path` (relative, `/`-separated) is excluded from the context. */
export function excluded(patterns: readonly Pattern[], path: string): boolean {
  const parts = path.split('/');
  const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  let out = false;
  for (const p of patterns) if (candidates.some((c) => p.regex.test(c))) out = !p.negated;
  return out;
}

/** Copies the context of `root` into `target`; returns the relative paths copied. */
export function copyBuildContext(root: string, target: string): string[] {
  const patterns = parseDockerignore(readFileSync(join(root, '.dockerignore'), 'utf8'));
  const copied: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        // An excluded folder is walked only if a `!` pattern may re-include something in it.
        if (excluded(patterns, path) && !patterns.some((p) => p.negated && p.source.startsWith(`${path}/`))) continue;
        walk(path);
      } else if (entry.isFile() && !excluded(patterns, path)) {
        mkdirSync(dirname(join(target, path)), { recursive: true });
        cpSync(join(root, path), join(target, path));
        copied.push(path);
      }
    }
  };
  walk('');
  return copied;
}
