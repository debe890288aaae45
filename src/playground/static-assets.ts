/**
 * The page and its bundle, served from the package (`dist/playground/web/`, written by the build):
 * a fixed list of files, nothing else, so no path in a URL can reach another file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../kb/paths.js';

/** Where the build puts the page. */
export const ASSETS_DIR = join(PACKAGE_ROOT, 'dist', 'playground', 'web');

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/main.js': { file: 'main.js', type: 'text/javascript; charset=utf-8' },
  '/main.js.map': { file: 'main.js.map', type: 'application/json; charset=utf-8' },
  '/main.js.LEGAL.txt': { file: 'main.js.LEGAL.txt', type: 'text/plain; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
  '/style.css.map': { file: 'style.css.map', type: 'application/json; charset=utf-8' },
  '/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
};

/** An asset by URL path, or undefined for anything not in the list. */
export async function readAsset(dir: string, path: string): Promise<{ body: Buffer; type: string } | undefined> {
  const entry = Object.hasOwn(FILES, path) ? FILES[path] : undefined;
  if (!entry) return undefined;
  try {
    return { body: await readFile(join(dir, entry.file)), type: entry.type };
  } catch {
    return undefined;
  }
}
