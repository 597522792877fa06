import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/** Firefox runs the worker as background scripts and wants an id and a data-collection statement. */
function forFirefox(base: typeof manifest): ManifestV3Export {
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

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      crx({
        manifest: firefox ? forFirefox(manifest) : (manifest as ManifestV3Export),
        browser: firefox ? 'firefox' : 'chrome',
      }),
    ],
    build: {
      outDir: firefox ? 'dist/firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
    },
  };
});
