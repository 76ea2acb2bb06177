// Printed at the end of `npm run setup`: where the build is and what to do with it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const chrome = resolve('dist/chrome');
const firefox = resolve('dist/firefox');
if (!existsSync(`${chrome}/manifest.json`) || !existsSync(`${firefox}/manifest.json`)) {
  console.error('The build did not produce dist/chrome and dist/firefox; see the errors above.');
  process.exit(1);
}
console.log(`
Personal Touch is built.

  Chrome or Edge: open chrome://extensions (or edge://extensions), switch on Developer mode,
                  choose "Load unpacked" and pick ${chrome}
  Firefox:        open about:debugging#/runtime/this-firefox, choose "Load Temporary Add-on"
                  and pick ${firefox}/manifest.json

  No LinkedIn account at hand? Run "npm run demo" to try it on bundled LinkedIn-like pages.
  Run all the tests with "npm test".
`);
