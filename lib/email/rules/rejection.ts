import type { EmailCue } from './shared';

/*
 * A no, said plainly: each of these is strong on its own (weight 2 to 4 on the classifier's
 * scale; a sentence counts only its strongest). The rest of the strong cues, the ways of saying
 * it in other words, are in rejection-other-words.ts; the softer words that only tip a close call
 * are in rejection-soft.ts.
 */

export const REJECTION_PLAIN: EmailCue[] = [
  {
    id: 'moving-forward-with-other-candidates',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:mov\w*|go\w*|went|proceed\w*|continu\w*|pursu\w*|progress\w*|advanc\w*)\s+(?:forward\s+|ahead\s+|on\s+)?with\s+(?:(?:an?|the|some)\s+)?(?:(?:other|another|different|alternative|a different|more qualified|stronger)\s+(?:\w+\s+){0,2}?(?:candidates?|applicants?|profiles?|individuals?|people|persons?|finalists?)|(?:candidates?|applicants?|someone|people)\s+(?:whose|who|with|that))\b/,
    weight: 4,
    example:
      'We have decided to move forward with other candidates whose experience more closely matches the role.',
    why: 'The commonest no: the employer goes on with other people, or with someone who fits better.',
  },
  {
    id: 'chose-other-candidates',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:pursue|pursuing|consider|considering|interview|interviewing|chosen|choose|chose|selected|select|picked)\s+(?:other|another|different|alternative)\s+(?:\w+\s+)?(?:candidates?|applicants?|profiles?)\b/,
    weight: 4,
    example: 'The hiring team has chosen other applicants for this position.',
    why: 'Choosing, pursuing or interviewing other candidates, said without "moving forward".',
  },
  {
    id: 'not-moving-forward',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:not|unable to|no longer|decided against)\s+(?:be\s+|to\s+|be able to\s+|able to\s+)*(?:mov|proceed|progress|advanc|continu|tak|go|pursu|invit|offer|extend)\w*\s+(?:(?:you|it|this|them|your\s+(?:application|candidacy|candidature|profile))\s+)?(?:forward|further|ahead|any further|to (?:the next|an? |interview)|with (?:your|you|it|this|the (?:interviews?|process|recruitment))|with interviews|your (?:application|candidacy|candidature)|the (?:position|role|job)|an? (?:interview|offer|place|position|role))\b/,
    weight: 4,
    example: 'We will not be moving forward with your application.',
    why: 'The process not going on for the reader: "not moving forward", "unable to progress your application".',
  },
  {
    id: 'regret-to-inform',
    labels: ['rejection'],
    lang: 'en',
    pattern: /\bregret\s+to\s+(?:inform|advise|tell|let you know|share|say)\b/,
    weight: 3.5,
    example: 'We regret to inform you that we have made a decision on the role.',
    why: 'The formal opening of a no.',
  },
  {
    id: 'unfortunately-not',
    labels: ['rejection'],
    lang: 'en',
    pattern: /\b(?:unfortunately|sadly|regrettably)\b[^.]{0,80}\b(?:not|unable|no longer)\b/,
    weight: 1.5,
    example: 'Unfortunately, the team did not feel your experience matched what they need right now.',
    why: 'Weak alone: "unfortunately the interviewer is not available" is not a no.',
  },
  {
    id: 'not-selected',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:not|was not|were not)\s+(?:been\s+|be\s+)?(?:selected|shortlisted|chosen|successful|invited|progressed|advanced)\b/,
    weight: 3.5,
    example: 'Your application was not selected for this role.',
    why: 'Not selected, shortlisted, chosen, invited or successful.',
  },
  {
    id: 'unsuccessful',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:was|were|has been|have been|is|be)\s+unsuccessful\b|\bunsuccessful\s+(?:on this occasion|this time)\b/,
    weight: 3.5,
    example: 'I am sorry to tell you that your application has been unsuccessful.',
    why: 'The British no: the application "was unsuccessful" or "unsuccessful on this occasion".',
  },
  {
    id: 'position-filled',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:position|role|vacancy|job|opening|requisition|req|posting|search|post)\s+(?:\w+\s+){0,3}?(?:has|have|was|is|had)\s+(?:now\s+|since\s+|already\s+|just\s+|recently\s+|unfortunately\s+)?(?:been\s+)?(?:filled|closed|cancel+ed|put on hold|placed on hold|on hold|paused|frozen|withdrawn|eliminated)\b/,
    weight: 3.5,
    example: 'The Marketing Coordinator position has now been filled.',
    why: 'The job itself is gone: filled, closed, cancelled, on hold, frozen or withdrawn.',
  },
  {
    id: 'filled-the-role',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:filled|closed|paused|cancel+ed)\s+(?:the|this|our)\s+(?:\w+\s+){0,2}?(?:position|role|vacancy|opening|requisition|post|job)s?\b/,
    weight: 3.5,
    example: 'We have filled the warehouse associate role.',
    why: 'The employer filled, closed or paused the role, said with the employer as subject.',
  },
  {
    id: 'hired-someone-else',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:hired|hire|selected|chosen|picked|appointed|offer\w* the (?:position|role|job|post) to|extend\w* an offer to|made an offer to|gone with|went with|going with|go with)\s+(?:another|a different|an(?:other)? internal|an? (?:\w+\s+)?(?:candidate|applicant)|someone|other (?:candidates?|applicants?))\b(?!\s+(?:supplier|vendor|provider|agency|partner|platform|tool|solution|venue|proposal|quote|bid|firm for))/,
    weight: 3.5,
    example: 'We have hired another candidate for the role.',
    why: 'Someone else hired or chosen; not when the other one is a supplier, vendor or agency.',
  },
  {
    id: 'unable-to-offer',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:unable|not able|not be able|not in a position|can not)\s+to\s+(?:offer you|extend (?:you )?an offer|progress(?!\s+(?:every|all|each|everyone)\b)|invite you)\b|\bcan not (?:offer you|progress(?!\s+(?:every|all|each|everyone)\b)|invite you|give (?:you )?a (?:favou?rable|positive))\b/,
    weight: 3.5,
    example: 'We are unable to offer you the position.',
    why: 'The employer cannot offer, progress or invite the reader.',
  },
  {
    id: 'no-longer-considered',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\bno longer\s+(?:being\s+)?(?:considered|under consideration|in consideration|in the running|active)\b/,
    weight: 3.5,
    example: 'Your application is no longer under consideration.',
    why: 'The application is out of the running.',
  },
  {
    id: 'will-not-be-considered',
    labels: ['rejection'],
    lang: 'en',
    pattern: /\bwill not be considered\b/,
    weight: 3.5,
    example: 'Your application will not be considered further.',
    why: 'Said of the application in the future tense.',
  },
  {
    id: 'declined-your-application',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:decline|declined|reject|rejected|close|closed)\s+(?:your|the)\s+(?:application|candidacy|candidature)\b/,
    weight: 3.5,
    example: 'The hiring manager has declined your application.',
    why: 'The application declined, rejected or closed, with the employer as subject.',
  },
  {
    id: 'your-application-rejected',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\byour\s+(?:application|candidacy|candidature)\s+(?:\w+\s+){0,3}?(?:has been|was|is|have been|has|had)\s+(?:\w+\s+){0,2}?(?:declined|rejected|closed|unsuccessful|not (?:been )?(?:selected|successful)|archived)\b/,
    weight: 3.5,
    example: 'Your application for Data Analyst has been rejected.',
    why: 'The application as subject: declined, rejected, closed, archived or not successful.',
  },
  {
    id: 'different-direction',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:go|going|went|gone|move|moving|take|taking|head|heading)\s+(?:in\s+)?(?:a\s+)?different\s+direction\b/,
    weight: 3,
    example: 'We have decided to go in a different direction for this role.',
    why: 'A no said as a change of course.',
  },
  {
    id: 'not-the-right-fit',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\bnot\s+(?:quite\s+|be\s+)?(?:the right|a (?:strong|good|great|close)|the best)\s+(?:fit|match)\b|\bnot a (?:fit|match)\b/,
    weight: 2.5,
    example: 'We felt you were not the right fit for the team at this stage.',
    why: 'A no said as fit: "not the right fit", "not a strong match".',
  },
  {
    id: 'our-hiring-freeze',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:we|we're|we are|our)\b[^.]{0,60}\b(?:hiring freeze|freeze on hiring|no longer hiring|not hiring)\b/,
    weight: 2.5,
    example: 'We have put a hiring freeze in place across the company.',
    why: 'News mail talks about freezes too; with "we" it is this employer\'s word to the reader.',
  },
  {
    id: 'role-no-longer-available',
    labels: ['rejection'],
    lang: 'en',
    pattern: /\b(?:position|role|job|opening|vacancy) is no longer (?:available|open)\b/,
    weight: 2.5,
    example: 'I am afraid the job is no longer open.',
    why: 'The job is no longer available or open.',
  },
  {
    id: 'other-candidates-stronger',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\bother candidates?\s+(?:whose|who(?:se)? (?:more|better)|(?:are|were) (?:a )?(?:stronger|better|closer|more))\b/,
    weight: 2.5,
    example: 'Other candidates were a closer match for what the team needs.',
    why: 'Other candidates were stronger, better or closer.',
  },
  {
    id: 'status-not-selected',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:it|that|the answer) (?:is|was) not you\b|\bstatus[^.]{0,80}\b(?:not selected|rejected|declined|unsuccessful|not moving forward)\b/,
    weight: 3,
    example: 'Your application status has been updated to Not Selected.',
    why: 'A portal status line ("Status: not selected"), or "it was not you".',
  },
  {
    id: 'passed-on-you',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /\b(?:decided to |chose to |have |has |had )?pass(?:ed)? on (?:your (?:profile|application|candidacy|submission|resume|cv)|you)\b(?![^.]{0,60}\b(?:to|for|with|internally|along)\b)/,
    weight: 3.5,
    example:
      'Quick update on the Tucson ICU contract I submitted you for: the facility passed on your profile.',
    why: 'An employer or client that "passed on" the reader: a no in recruiters\' words; not "passed on your CV to the manager".',
  },
  {
    id: 'final-adverse-action',
    labels: ['rejection'],
    lang: 'en',
    pattern:
      /(?<!(?:before|prior to|may take|to take) (?:any )?)\bfinal adverse action\b|(?<!pre-)\badverse action notice\b/,
    weight: 3.5,
    example: 'This is a Notice of Final Adverse Action regarding your application to deliver with QuickDrop.',
    why: 'A US background-check decision not to hire ("final adverse action"), in the law\'s words.',
  },
];
