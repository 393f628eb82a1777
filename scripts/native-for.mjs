#!/usr/bin/env node
// @ts-check
/* global process, console */
/**
 * better-sqlite3 is a native module: one build loads in Node (tests, command line, `npm run web`),
 * another in Electron (`npm start`). This script makes node_modules hold the build for the runtime
 * you name, and rebuilds only when it does not already.
 *
 *   node scripts/native-for.mjs node       → `npm rebuild better-sqlite3` unless Node can load it
 *   node scripts/native-for.mjs electron   → `electron-builder install-app-deps` unless the last
 *                                            Electron build (recorded in node_modules/.cache) is in place
 *   add --check to only report: exit 0 when nothing needs doing, 1 when a rebuild is needed.
 *
 * Whether Node can load the module is tested by loading it in a child Node process. Electron
 * cannot be started for such a test everywhere, so an Electron build is recognised by a marker
 * file that records the Electron version and a hash of the binary this script built.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BINARY = join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const MARKER = join(ROOT, 'node_modules', '.cache', 'woonzorgverkenner', 'native-build.json');
const ELECTRON_PACKAGE = join(ROOT, 'node_modules', 'electron', 'package.json');
const ELECTRON_BUILDER = join(ROOT, 'node_modules', 'electron-builder', 'cli.js');

/** @typedef {{ runtime: 'node' | 'electron', version: string, sha256: string }} Marker */

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`native-for: ${message}`);
  process.exit(1);
}

function binaryHash() {
  return existsSync(BINARY) ? createHash('sha256').update(readFileSync(BINARY)).digest('hex') : null;
}

/** @returns {Marker | null} */
function readMarker() {
  try {
    /** @type {unknown} */
    const marker = JSON.parse(readFileSync(MARKER, 'utf8'));
    return /** @type {Marker} */ (marker);
  } catch {
    return null;
  }
}

/** @param {Marker} marker */
function writeMarker(marker) {
  mkdirSync(dirname(MARKER), { recursive: true });
  writeFileSync(MARKER, `${JSON.stringify(marker, null, 2)}\n`);
}

function electronVersion() {
  if (!existsSync(ELECTRON_PACKAGE)) fail('electron is niet geïnstalleerd (npm install).');
  /** @type {unknown} */
  const pkg = JSON.parse(readFileSync(ELECTRON_PACKAGE, 'utf8'));
  return /** @type {{ version: string }} */ (pkg).version;
}

/** Loads the module in a fresh Node process: the only reliable test for "built for this Node". */
function loadsInNode() {
  const probe = "const D = require('better-sqlite3'); new D(':memory:').close();";
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8' });
  return { ok: result.status === 0, detail: (result.stderr || '').split('\n').find((line) => /NODE_MODULE_VERSION|Error/.test(line)) ?? '' };
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`native-for: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.error) fail(result.error.message);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} eindigde met code ${result.status}.`);
}

/** npm itself: the copy that runs this script when started through `npm run`, else npm from PATH. */
/** @param {string[]} args */
function npm(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) run(process.execPath, [npmCli, ...args]);
  else if (process.platform === 'win32') {
    // npm is npm.cmd on Windows, which Node only starts through a shell; the arguments are fixed strings.
    const result = spawnSync('npm', args, { cwd: ROOT, stdio: 'inherit', shell: true });
    if (result.status !== 0) fail(`npm ${args.join(' ')} eindigde met code ${result.status}.`);
  } else run('npm', args);
}

const target = process.argv[2];
const checkOnly = process.argv.includes('--check');
if (target !== 'node' && target !== 'electron') fail('gebruik: node scripts/native-for.mjs node|electron [--check]');

if (target === 'node') {
  const probe = loadsInNode();
  if (probe.ok) {
    console.log(`native-for: better-sqlite3 is gebouwd voor Node ${process.version}; niets te doen.`);
    process.exit(0);
  }
  console.log(`native-for: better-sqlite3 laadt niet in Node ${process.version}${probe.detail ? ` (${probe.detail.trim()})` : ''}.`);
  if (checkOnly) process.exit(1);
  npm(['rebuild', 'better-sqlite3']);
  const after = loadsInNode();
  if (!after.ok) fail(`na het herbouwen laadt better-sqlite3 nog steeds niet in Node: ${after.detail}`);
  writeMarker({ runtime: 'node', version: process.versions.modules, sha256: binaryHash() ?? '' });
  console.log('native-for: better-sqlite3 is gebouwd voor Node.');
} else {
  const version = electronVersion();
  const marker = readMarker();
  const hash = binaryHash();
  const upToDate = marker?.runtime === 'electron' && marker.version === version && hash !== null && marker.sha256 === hash && !loadsInNode().ok;
  if (upToDate) {
    console.log(`native-for: better-sqlite3 is gebouwd voor Electron ${version}; niets te doen.`);
    process.exit(0);
  }
  console.log(`native-for: better-sqlite3 moet voor Electron ${version} worden gebouwd (dit downloadt de Electron-headers).`);
  if (checkOnly) process.exit(1);
  run(process.execPath, [ELECTRON_BUILDER, 'install-app-deps']);
  const built = binaryHash();
  if (built === null) fail(`${BINARY} ontbreekt na het bouwen.`);
  if (loadsInNode().ok) fail('better-sqlite3 laadt na het bouwen voor Electron nog in Node; het bouwen is niet gelukt.');
  writeMarker({ runtime: 'electron', version, sha256: built });
  console.log(`native-for: better-sqlite3 is gebouwd voor Electron ${version}. Terug naar Node (voor npm test): npm run native:node`);
}
