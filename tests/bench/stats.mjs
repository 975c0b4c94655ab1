// Medians, quantiles and units for the report; the machine and the build measured.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

// ------------------------------------------------------------ statistics ---
const sorted = (xs) => [...xs].sort((a, b) => a - b);
export const quantile = (xs, q) => {
  if (!xs.length) return NaN;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
export const median = (xs) => {
  if (!xs.length) return NaN;
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
export const ms = (x) => (Number.isFinite(x) ? `${x >= 100 ? Math.round(x) : x.toFixed(1)} ms` : '—');
export const mb = (x) => (Number.isFinite(x) ? `${(x / 1e6).toFixed(1)} MB` : '—');
export const kb = (x) => `${(x / 1000).toFixed(1)} KB`;
export const verdict = (ok) => (ok ? 'met' : 'not met');

// ---------------------------------------------------------------- machine ---
export function machine() {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  let chromiumVersion = 'unknown';
  try {
    chromiumVersion = execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch { /* reported as unknown */ }
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    model,
    chromium: chromiumVersion,
    node: process.version,
  };
}

export function sizes(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const files = new Set(['index.html', 'data/morocco.json']);
  for (const [, u] of html.matchAll(/(?:src|href)="\.?\/?([^":]+\.(?:js|wasm|css|svg))"/g)) files.add(u);
  return [...files].sort().map((f) => {
    const body = fs.readFileSync(path.join(dist, f));
    return { file: f, bytes: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  });
}
