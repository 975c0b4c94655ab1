// Runs every browser test against the release build in dist/, served on
// 127.0.0.1, and fails when a test fails or when no browser test ran.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
if (!fs.existsSync(path.join(here, '../../dist/index.html'))) {
  console.error('dist/index.html is missing: build first (./dev test does).');
  process.exit(1);
}
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-tap-'));
const tap = path.join(scratch, 'out.tap');
const cspLog = path.join(scratch, 'csp.log');
// `node tests/browser/run.mjs shell embed` runs only the files whose names hold one of the words.
const only = process.argv.slice(2);
const files = fs.readdirSync(here)
  .filter((f) => f.endsWith('.test.mjs') && (only.length === 0 || only.some((w) => f.includes(w))))
  .map((f) => path.join(here, f));
// Async spawn: the server answers from this process's event loop.
const child = spawn(process.execPath, [
  '--test', '--test-concurrency=1',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  ...files,
], { stdio: 'inherit', env: { ...process.env, MARSAD_BASE_URL: base, MARSAD_CSP_LOG: cspLog } });
const [status] = await once(child, 'exit');
server.close();

const report = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
const violations = fs.existsSync(cspLog) ? fs.readFileSync(cspLog, 'utf8').trim() : '';
fs.rmSync(scratch, { recursive: true, force: true });
const count = (name) => Number((report.match(new RegExp(`^# ${name} (\\d+)$`, 'm')) ?? [])[1] ?? 0);
const [passed, failed] = [count('pass'), count('fail')];
console.log(`browser: ${passed} passed, ${failed} failed`);
if (violations) {
  console.error(`Content-Security-Policy violations during the suite:\n${violations}`);
  process.exit(1);
}
if (passed === 0) {
  console.error('No browser test ran: that is a failure, not a pass.');
  process.exit(1);
}
process.exit(status === 0 && failed === 0 ? 0 : 1);
