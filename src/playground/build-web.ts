/**
 * Builds the playground's page (`npm run build`): bundles `src/playground/web/` with esbuild into
 * `dist/playground/web/` (one script, one stylesheet, the HTML and the icon), so the page loads
 * everything from the package and nothing from a CDN.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PACKAGE_ROOT } from '../kb/paths.js';
import { ASSETS_DIR } from './static-assets.js';

const WEB_SOURCES = join(PACKAGE_ROOT, 'src', 'playground', 'web');

/** Bundles the page; resolves with the milliseconds it took. */
export async function buildPlaygroundPage(outDir: string = ASSETS_DIR): Promise<number> {
  const started = performance.now();
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [join(WEB_SOURCES, 'main.ts'), join(WEB_SOURCES, 'style.css')],
    outdir: outDir,
    entryNames: '[name]',
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await Promise.all(['index.html', 'favicon.svg'].map((f) => copyFile(join(WEB_SOURCES, f), join(outDir, f))));
  return Math.round(performance.now() - started);
}

process.stderr.write(`build-web: playground page -> ${ASSETS_DIR} in ${await buildPlaygroundPage()} ms\n`);
