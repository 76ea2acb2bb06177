/**
 * `npm run package [-- --ref <commit>]`: store-ready packages built from one commit, never from the
 * working tree, so the Firefox source archive rebuilds to exactly the reviewed package.
 *
 * Writes dist/packages/: personal-touch-chrome-edge-<version>.zip (Chrome Web Store and Edge Add-ons take
 * the same MV3 zip), personal-touch-firefox-<version>.zip (AMO), personal-touch-source-<version>.zip (for
 * AMO's source review), store-assets/ (listing images that must not ship inside a package) and SHA256SUMS.
 * Fails when `web-ext lint` reports an error, or a warning that KNOWN_LINT_WARNINGS does not explain.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist', 'packages');

/**
 * Warnings that are understood and accepted, by lint code and file. Preact's renderer contains the
 * `dangerouslySetInnerHTML` branch (`el.innerHTML = props.dangerouslySetInnerHTML.__html`); our code never
 * passes that prop (Biome's security/noDangerouslySetInnerHtml is an error), so the branch never runs.
 */
const KNOWN_LINT_WARNINGS: readonly { code: string; file: RegExp }[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(fields\.js|src\/content\/index\.js|src\/popup\/[\w-]+\.js)$/ },
];

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): string {
  return execFileSync(command, args, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** A pristine copy of the commit, sharing the checkout's node_modules (installed from the same lockfile). */
function exportCommit(commit: string): string {
  const stage = join(ROOT, '.tmp', 'package', commit.slice(0, 12));
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${stage}"`], { cwd: ROOT });
  symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'dir');
  return stage;
}

function build(stage: string, mode: 'chrome' | 'firefox'): string {
  const outDir = join(stage, 'build', mode);
  run('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], {
    cwd: stage,
    env: { PT_OUT_DIR: outDir },
  });
  return outDir;
}

function lintFirefox(dir: string): void {
  // web-ext exits non-zero on errors; the JSON is on stdout either way.
  let report = '';
  try {
    report = run('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input']);
  } catch (error) {
    report = (error as { stdout?: string }).stdout ?? '';
  }
  const { errors, warnings } = JSON.parse(report) as { errors: LintMessage[]; warnings: LintMessage[] };
  const unexplained = warnings.filter(
    (w) => !KNOWN_LINT_WARNINGS.some((k) => k.code === w.code && k.file.test(w.file ?? '')),
  );
  const show = (m: LintMessage) => `  ${m.code} ${m.file ?? ''}: ${m.message}`;
  console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings (all explained)`);
  if (errors.length > 0 || unexplained.length > 0) {
    throw new Error(`web-ext lint failed:\n${[...errors, ...unexplained].map(show).join('\n')}`);
  }
}

function checkManifest(dir: string, version: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version?: string };
  if (manifest.version !== version) {
    throw new Error(`${dir}/manifest.json has version ${manifest.version}, package.json ${version}`);
  }
}

function zipDir(dir: string, filename: string): string {
  run('npx', [
    'web-ext',
    'build',
    '--source-dir',
    dir,
    '--artifacts-dir',
    OUT,
    '--filename',
    filename,
    '--overwrite-dest',
  ]);
  return join(OUT, filename);
}

const REVIEW_NOTES = (version: string, commit: string) => `# Building Personal Touch ${version} from source

Commit ${commit}. Needs Node.js 20 or newer and npm; nothing is downloaded at build time except npm packages.

    npm ci
    npx vite build --mode firefox

The output in dist/firefox/ is the content of personal-touch-firefox-${version}.zip. Vite bundles and
minifies src/ (TypeScript + Preact); no code is generated from remote sources. See docs/security.md.
`;

function sourceArchive(commit: string, version: string): string {
  const file = join(OUT, `personal-touch-source-${version}.zip`);
  run('git', [
    'archive',
    '--format=zip',
    `--prefix=personal-touch-${version}/`,
    `--add-virtual-file=personal-touch-${version}/BUILDING-FOR-REVIEW.md:${REVIEW_NOTES(version, commit)}`,
    '-o',
    file,
    commit,
  ]);
  return file;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function main(): void {
  const commit = run('git', ['rev-parse', '--verify', `${argValue('--ref') ?? 'HEAD'}^{commit}`]).trim();
  if (run('git', ['status', '--porcelain', '--untracked-files=no']).trim()) {
    console.log(`Note: packaging commit ${commit.slice(0, 12)}; uncommitted changes are not included.`);
  }
  const stage = exportCommit(commit);
  const { version } = JSON.parse(readFileSync(join(stage, 'package.json'), 'utf8')) as { version: string };
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const chrome = build(stage, 'chrome');
  const firefox = build(stage, 'firefox');
  for (const dir of [chrome, firefox]) checkManifest(dir, version);
  lintFirefox(firefox);

  const files = [
    zipDir(chrome, `personal-touch-chrome-edge-${version}.zip`),
    zipDir(firefox, `personal-touch-firefox-${version}.zip`),
    sourceArchive(commit, version),
  ];
  run('python3', [join(stage, 'scripts', 'make-icons.py'), '--store', join(OUT, 'store-assets')]);
  const sums = files.map((f) => `${sha256(f)}  ${f.slice(OUT.length + 1)}`).join('\n');
  writeFileSync(join(OUT, 'SHA256SUMS'), `${sums}\n`);

  console.log(`\nPersonal Touch ${version} (${commit.slice(0, 12)}) → ${OUT}`);
  for (const file of files) {
    if (!existsSync(file)) throw new Error(`missing ${file}`);
    console.log(`  ${file.slice(OUT.length + 1).padEnd(44)} ${(statSync(file).size / 1024).toFixed(1)} KB`);
  }
}

main();
