/**
 * Notices text that speaks of self-harm or suicide, so crisis resources can come first.
 * Errs toward showing them: a gentle panel shown once too often costs little.
 * Idioms ("this job is killing me", "dying to know") are excluded on purpose.
 */
const SELF = String.raw`(?:my\s*self|myself)`;
const PATTERNS: RegExp[] = [
  /\bsuicid(?:e|al|ality)\b/,
  new RegExp(
    String.raw`\b(?:kill|killing|killed|hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|hang|hanging|shoot|shooting|poison|poisoning)\s+${SELF}\b`,
  ),
  /\bself[\s-]?harm(?:ing)?\b/,
  /\bself[\s-]?injur(?:y|ing|ies)\b/,
  /\b(?:end|ending|ended|take|taking)\s+(?:my|my own)\s+life\b/,
  /\bend(?:ing)?\s+it\s+all\b/,
  /\b(?:want|wanna|wanted|going|ready)\s+(?:to\s+)?die\b/,
  /\bwish\s+(?:i|that\s+i)\s+(?:was|were|had)\s+(?:dead|never\s+been\s+born|not\s+alive|died)\b/,
  /\bwish\s+i\s+(?:could\s+)?(?:disappear\s+forever|not\s+wake\s+up|never\s+woke\s+up)\b/,
  /\bbetter\s+off\s+(?:dead|without\s+me)\b/,
  /\b(?:no|nothing)\s+(?:reason\s+)?to\s+live\s+for\b/,
  /\bno\s+reason\s+to\s+(?:live|go\s+on|keep\s+going)\b/,
  /\b(?:don'?t|do\s+not|dont)\s+want\s+to\s+(?:live|be\s+alive|exist|wake\s+up)\b/,
  /\b(?:can'?t|cannot|cant)\s+go\s+on\s+(?:living|anymore|like\s+this)\b/,
  /\bnot\s+want\s+to\s+be\s+here\s+anymore\b/,
  /\b(?:don'?t|do\s+not)\s+want\s+to\s+be\s+here\s+anymore\b/,
  /\boverdos(?:e|ing)\b/,
  /\bkms\b/,
  /\bunalive\b/,
];

export function normalizeForSafety(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ');
}

export function detectCrisis(text: string): boolean {
  if (!text) return false;
  // Long selections are scanned in full; regexes here are linear.
  const norm = normalizeForSafety(text);
  return PATTERNS.some((p) => p.test(norm));
}
