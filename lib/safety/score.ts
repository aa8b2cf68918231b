import { detectCrisis } from './crisis';

/** Precision and recall of the crisis check over a labelled set; the test and the bench share it. */
export function scoreCrisis(
  items: readonly { text: string; crisis: boolean }[],
  detect: (text: string) => boolean = detectCrisis,
): { n: number; tp: number; fp: number; fn: number; precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const i of items) {
    const got = detect(i.text);
    if (got && i.crisis) tp++;
    else if (got) fp++;
    else if (i.crisis) fn++;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return { n: items.length, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}
