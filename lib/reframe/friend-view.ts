import { detectLanguage, type Lang } from '../detect/language';

/**
 * The thought as if a friend had said it about themselves ("I'll always be alone" → "They'll
 * always be alone"), so the person can answer it the way they would answer a friend. Only the
 * first person changes; "you" stays, since self-talk in the second person already reads as advice.
 */
const SWAPS: [RegExp, string][] = [
  [/\bI'm\b/g, "they're"],
  [/\bI’m\b/g, 'they’re'],
  [/\bIm\b/g, "they're"],
  [/\bI am\b/g, 'they are'],
  [/\bam I\b/g, 'are they'],
  [/\bAm I\b/g, 'Are they'],
  [/\bI was\b/g, 'they were'],
  [/\bwas I\b/g, 'were they'],
  [/\bI wasn't\b/g, "they weren't"],
  [/\bI wasn’t\b/g, 'they weren’t'],
  [/\bI ([’'])(ve|ll|d)\b/g, 'they$1$2'],
  [/\bI([’'])(ve|ll|d)\b/g, 'they$1$2'],
  [/\bI\b/g, 'they'],
  [/\bmyself\b/gi, 'themselves'],
  [/\bmine\b/gi, 'theirs'],
  [/\bmy\b/gi, 'their'],
  [/\bme\b/gi, 'them'],
];

/**
 * English is rewritten; any other language is shown as the friend would say it, in their own
 * first person ("Nadie me va a contratar"): the swaps are English words and would garble it.
 */
export function friendView(thought: string, lang: Lang = detectLanguage(thought)): string {
  if (lang !== 'en') return thought;
  let out = thought;
  for (const [re, to] of SWAPS) out = out.replace(re, to);
  // A sentence that now starts with "they…" gets its capital back.
  return out.replace(
    /(^|[.!?]\s+|\n)(they|their|them|theirs|themselves)\b/g,
    (_m, lead: string, w: string) => {
      return lead + w.charAt(0).toUpperCase() + w.slice(1);
    },
  );
}
