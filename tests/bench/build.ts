/**
 * How the benchmark loads the engine. By default each suite is bundled with esbuild first, as the
 * extension's build compiles the engine: plain functions. Under tsx (`BENCH_LOADER=tsx`) every
 * arrow function and function expression is wrapped at creation to keep its name (tsx's
 * `keepNames`), which no shipped build does; the verifier creates dozens per claim it reads, and
 * under tsx that wrapping alone took about a fifth of a check with 10k claims.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

export type Loader = 'bundle' | 'tsx';

export function benchLoader(): Loader {
  const wanted = process.env.BENCH_LOADER ?? 'bundle';
  if (wanted !== 'bundle' && wanted !== 'tsx')
    throw new Error(`BENCH_LOADER must be bundle or tsx, not ${wanted}`);
  return wanted;
}

// A bundle has one import.meta; each module keeps the one of the file it was written in.
const ownImportMeta: Plugin = {
  name: 'own-import-meta',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(path, 'utf8');
      return {
        contents: source
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(path)))
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
        loader: 'ts',
      };
    });
  },
};

/** Bundles `entry` (packages stay imports) into `outDir`; returns the bundle's path. */
export async function bundle(entry: string, outDir: string, root: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const out = join(
    outDir,
    `${relative(root, entry).replace(/[\\/]/g, '_').replace(/\.ts$/, '')}.mjs`,
  );
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [ownImportMeta],
    logLevel: 'error',
  });
  return out;
}
