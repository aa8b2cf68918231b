import type { RuleRecord } from '../../detect/rule';

/**
 * The crisis check's record shape and the word lists its rules share. Each file in this folder is
 * one family of what the check notices (a passive wish, a burden, a means, a goodbye) or of what
 * quiets it (an idiom, a report of someone else's words, the topic talked about); index.ts gathers
 * them for the engine (../crisis-rules.ts). direct.ts alone is ready at a page's first render.
 */
export type CrisisLabel =
  /** Alone enough to bring the crisis resources up. */
  | 'risk'
  /** A softer sign that counts only with others close by (weight 2: enough alone). */
  | 'cue'
  /** Names the subject ("suicidal", "self-harm"): a risk unless it is about the topic or others. */
  | 'names-it'
  /** Says the subject of oneself, even with someone else in the sentence. */
  | 'first-person'
  /** Keeps the check (or one part of it) quiet. */
  | 'quiet'
  /** The writer asking what to do for someone at risk now: reports about others count then. */
  | 'help-now';

export type CrisisRule = RuleRecord<CrisisLabel>;

/** A soft cue. Cues of one group count once between them (means and places are ordinary words). */
export interface CrisisCue extends CrisisRule {
  group?: 'means';
}

export const SELF = String.raw`(?:my\s*self|myself|meself|my\s*slef|myslef)`;
export const KILL = '(?:kill|kil|k[i*!1]ll|kiling|killing|killed|off|top)';
export const HARM =
  '(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|hang|hanging|shoot|shooting|poison|poisoning)';
// "I cut myself shaving", "hurt myself at the gym": accidents, not self-harm.
export const ACCIDENT = String.raw`(?:\s+(?:shaving|cooking|chopping|playing|running|lifting|training)|\s+(?:at|in|during|on)\s+(?:the\s+|a\s+|my\s+)?(?:gym|game|match|practice|training|football|soccer|tennis|run|field|pitch|court|stove|oven|pan|kettle|iron|paper|glass|tin|can|grater|kitchen))`;
export const DIE = String.raw`die\b(?!\s+(?:alone|single|lonely|unloved|childless|old|happy|of|from|laughing|a\s|an\s|without|before|when|in\s|on\s|at\s|if\s+i\s+(?:have|had)\s+to))`;
export const WANT =
  '(?:want|wanna|wanted|wanting|going|gonna|ready|need|needing|plan(?:ning)?|try(?:ing)?|tried)';
// "...if I was gone", "...if I wasn't here", "...if I died".
export const IF_GONE = String.raw`(?:if|when|once)\s+(?:just\s+)?(?:(?:i\s+(?:just\s+)?(?:was|were|am)|i'?m)\s+(?:dead|gone|not\s+(?:here|around|alive)|no\s+longer\s+(?:here|around|alive))|i\s+(?:just\s+)?(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around|alive|born)|i\s+(?:just\s+)?(?:died|disappeared|stopped\s+existing|never\s+existed|left\s+for\s+good|was\s+never\s+born|killed\s+myself))`;
export const NOT_I = String.raw`(?:i\s+(?:was|were|wasn'?t|weren'?t|had|hadn'?t|didn'?t|did\s+not)|i'?d)`;
// Where a wish ends the thought ("looking forward to dying 😂", "why do I keep breathing, honestly"),
// not where it runs on into an object ("dying my hair", "breathing through my mouth").
export const ENDS_THERE = String.raw`(?=\s*(?:$|[^\s\w]|\b(?:tbh|honestly|lol|lmao|haha|now|anymore|at\s+this\s+point|tho|though|and|but|so)\b))`;
