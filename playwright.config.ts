import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension (dist/chrome) into Debian's Chromium. Each test gets a fresh
// profile, so tests are independent; one worker, because this machine has two cores.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 45_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list'], ['line']] : 'list',
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
  use: { trace: 'retain-on-failure' },
});
