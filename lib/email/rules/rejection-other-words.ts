import type { EmailCue } from './shared';

/*
 * A no in other words, still strong on its own: an offer taken back, a place given to someone
 * else, a decision not to go on, endings said sideways, and the way small employers, crews and
 * recruiters say it. They follow rejection.ts in the classifier's list of strong cues.
 */

export const REJECTION_OTHER_WORDS: EmailCue[] = [
  {
    id: 'offer-withdrawn',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:withdraw\w*|rescind\w*|retract\w*|unable to (?:proceed|go ahead) with|not (?:be )?(?:able to )?(?:proceed|go ahead) with)\s+(?:the|our|your|this|that)\s+(?:\w+\s+)?offer\b|\b(?:unable|not able) to confirm your (?:appointment|offer|start)\b/,
    weight: 3.5,
    example: 'We have to withdraw the offer we made you last week.',
    why: 'An offer taken back, or a start that cannot be confirmed.',
  },
  {
    id: 'role-given-to-someone-else',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:offer\w*|extend\w*|give|gave|given|appoint\w*|award\w*)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:job|role|position|post|contract|place|offer|vacancy)\s+to\s+(?:someone|somebody|another|a different|an(?:other)? (?:internal |external )?(?:candidate|applicant|colleague|person))\b|\bappointed\s+(?:another|a different|an(?:other)? internal)\s+(?:\w+\s+)?(?:colleague|candidate|applicant|person)\b/,
    weight: 3.5,
    example: 'We have offered the position to another candidate.',
    why: 'The job, place or contract given to someone else, or another person appointed.',
  },
  {
    id: 'decided-not-to-proceed',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:decided|chosen|elected|opted)\s+not\s+to\s+(?:proceed|progress|move forward|continue|go ahead|take (?:this|your application|things|it) (?:any )?further)\b(?!\s+with\s+(?:him|her|them)\b)/,
    weight: 3.5,
    example: 'We have decided not to proceed with your application.',
    why: 'A decision not to go on; not when it is about someone else ("with him").',
  },
  {
    id: 'not-among-those-selected',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\bnot\s+(?:among|one of)\s+(?:those|the)\s+(?:\w+\s+)?(?:selected|successful|chosen|shortlisted)\b|\b(?:have|has|did|will)\s+not\s+(?:got|get|been offered|secured?|won|been given)\s+a\s+(?:place|spot|position|role|seat)\b|\b(?:will\s+)?not\s+be\s+(?:making|extending|offering)\s+(?:you\s+)?(?:an?\s+)?offer\b/,
    weight: 3.5,
    example: 'You were not among those selected for interview.',
    why: 'Not among the chosen, no place won, no offer being made.',
  },
  {
    id: 'process-has-ended',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:going to|we'?ll|will|have to|need to)\s+stop\s+(?:it\s+|things\s+)?here\b|\b(?:can|could) not consider your (?:application|candidacy)\b|\bnone\s+of\s+(?:them|these|your\s+applications)\s+(?:will\s+be\s+|are\s+|is\s+)?(?:progress\w*|successful|moving)\b|\b(?:application|candidacy|part in (?:this|the) (?:process|recruitment))\b[^.]{0,40}\b(?:has|have)\s+(?:now\s+)?(?:ended|come to an end)\b|\bbelow the (?:threshold|mark|score) (?:required|needed)\b/,
    weight: 3.5,
    example: 'Your part in this recruitment process has now come to an end.',
    why: 'Endings said in other words: "we are going to stop here", "none of them will be progressing", "below the threshold required".',
  },
  {
    id: 'filled-internally',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:post|role|position|job|vacancy)\s+no\s+longer\s+exists\b|\b(?:can|could) not appoint\b|\b(?:position|role|vacancy|job|post)\s+(?:now\s+)?filled\b|\b(?:appoint\w*|hire\w*|promot\w*|fill\w*)\s+(?:(?:the\s+)?(?:role|position|post)\s+)?(?:internally|from within)\b|\bsearch\s+to\s+a\s+close\b/,
    weight: 3.5,
    example: 'We have decided to appoint internally for this post.',
    why: 'The post no longer exists, was filled, or goes to someone inside; "we have brought the search to a close".',
  },
  {
    id: 'not-inviting-you',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\bnot\s+(?:be\s+)?invit\w*\s+you\s+(?:to|for)\s+(?:the|an?|our)\s+(?:[\w-]+\s+){0,2}?(?:round|stage|interview|onsite|on-site|assessment|day|shift|trial|call)\b|\b(?:going|decided|have) to pass\b(?!\s+(?:on\s+to|the|along|it|your))/,
    weight: 3.5,
    example: 'We will not be inviting you to the next round of interviews.',
    why: 'No invitation to the next stage, or "we have decided to pass".',
  },
  {
    id: 'pass-on-your-application',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:decided|decide|have|going|need) to pass on (?:your|you|this|moving)\b|\bpass(?:ing)? on your (?:application|candidacy)\b/,
    weight: 3.5,
    example: 'After some thought we have decided to pass on your application.',
    why: 'Passing on the reader or their application.',
  },
  {
    id: 'continuing-the-search',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:continue|continuing|keep|re-?open(?:ing)?)\s+(?:our|the|with our|with the)\s+search\b|\bkeep looking\b/,
    weight: 2,
    example: 'We will be continuing our search for the right person.',
    why: 'The employer keeps looking, so the reader was not the one.',
  },
  {
    id: 'found-someone-whose',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:identified|found|selected|chosen)\s+(?:a\s+|an?other\s+|other\s+|the\s+)?(?:\w+\s+)?(?:candidates?|applicants?|individuals?)\s+(?:whose|who|that)\b/,
    weight: 3,
    example: 'We have found a candidate whose experience is closer to what we need.',
    why: 'Having found or chosen another person who fits better.',
  },
  {
    id: 'went-another-way',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:go|going|went|gone)\s+(?:another|a\s+different|the\s+other)\s+way\b|\b(?:that'?s|it'?s|it\s+is|that\s+is)\s+a\s+(?:no|pass)\b(?!\s+(?:-?\s*brainer|go))|\bdid\s+not\s+go\s+your\s+way\b/,
    weight: 3,
    example: 'We went another way on this one, sorry.',
    why: 'Said the way small employers and crews say it: "went another way", "it\'s a no", "did not go your way".',
  },
  {
    id: 'booked-someone-else',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\bfilled\s+(?:it|the\s+(?:role|position|job|post|vacancy|spot))\s+(?:with|internally|already)\b|\bnot\s+(?:gonna|going\s+to|able\s+to|be\s+able\s+to)\s+(?:bring|take)\s+you\s+on\b|\b(?:confirmed|booked|hired|found)\s+(?:another|a\s+different)\s+(?:[\w-]+\s+){0,2}?(?:operator|freelancer|contractor|crew|person|candidate|applicant|photographer|editor|designer|writer|developer|translator|tutor|nanny|cleaner|driver|chef|cook)\b/,
    weight: 3.5,
    example: 'We have booked another photographer for the wedding, sorry.',
    why: 'Filled it already, not going to take the reader on, booked or hired another freelancer.',
  },
  {
    id: 'below-required-score',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:not\s+(?:be\s+)?able|unable)\s+to\s+(?:add|include|place)\s+you\s+(?:to|in|on)\s+(?:our|the)\b|\bdid\s+not\s+(?:reach|meet|achieve)\s+(?:our|the)\s+(?:required|minimum|pass(?:ing)?)\s+(?:score|mark|standard|threshold|level)\b/,
    weight: 3,
    example: 'You did not meet the minimum score needed to pass the assessment.',
    why: 'Not added to a pool or roster, or below the score an assessment required.',
  },
  {
    id: 'wanted-someone-with-more',
    labels: ['rejection'],
    lang: 'en',
    pattern: /\b(?:looking for|need|needed|wanted)\s+someone\s+with\s+more\b/,
    weight: 2.5,
    example: 'We were looking for someone with more leadership experience.',
    why: 'A no said as what the employer wanted instead.',
  },
  {
    id: 'not-retained',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:was|has been|have been|were|is)\s+not\s+(?:been\s+)?retained\b|\b(?:proposal|application|bid)\s+(?:for\s+the\s+job\b[^.]{0,80}?\s+)?(?:was|has been)\s+declined\b|\b(?:cover|assignment|booking|placement|shift|gig)\s+(?:\w+\s+){0,4}?(?:has|have|was)\s+(?:now\s+|already\s+)?been\s+filled\b/,
    weight: 3.5,
    example: 'Your application was not retained for this position.',
    why: '"Your application was not retained" (a French turn of phrase in English); a gig proposal declined; a temp booking filled.',
  },
  {
    id: 'candidacy-withdrawn-by-them',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /(?<!\byou\s)\b(?:decided|have|has|had|we'?ve|we)\s+(?:to\s+)?withdr[ae]w\w*\s+your\s+(?:candidacy|application)\b(?![^.]{0,40}\b(?:at your request|as you asked|as (?:you )?requested|per your request|following your request)\b)/,
    weight: 3.5,
    example: 'The hiring team has decided to withdraw your candidacy for the Analyst role.',
    why: "The employer withdrawing the reader's candidacy: a no; not when the reader asked for it.",
  },
];
