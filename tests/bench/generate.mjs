// Generated schema-v1 datasets for the scale benchmark: the default dataset's
// metadata, sources, categories and indicators, its 97 observations, and
// generated ones up to `n`, with varied years (1990–2025), full-year and
// year-to-date coverages, indicators and sources. Deterministic (seeded), and
// valid: a part (an indicator with part_of) gets a value of 1–20, below every
// whole in the default data, so no part exceeds its whole.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function rng(seed) { // mulberry32
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n) => String(n).padStart(2, '0');

/** The JSON text of a dataset with `n` observations (at least the default's). */
export function generate(n, seed = 7) {
  const ds = JSON.parse(fs.readFileSync(path.join(root, 'public/data/morocco.json'), 'utf8'));
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const indicators = ds.indicators;
  const sources = ds.sources.map((s) => s.id);
  const observations = ds.observations.slice(0, n);
  // A figure listed twice is refused (a repeat, drawn as a source
  // disagreeing with itself): each generated one is new.
  const key = (o) => [o.indicator, o.start, o.end, o.value, o.qualifier ?? 'exact', o.source].join('|');
  const listed = new Set(observations.map(key));
  while (observations.length < n) {
    const ind = pick(indicators);
    const year = 1990 + Math.floor(random() * 36);
    const ytd = random() < 0.2;
    const month = ytd ? 1 + Math.floor(random() * 11) : 12;
    const o = {
      indicator: ind.id,
      start: `${year}-01-01`,
      end: `${year}-${pad(month)}-${pad(LAST_DAY[month - 1])}`,
      value: ind.part_of ? 1 + Math.floor(random() * 20) : 100 + Math.floor(random() * 100_000),
      qualifier: random() < 0.9 ? 'exact' : 'approx',
      source: pick(sources),
    };
    if (!listed.has(key(o))) {
      listed.add(key(o));
      observations.push(o);
    }
  }
  ds.observations = observations;
  return JSON.stringify(ds);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // node tests/bench/generate.mjs 10000 > big.json
  process.stdout.write(generate(Number(process.argv[2] ?? 1000)));
}
