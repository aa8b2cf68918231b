import type { TrapId } from '../../db/types';
import type { RuleRecord } from '../../detect/rule';

/**
 * One explainable clue, as a record (lib/detect/rule.ts): `labels` are the traps it suggests and
 * `weight` how much this clue alone suggests them (0..1; clues combine noisy-or). Patterns read
 * lower-cased text with straight quotes (see normalizeForTraps), so contractions are written both
 * ways (`i'?m|i am`). The first and second person both count: people talk to themselves as "you"
 * ("you'll never learn").
 */
export interface TrapRule extends RuleRecord<TrapId> {
  /** Skip when the clause matches (plans, facts, kind words). */
  unless?: RegExp;
  /** Fire only when the rest of the clause also matches (e.g. an absolute next to a hurt). */
  needs?: RegExp;
  /** The rule's own words include a negation, or it must fire even after "not…". */
  keepNegated?: boolean;
  /** Skip when the text just before the match ends like this. */
  notAfter?: RegExp;
  /** Words one of which the rule needs; a cheap check that skips the regex on most texts. */
  gate?: string[];
}

/** A rule's pattern: global, as detectTraps walks every match. */
export const rx = (src: string): RegExp => new RegExp(src, 'g');

// Word lists, shared by rules (alternations, spliced into patterns with ${…}).
export const I_AM = `(?:i'?m|i am|i was|i'?ve been|i have been|i'?ll be|i will be|i'?ll always be|i'?ll never be anything but|you'?re|you are|you were)`;
export const OTHERS = String.raw`(?:he|she|they|everyone|everybody|people|others|the others|all of them|the (?:interviewer|recruiter|hiring manager|hiring team|panel|team|group|manager|boss|company|class|room|audience)|my (?:boss|manager|friends?|family|parents?|mom|mum|mother|dad|father|ex|coworkers?|co-workers?|colleagues?|team|partner|date|sister|brother|roommate|in-laws|teacher|landlord|neighbou?rs?)|(?:his|her|their|my|the) (?:[a-z]+ )?[a-z]+)(?:\s+(?:at|in|on|from)\s+(?:work|school|the office|the group|the team|the party|class))?`;
export const SELF_NOUNS = String.raw`(?:failure|loser|idiot|joke|mess|burden|disappointment|fraud|reject|nobody|waste of space|waste of time|screw-?up|fuck-?up|f\*+k-?up|moron|freak|embarrassment|let-?down|fake|impostor|imposter|phony|phoney|weirdo|creep|pushover|doormat|outcast|misfit|lost cause|hopeless case|charity case|laughingstock|laughing stock|write-?off|has-?been|dork|clown|wreck|train ?wreck|basket case|nothing|zero|dud|black sheep|problem child|placeholder|backup(?: plan)?|second choice|rebound|afterthought|stopgap|plan b|consolation prize|spare|filler|damaged goods|doormat|charity case|(?:bad|terrible|horrible|awful|lousy|crap|shit|rubbish|useless|pathetic|worthless|worst) (?:mother|father|mom|mum|dad|parent|friend|person|partner|daughter|son|girlfriend|boyfriend|wife|husband|employee|worker|sister|brother|human(?: being)?|teammate|colleague|candidate|date|writer|engineer|designer|manager|leader|lover))`;
export const SELF_ADJ =
  '(?:stupid|dumb|pathetic|worthless|useless|unlovable|unloveable|unlikable|unlikeable|boring|ugly|hopeless|incompetent|broken|defective|weird|annoying|unemployable|undateable|undatable|unwanted|inadequate|repulsive|disgusting|hideous|clueless|lazy|needy|clingy|desperate|unattractive|forgettable|replaceable|invisible|damaged|toxic|unworthy|undeserving|talentless|awkward|a mess|too much|cursed|unfixable|beyond help|garbage|trash|rubbish|a nobody|insufferable|unbearable to be around|weak|pitiful|spineless|a coward|inferior|second-rate|mediocre|a mistake|slow|dim|thick|unintelligent|damaged goods|unqualified|incapable|pointless|a waste|plain|nothing special|unremarkable|forgettable)';
export const EMO =
  '(?:sad|upset|angry|anxious|frustrated|hurt|lonely|miserable|hopeless|depressed|overwhelmed|stressed|empty|numb|heartbroken|devastated|crushed|ashamed|embarrassed|humiliated|furious|bitter|jealous|scared|afraid|terrified|panicky|exhausted|drained|lost|stuck|rejected|abandoned|unwanted|dismissed|betrayed|broken|down|low|awful|terrible|horrible|gutted|defeated|helpless|tense|on edge|sick|worthless|alone|raw|wrecked|destroyed)';
