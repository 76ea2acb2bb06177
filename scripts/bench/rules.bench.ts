/**
 * `npm run bench rules`: speed of the note checker, the opener renderer and the duplicate check, and the
 * rules module's minified size (it ships inside the content script, whose whole budget is 40 KB).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  checkNote,
  countNearDuplicates,
  type NoteContext,
  noteFingerprint,
  renderOpener,
} from '../../src/shared/rules';
import { type BenchRow, rowFromSamples, timeMicros } from './measure';

const PERSONAL_NOTE =
  "Hi Jane, loved your talk on platform engineering at KubeCon last week. I'm building similar tooling at " +
  'Globex for our robotics fleet and would love to swap notes about operators, scheduling and on-call. Are you ' +
  'going to the Berlin meetup in March? It would be great to continue the conversation there. Best, Sam';
const NOTE_300 = PERSONAL_NOTE.slice(0, 300);
const BOILERPLATE_NOTE = `Hi Jane, I'd like to add you to my professional network on LinkedIn. ${'We met at the Berlin meetup. '.repeat(9)}`;
const BOILERPLATE_NOTE_300 = BOILERPLATE_NOTE.slice(0, 300);

const CONTEXT: NoteContext = {
  limit: 300,
  recipient: {
    fullName: 'Jane Doe, PhD (she/her)',
    company: 'Acme Robotics',
    headline: 'Head of Platform at Acme Robotics | Kubernetes, Go',
    location: 'Berlin, Germany',
  },
  senderName: 'Sam Lee',
  customPhrases: ['Always happy to connect with fellow professionals'],
};

const OPENER =
  'Hi {{firstName|there}},{{#company}} I have been following what {{company}} is doing{{/company}}{{^company}} ' +
  'great to find you here{{/company}}. {{#howWeMet}}Great to meet you at {{howWeMet}}. {{/howWeMet}}— {{myFirstName}}';
const OPENER_VALUES = {
  firstName: 'Jane',
  company: 'Acme Robotics',
  howWeMet: 'KubeCon',
  myFirstName: 'Sam',
};

function recentFingerprints(count: number): string[] {
  const topics = ['robots', 'payments', 'hiring', 'climate', 'design', 'security', 'data', 'sales'];
  return Array.from({ length: count }, (_, i) =>
    noteFingerprint(`Hi person ${i}, enjoyed your post on ${topics[i % topics.length]} number ${i * 7}.`),
  );
}

async function minifiedSize(): Promise<{ raw: number; gzip: number }> {
  const { build } = await import('esbuild');
  const entry = join(dirname(fileURLToPath(import.meta.url)), '../../src/shared/rules/index.ts');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    charset: 'utf8',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.byteLength, gzip: gzipSync(code).byteLength };
}

export default {
  title: 'Rules: note checker, opener renderer, duplicate check, size',
  async run(): Promise<BenchRow[]> {
    const recent = recentFingerprints(1000);
    const size = await minifiedSize();
    return [
      rowFromSamples(
        `checkNote, ${NOTE_300.length}-char personal note`,
        timeMicros(() => checkNote(NOTE_300, CONTEXT)),
        'µs',
        '≤ 50 µs',
      ),
      rowFromSamples(
        `checkNote, ${BOILERPLATE_NOTE_300.length}-char note with boilerplate`,
        timeMicros(() => checkNote(BOILERPLATE_NOTE_300, CONTEXT)),
        'µs',
        '≤ 50 µs',
      ),
      rowFromSamples(
        'renderOpener (fallback, 2 sections)',
        timeMicros(() => renderOpener(OPENER, OPENER_VALUES)),
        'µs',
        '≤ 20 µs',
      ),
      rowFromSamples(
        'duplicate check vs 1,000 fingerprints',
        timeMicros(() => countNearDuplicates(noteFingerprint(NOTE_300), recent), {
          batches: 30,
          perBatch: 20,
          warmup: 50,
        }).map((micros) => micros / 1000),
        'ms',
        '≤ 1 ms',
      ),
      { name: 'rules module, minified (esbuild)', median: size.raw / 1024, unit: 'KB', goal: 'aim ≤ 12 KB' },
      { name: 'rules module, minified + gzip', median: size.gzip / 1024, unit: 'KB' },
    ];
  },
};
