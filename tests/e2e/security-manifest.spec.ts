/**
 * The built manifests ask for exactly `storage` and linkedin.com, keep the browser's default extension
 * CSP, expose no web-accessible resources (LinkedIn probes those to detect extensions) and let no web
 * page or other extension message the worker. Reads the builds only; no browser is started.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const BUILDS = {
  chrome: resolve(process.env.PT_EXTENSION_DIR ?? 'dist/chrome'),
  firefox: resolve(process.env.PT_FIREFOX_EXTENSION_DIR ?? 'dist/firefox'),
};
const LINKEDIN = 'https://www.linkedin.com/*';

/** Keys that widen what the extension may do or who may reach it; none may appear. */
const FORBIDDEN_KEYS = [
  'optional_permissions',
  'optional_host_permissions',
  'content_security_policy',
  'web_accessible_resources',
  'externally_connectable',
  'sandbox',
  'chrome_url_overrides',
  'declarative_net_request',
  'key',
  'update_url',
] as const;

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
};

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

for (const [browser, dir] of Object.entries(BUILDS)) {
  test.describe(`${browser} build`, () => {
    test.skip(!existsSync(join(dir, 'manifest.json')), `no ${browser} build at ${dir}`);

    test('asks for exactly storage and linkedin.com', () => {
      const manifest = readManifest(dir);
      expect(manifest.permissions).toEqual(['storage']);
      expect(manifest.host_permissions).toEqual([LINKEDIN]);
      expect(manifest.content_scripts?.flatMap((script) => script.matches)).toEqual([LINKEDIN]);
      expect(manifest.content_scripts?.every((script) => script.all_frames !== true)).toBe(true);
    });

    test('default CSP, no web-accessible resources, no external messaging', () => {
      const manifest = readManifest(dir);
      expect(FORBIDDEN_KEYS.filter((key) => key in manifest)).toEqual([]);
    });

    test('ships no remote code and no source maps', () => {
      const files = filesUnder(dir);
      expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
      for (const file of files.filter((f) => /\.(html|js)$/.test(f))) {
        const text = readFileSync(file, 'utf8');
        // Remote scripts or imports would bypass store review; the default CSP forbids them anyway.
        expect(text, file).not.toMatch(/<script[^>]+src=["']?https?:/i);
        expect(text, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
        expect(text, file).not.toMatch(/importScripts\s*\(/);
      }
    });
  });
}