export const HURT = String.raw`(?:reject\w*|turn\w* (?:me )?down|ignor\w*|ghost\w*|leav\w*|left|dump\w*|no (?:reply|response|answer)|repl\w*|respond\w*|text\w* (?:me )?back|call\w* (?:me )?back|hear\w* back|heard back|fail\w*|mess\w* up|screw\w* up|ruin\w*|wrong|alone|single|hat\w*|los\w*|lost|hurt|miss\w*|forg\w*|exclud\w*|left out|pass\w* over|overlook\w*|chos\w*|choose|pick\w*|invit\w*|want\w*|lik\w*|cares?|cared|lov\w*|interest\w*|hir\w*|work\w* out|end\w* up|say\w* no|said no|nothing|can'?t|won'?t|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|without|abandon\w*|cheat\w*|disappoint\w*|let \w+ down|blow\w* it|choke\w*|the last|second choice|behind|enough|stupid|better|wrong person|wrong people|notic\w*|listen\w*|understand\w*|get me|gets me|respect\w*|laugh\w*|judg\w*|against|sick of|tired of|annoy\w*|bor\w*|the same|happen\w* to me|picks? me|chooses? me|wants? me|ignore\w*|stick\w* around|stay\w*|work\w* out|last\w*|call\w*|text\w*|show\w* up|come back|came back|vanish\w*|disappear\w*|fade\w*|drift\w*)`;
export const HURT_RE = new RegExp(String.raw`\b${HURT}\b`);
export const PLAN =
  '(?:tomorrow|today|tonight|later|this (?:week|weekend|morning|afternoon|evening)|next (?:week|time)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end|noon|then)|before (?:the|my|i|it)|the deadline|remember to|probably go|go to bed|get some sleep|drink|eat something|book|schedule|buy|pick up|call (?:my|the|him|her|them|back)|email|reply to|write back|send|update my|look into|check (?:in|on|the)|ask (?:him|her|them|about|for)|follow up|apply (?:to|for) (?:a few|more|some|other)|take a (?:break|walk)|get (?:some|more) (?:rest|sleep))';
export const FUTURE = `(?:'ll|will|won'?t|will not|is going to|are going to|'re going to|'s going to|am going to|'m going to|is gonna|are gonna|'m gonna|'re gonna|gonna|will ever|'ll ever)`;
export const F_SUBJ =
  '(?:i|you|we|they|he|she|it|nobody|no one|no-one|noone|nothing|no company|no employer|no recruiter|no man|no woman|no guy|no girl|anyone|anybody|everyone|everybody|this|that|things|people|the (?:interview|date|meeting|presentation|review|result|answer|email|offer|call|job|company|recruiter|interviewer|panel|manager|team)|my (?:boss|manager|friends?|family|parents|ex|partner|date|career|life|future))';
export const F_BAD = String.raw`(?:never|not|n't|no one|nobody|fail\w*|reject\w*|alone|lonely|single|lose|lost|mess (?:it |this |everything )?up|screw (?:it |this |everything )?up|blow it|bomb|choke|embarrass\w*|humiliat\w*|hate|laugh at|say no|turn me down|leave me|dump me|ghost me|fire me|let me go|replace me|forget (?:about )?me|end up|disaster|worse|forever|anyone|anything|anywhere|go wrong|go badly|badly|wrong|regret|unemployed|broke|homeless|die|think i'?m|see (?:right )?through|find out|figure out (?:that )?i|realize|pick someone else|choose someone else|hire someone else|be the same|be another|be like (?:last|every)|be awkward|be a waste|waste|pointless|for nothing|too late|stuck|miserable|over|ignor\w*|kick me out|drop me|exclude me|leave|forget|laugh|judge|hate me|notice|see me|go badly|badly|bad|laid off|fired|let go|dumped|rejected|replaced|ghosted|passed over|cut|drag on|take forever|go on forever|last forever|never end|fall through|fall apart|go nowhere|cancel|bail|flake|back out|drop|disappear|vanish|lose interest|get bored|move on|find someone|pick someone|choose someone|end badly|end the same|end like|end up like|go like|be like (?:all|every|the rest|last)|be no|be a no|be rejected)`;

// "He thinks I'm boring" is mind-reading; the label inside is his (as imagined), not theirs.
export const NOT_AFTER_OTHERS_THINK = new RegExp(
  String.raw`\b(?:${OTHERS}|they all|\w+)\s+(?:\w+\s+){0,2}?(?:thinks?|thought|believes?|believed|sees?|saw|knows?|knew|realized|found out|decided|can see|could see|can tell|could tell|considers?|views?)\s+(?:that\s+|me\s+as\s+)?$`,
);
