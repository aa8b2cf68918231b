// How the trap offers do on thoughts the word model did not see: out-of-fold log-odds over the
// world dev sets, calibrated, at several pairs of thresholds. SHOW_AT and MAYBE_AT in
// lib/traps/offers.ts were chosen from this. Run: node scripts/train/cv-traps.mjs
import { calibrate, outOfFoldLogOdds, TRAP_IDS, trapSets } from '../train-traps.mjs';

const { world, always } = trapSets();
const oof = outOfFoldLogOdds(world, always);
const cal = calibrate(world, oof);
const sig = (z) => 1 / (1 + Math.exp(-z));
const clip = (z) => Math.max(-8, Math.min(8, z));
const scored = world.map((item, i) =>
  TRAP_IDS.map((trap) => {
    const [b, wz, wr] = cal[trap];
    return { trap, score: sig(b + wz * clip(oof[i][trap]) + wr * (item.rules[trap] ?? 0)) };
  }).sort((a, b) => b.score - a.score),
);
for (const [show, maybe] of [
  [0.5, 0.25],
  [0.5, 0.2],
  [0.5, 0.3],
]) {
  for (const lang of ['en', 'es']) {
    const idx = world.map((_, i) => i).filter((i) => world[i].lang === lang);
    const offers = (i) => {
      const s = scored[i].filter((r) => r.score >= show);
      const m = scored[i].slice(s.length, s.length + 2).filter((r) => r.score >= maybe);
      return { shown: s.map((r) => r.trap), all: [...s, ...m].map((r) => r.trap) };
    };
    const distorted = idx.filter((i) => world[i].traps.length);
    const healthy = idx.filter((i) => !world[i].traps.length);
    let shown = 0;
    let right = 0;
    for (const i of idx)
      for (const t of offers(i).shown) {
        shown++;
        if (world[i].traps.includes(t)) right++;
      }
    const pct = (x) => (x * 100).toFixed(0).padStart(3);
    console.log(
      `show ${show} maybe ${maybe} ${lang}: offered ${pct(distorted.filter((i) => offers(i).all.length).length / distorted.length)}% · top-3 right ${pct(
        distorted.filter((i) =>
          offers(i)
            .all.slice(0, 3)
            .some((t) => world[i].traps.includes(t)),
        ).length / distorted.length,
      )}% · precision shown ${pct(right / shown)}% · false alarms ${pct(healthy.filter((i) => offers(i).all.length).length / healthy.length)}%`,
    );
  }
}
