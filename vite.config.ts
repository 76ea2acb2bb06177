import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import webExtension from 'vite-plugin-web-extension';

// One build per browser: `vite build --mode chrome` and `vite build --mode firefox`.
// The plugin bundles each content/background entry as one self-contained IIFE, so the
// extension needs no web_accessible_resources (LinkedIn probes those to detect extensions).
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      webExtension({
        browser,
        skipManifestValidation: true, // validation downloads a schema; there is no network here
        printSummary: false,
        transformManifest: (manifest) => ({ ...manifest, version: pkg.version }),
      }),
    ],
    build: {
      outDir: process.env.PT_OUT_DIR ?? `dist/${browser}`,
      emptyOutDir: true,
      minify: true,
      sourcemap: process.env.PT_SOURCEMAP === '1',
      target: 'es2022',
      // Chrome and Firefox preload modules natively; Vite's polyfill would add a fetch() of the page's own
      // modules to the popup's first chunk, dead code in both browsers.
      modulePreload: { polyfill: false },
    },
  };
});
