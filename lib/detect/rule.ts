/**
 * One rule as data, the shape every detector's rules share (docs/ARCHITECTURE.md, "Rules as
 * data"): what it notices, in which language, how much it counts, a sentence it fires on, and
 * why it exists. A detector keeps one file of records per family (a trap, an email act, a kind
 * of crisis statement); tests/unit/rule-examples.test.ts runs every record's example.
 */
export interface RuleRecord<Label extends string = string> {
  /** Unique within its detector, kebab-case: what it notices ("should-have-by-now"). */
  id: string;
  /** What the rule is evidence for (a trap, an email act, a crisis family). */
  labels: readonly Label[];
  lang: 'en' | 'es';
  /** Matched against the detector's normalised text (lower case, straight quotes). */
  pattern: RegExp;
  /** How much it counts: a probability-like 0..1, or a signed score where the detector adds them. */
  weight: number;
  /** A sentence a person might write that the rule fires on. */
  example: string;
  /** Why it exists: the way of saying it, or the mistake it keeps the detector from making. */
  why: string;
}

/** Ids are unique and examples are present: checked once by the rule-examples test. */
export function duplicateIds(rules: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const r of rules) {
    if (seen.has(r.id)) twice.push(r.id);
    seen.add(r.id);
  }
  return twice;
}
