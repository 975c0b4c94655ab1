// Minifies style/main.css with esbuild into target/style/main.css, which
// index.html links: the built page carries no comments or indentation (Trunk
// 0.21 minifies CSS only together with the HTML, which its minifier rewrites
// past what postbuild reads). Run by Trunk as a pre_build hook (Trunk.toml);
// skips the work when the output is newer than its inputs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'style/main.css');
const out = path.join(root, 'target/style/main.css');
const inputs = [entry, fileURLToPath(import.meta.url), path.join(root, 'node_modules/esbuild/package.json')];

const mtime = (f) => { try { return fs.statSync(f).mtimeMs; } catch { return Infinity; } };
if (fs.existsSync(out) && inputs.every((f) => mtime(f) <= mtime(out))) process.exit(0);

const esbuild = await import('esbuild');
// No target: nothing is rewritten for older browsers, only whitespace and
// comments go.
await esbuild.build({ entryPoints: [entry], outfile: out, minify: true, logLevel: 'warning' });
