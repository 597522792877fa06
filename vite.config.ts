import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/**
 * The two content-script files. The every-page script is one classic script (an IIFE, nothing
 * exposed to pages); the checker it loads on relevant pages is one self-contained ES module, because
 * Chrome serves a `use_dynamic_url` module under the extension's fixed id to its own imports.
 */
const CONTENT = {
  gate: { entry: 'src/content/index.ts', file: 'assets/content.js', format: 'iife' },
  checker: { entry: 'src/content/app.ts', file: 'assets/content-checker.js', format: 'es' },
} as const;
const PAGES = ['http://*/*', 'https://*/*'];

type Manifest = typeof manifest;

/** Firefox runs the worker as background scripts and wants an id and a data-collection statement. */
function forFirefox(base: Omit<Manifest, 'content_scripts'>): ManifestV3Export {
  const { background, ...rest } = base;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'bhutan-fact-flags@example.org',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

/** Builds the content scripts after crxjs has written the rest, and lists them in the manifest. */
function contentScripts(outDir: string, firefox: boolean): Plugin {
  return {
    name: 'bhutan-fact-flags:content-scripts',
    apply: 'build',
    async closeBundle() {
      for (const { entry, file, format } of Object.values(CONTENT))
        await build({
          configFile: false,
          logLevel: 'warn',
          plugins: [preact()],
          define: { 'process.env.NODE_ENV': JSON.stringify('production') },
          build: {
            outDir,
            emptyOutDir: false,
            target: 'es2022',
            sourcemap: false,
            copyPublicDir: false,
            minify: true,
            lib: { entry, formats: [format], name: 'bhutanFactFlags', fileName: () => file },
          },
        });
      const path = join(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      built.content_scripts = [
        { matches: PAGES, js: [CONTENT.gate.file], run_at: 'document_idle' },
      ];
      built.web_accessible_resources = [
        {
          matches: PAGES,
          resources: [CONTENT.checker.file],
          // Firefox already gives each install its own random moz-extension:// host.
          ...(firefox ? {} : { use_dynamic_url: true }),
        },
      ];
      writeFileSync(path, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  // crxjs builds the worker and the extension pages; the content scripts are built above.
  const { content_scripts: _content, ...base } = manifest;
  void _content;
  const outDir = firefox ? 'dist-firefox' : 'dist';
  return {
    plugins: [
      preact(),
      crx({
        manifest: firefox ? forFirefox(base) : (base as ManifestV3Export),
        browser: firefox ? 'firefox' : 'chrome',
      }),
      contentScripts(outDir, firefox),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
    },
  };
});
