import { EMO, rx, type TrapRule } from './shared';

/**
 * Negative feeling: stuck in a distressing feeling, going round and round.
 * The records whose first label is this trap; index.ts puts all of them in the detector's order.
 */
export const NEGATIVE_FEELING: TrapRule[] = [
  {
    id: 'feeling-on-a-loop',
    labels: ['negative-feeling'],
    lang: 'en',
    weight: 0.66,
    example: 'The hurt is on a loop.',
    why: 'Said as weather or as a loop: "the hurt is on a loop", "it won\'t let up", "the whole room".',
    pattern: rx(
      String.raw`\bon\s+(?:a\s+)?(?:loop|repeat)\b|\bwon'?t\s+(?:let\s+up|lift|shift|leave\s+me|let\s+me\s+go)\b|\breplays?\s+and\s+replays?\b|\bkeeps?\s+(?:washing|flooding|swelling|welling|creeping|rising)\s+(?:over|back|up|in)\b|\bswallow(?:s|ing|ed)?\s+(?:every|everything|me|my\s+whole)\b|\bleaked\s+into\s+(?:the\s+|my\s+)?(?:whole|every|everything)\b|\b(?:is|it'?s)\s+in\s+everything\b|\bis\s+the\s+whole\s+(?:room|house|day|world|sky)\b|\bit'?s\s+all\s+i\s+am\b|\b(?:weeks?|days?|months?)\s+of\s+(?:hollow|numb|empty|sad|grey|gray|nothing)\b|\bstewing\s+in\b|\bnothing\s+gets\s+through\b|\b(?:sad|hurt|angry|lonely|numb)\.\s+still\s+(?:sad|hurt|angry|lonely|numb)\b|\bthe\s+\w+\s+is\s+(?:just\s+)?constant\b`,
    ),
  },
  {
    id: 'cant-stop-thinking',
    labels: ['negative-feeling'],
    lang: 'en',
    weight: 0.8,
    example: "I can't stop thinking about what he said.",
    why: "Rumination: can't stop thinking, crying, replaying; its own words hold the negation.",
    pattern: rx(
      String.raw`\b(?:can'?t|cannot|couldn'?t|can not)\s+(?:\w+\s+)?(?:stop|quit)\s+(?:thinking|crying|replaying|obsessing|worrying|feeling|checking|going over|ruminating|looking at|rereading|re-reading|refreshing|shaking)\b|\b(?:keep|kept|keeps|keeping|been|i'?m|i am)\s+(?:\w+\s+)?(?:replaying|going over|obsessing|ruminating|reliving|re-reading|rereading|refreshing|spiraling|spiralling|dwelling)\b|\ball i (?:can|could|do is|ever) (?:think|feel|cry|do is (?:think|cry|worry))\b|\bkeep (?:thinking about|crying|checking|feeling)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'cant-get-over',
    labels: ['negative-feeling'],
    lang: 'en',
    weight: 0.74,
    example: "I can't get over the breakup.",
    why: 'Stuck in the feeling ("can\'t get over it", "this pain won\'t go away", "sick of feeling this way").',
    pattern: rx(
      String.raw`\b(?:can'?t|cannot|couldn'?t|can not)\s+(?:\w+\s+)?(?:get over|shake (?:this|the|it|off)|let (?:it|this|go|him go|her go|them go)|move on|stop feeling|get\b[^.]{0,40}\bout of my (?:head|mind)|think (?:about|of) anything else|stop\s*(?:[.!]|$)|switch off|breathe|sleep|eat|focus|function|concentrate|think straight|get out of bed|calm down)\b|\b(?:this|the) (?:pain|hurt|sadness|anxiety|loneliness|feeling|ache|heaviness|dread|shame) (?:won'?t|will never|never|isn'?t going to|doesn'?t)\s+(?:\w+\s+)?(?:go away|stop|end|leave|fade|lift|ease|pass)\b|\bi'?m (?:so |really )?(?:sick|tired) of (?:feeling|being)\b|\bi hate (?:feeling|how i feel|this feeling)\b`,
    ),
    keepNegated: true,
  },
  {
    id: 'intense-and-lasting',
    labels: ['negative-feeling'],
    lang: 'en',
    weight: 0.6,
    example: "I'm so anxious all the time.",
    why: 'An intense feeling that doesn\'t let up ("so sad all the time", "still so hurt").',
    pattern: rx(
      String.raw`\b(?:i'?m|i am|i feel|i felt|i'?ve been|i have been|i keep feeling|feeling|i get)\s+(?:so|really|completely|totally|utterly|incredibly|extremely|constantly|always|just so|too|unbearably|beyond|deeply|absolutely|painfully)\s+(?:\w+\s+){0,1}?${EMO}\b`,
    ),
    needs:
      /\b(?:all the time|every day|everyday|constantly|nonstop|non-stop|anymore|any more|no matter what|with everything|about everything|by everything|all day|all night|for (?:days|weeks|months)|since|still|always|can'?t|everything|right now|today|tonight|again|so much|it hurts|unbearable)\b/,
  },
  {
    id: 'overwhelmed',
    labels: ['negative-feeling'],
    lang: 'en',
    weight: 0.55,
    example: "I'm completely overwhelmed.",
    why: 'Overwhelmed or crushed, crying for days, everything heavy.',
    pattern: rx(
      String.raw`\b(?:i'?m|i am|i feel|i'?ve been|i have been)\s+(?:(?:so|really|completely|totally|utterly|incredibly|extremely|deeply|just)\s+)+(?:overwhelmed|consumed|crushed|devastated|gutted|heartbroken|miserable|numb|empty|broken|destroyed|hopeless|wrecked|shattered|defeated|frustrated with everything|lost)\b|\b(?:it|this) hurts (?:so|too) much\b|\bi\s*(?:cried|cry|have cried|'ve cried|was crying|'ve been crying|have been crying|keep crying) (?:all|every|for|nonstop|non-stop|myself to sleep)\b|\b(?:everything|it all|life) (?:feels|seems|is) (?:so )?(?:hopeless|pointless|heavy|dark|grey|gray|meaningless|empty)\b|\bi feel (?:so )?(?:sick to my stomach|like crying|like screaming|like giving up|nothing)\b`,
    ),
  },
];
