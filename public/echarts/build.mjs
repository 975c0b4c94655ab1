// Builds Marsad's ECharts bundle (entry.mjs) with esbuild into
// target/echarts/echarts.marsad.min.js: one minified IIFE that sets
// window.echarts, no eval and no new Function (the page's CSP forbids them).
// Run by Trunk as a pre_build hook (Trunk.toml), so every `trunk build` and
// `./dev` command has it; skips the work when the bundle is newer than its
// inputs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(root, 'public/echarts/entry.mjs');
const out = path.join(root, 'target/echarts/echarts.marsad.min.js');
const inputs = [entry, fileURLToPath(import.meta.url), path.join(root, 'package-lock.json'),
  path.join(root, 'node_modules/echarts/package.json'), path.join(root, 'node_modules/esbuild/package.json')];

const mtime = (f) => { try { return fs.statSync(f).mtimeMs; } catch { return Infinity; } };
if (fs.existsSync(out) && inputs.every((f) => mtime(f) <= mtime(out))) process.exit(0);

const esbuild = await import('esbuild');
const result = await esbuild.build({
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2018',
  legalComments: 'none',
  // ECharts' development warnings and checks go.
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  write: false,
});
const code = result.outputFiles[0].text;
// The CSP has no 'unsafe-eval': fail the build rather than ship code that needs it.
if (/\bnew Function\s*\(|[^.\w]eval\s*\(/.test(code)) {
  console.error('echarts bundle: found eval or new Function, which the CSP forbids');
  process.exit(1);
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, code);
console.log(`echarts bundle: ${path.relative(root, out)} (${code.length} bytes)`);
