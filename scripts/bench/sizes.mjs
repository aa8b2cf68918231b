// Gzipped JavaScript each page loads (its scripts and the chunks they import), and every entry.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = { 'content-scripts/job-board.js': 10 * 1024 };

export async function bench({ built }) {
  const gz = (rel) => gzipSync(readFileSync(path.join(built, rel))).length;
  const closure = (entries) => {
    const seen = new Set();
    const visit = (rel) => {
      if (seen.has(rel) || !existsSync(path.join(built, rel))) return;
      seen.add(rel);
      const src = readFileSync(path.join(built, rel), 'utf8');
      for (const m of src.matchAll(/(?:from|import)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
        visit(path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1])).replace(/^\//, ''));
      }
    };
    entries.forEach(visit);
    return [...seen];
  };
  const json = {};
  for (const html of readdirSync(built).filter((f) => f.endsWith('.html'))) {
    const src = readFileSync(path.join(built, html), 'utf8');
    const scripts = [...src.matchAll(/<script[^>]*src="\/?([^"]+)"/g)].map((m) => m[1]);
    // Everything the page can load: static imports and lazy chunks (import()).
    json[html] = closure(scripts).reduce((sum, f) => sum + gz(f), 0);
  }
  for (const f of readdirSync(built).filter((f) => f.endsWith('.js'))) json[f] = gz(f);
  const cs = path.join(built, 'content-scripts');
  if (existsSync(cs))
    for (const f of readdirSync(cs).filter((f) => f.endsWith('.js')))
      json[`content-scripts/${f}`] = gz(`content-scripts/${f}`);
  const rows = Object.entries(json).map(([f, bytes]) => ({
    measure: `${f} JS, gzipped`,
    value: `${(bytes / 1024).toFixed(1)} kB`,
    budget: BUDGET[f] ? `≤ ${BUDGET[f] / 1024} kB` : '—',
    ok: BUDGET[f] ? bytes <= BUDGET[f] : undefined,
  }));
  return { rows, json };
}
