import { extractCompany } from './company';
import { EMAIL_MODEL_THRESHOLD, emailModelScore } from './model';

export { setEmailModel } from './model';

import { plainText, sentences } from './text';

export interface Email {
  subject: string;
  /** The From header or the sender shown in webmail: `Name <address>`, a name, or an address. */
  from: string;
  /** Plain text or HTML. */
  body: string;
}

export interface EmailVerdict {
  rejection: boolean;
  /** 0..1: how sure the classifier is that this is a no. */
  score: number;
  company: string | null;
}

/*
 * The classifier reads structure rather than a keyword list. A cue counts only where it is said
 * to the reader as a fact: not inside quotation marks (articles about rejection), not after a
 * conditional in the same sentence ("if you are not selected, we will…"), not about third parties
 * ("candidates who are not selected…"). Cues of other mail (interviews, offers, confirmations,
 * alerts, outreach, account mail) count against, unless negated in their own sentence ("we won't
 * be scheduling a next round"). A job context is required: "we're going with another vendor" is
 * not a job rejection.
 */

/** A pattern, its weight, and (for other mail) whether it still counts in a negated sentence. */
type Cue = [RegExp, number, boolean?];

// A no, said plainly. Each is strong on its own.
const STRONG: Cue[] = [
  [
    /\b(?:mov\w*|go\w*|went|proceed\w*|continu\w*|pursu\w*|progress\w*|advanc\w*)\s+(?:forward\s+|ahead\s+|on\s+)?with\s+(?:(?:an?|the|some)\s+)?(?:(?:other|another|different|alternative|a different|more qualified|stronger)\s+(?:\w+\s+){0,2}?(?:candidates?|applicants?|profiles?|individuals?|people|persons?|finalists?)|(?:candidates?|applicants?|someone|people)\s+(?:whose|who|with|that))\b/,
    4,
  ],
  [
    /\b(?:pursue|pursuing|consider|considering|interview|interviewing|chosen|choose|chose|selected|select|picked)\s+(?:other|another|different|alternative)\s+(?:\w+\s+)?(?:candidates?|applicants?|profiles?)\b/,
    4,
  ],
  [
    /\b(?:not|unable to|no longer|decided against)\s+(?:be\s+|to\s+|be able to\s+|able to\s+)*(?:mov|proceed|progress|advanc|continu|tak|go|pursu|invit|offer|extend)\w*\s+(?:(?:you|it|this|them|your\s+(?:application|candidacy|candidature|profile))\s+)?(?:forward|further|ahead|any further|to (?:the next|an? |interview)|with (?:your|you|it|this|the (?:interviews?|process|recruitment))|with interviews|your (?:application|candidacy|candidature)|the (?:position|role|job)|an? (?:interview|offer|place|position|role))\b/,
    4,
  ],
  [/\bregret\s+to\s+(?:inform|advise|tell|let you know|share|say)\b/, 3.5],
  // Weak alone: "unfortunately the interviewer is not available" is not a no.
  [/\b(?:unfortunately|sadly|regrettably)\b[^.]{0,80}\b(?:not|unable|no longer)\b/, 1.5],
  [
    /\b(?:not|was not|were not)\s+(?:been\s+|be\s+)?(?:selected|shortlisted|chosen|successful|invited|progressed|advanced)\b/,
    3.5,
  ],
  [
    /\b(?:was|were|has been|have been|is|be)\s+unsuccessful\b|\bunsuccessful\s+(?:on this occasion|this time)\b/,
    3.5,
  ],
  [
    /\b(?:position|role|vacancy|job|opening|requisition|req|posting|search|post)\s+(?:\w+\s+){0,3}?(?:has|have|was|is|had)\s+(?:now\s+|since\s+|already\s+|just\s+|recently\s+|unfortunately\s+)?(?:been\s+)?(?:filled|closed|cancel+ed|put on hold|placed on hold|on hold|paused|frozen|withdrawn|eliminated)\b/,
    3.5,
  ],
  [
    /\b(?:filled|closed|paused|cancel+ed)\s+(?:the|this|our)\s+(?:\w+\s+){0,2}?(?:position|role|vacancy|opening|requisition|post|job)s?\b/,
    3.5,
  ],
  [
    /\b(?:hired|hire|selected|chosen|picked|appointed|offer\w* the (?:position|role|job|post) to|extend\w* an offer to|made an offer to|gone with|went with|going with|go with)\s+(?:another|a different|an(?:other)? internal|an? (?:\w+\s+)?(?:candidate|applicant)|someone|other (?:candidates?|applicants?))\b(?!\s+(?:supplier|vendor|provider|agency|partner|platform|tool|solution|venue|proposal|quote|bid|firm for))/,
    3.5,
  ],
  [
    /\b(?:unable|not able|not be able|not in a position|can not)\s+to\s+(?:offer you|extend (?:you )?an offer|progress|invite you)\b|\bcan not (?:offer you|progress|invite you|give (?:you )?a (?:favou?rable|positive))\b/,
    3.5,
  ],
  [
    /\bno longer\s+(?:being\s+)?(?:considered|under consideration|in consideration|in the running|active)\b/,
    3.5,
  ],
  [/\bwill not be considered\b/, 3.5],
  [
    /\b(?:decline|declined|reject|rejected|close|closed)\s+(?:your|the)\s+(?:application|candidacy|candidature)\b/,
    3.5,
  ],
  [
    /\byour\s+(?:application|candidacy|candidature)\s+(?:\w+\s+){0,3}?(?:has been|was|is|have been|has|had)\s+(?:\w+\s+){0,2}?(?:declined|rejected|closed|unsuccessful|not (?:been )?(?:selected|successful)|archived)\b/,
    3.5,
  ],
  [
    /\b(?:go|going|went|gone|move|moving|take|taking|head|heading)\s+(?:in\s+)?(?:a\s+)?different\s+direction\b/,
    3,
  ],
  [
    /\bnot\s+(?:quite\s+|be\s+)?(?:the right|a (?:strong|good|great|close)|the best)\s+(?:fit|match)\b|\bnot a (?:fit|match)\b/,
    2.5,
  ],
  // News mail talks about freezes too; with "we" it is this employer's word to the reader.
  [
    /\b(?:we|we're|we are|our)\b[^.]{0,60}\b(?:hiring freeze|freeze on hiring|no longer hiring|not hiring)\b/,
    2.5,
  ],
  [/\b(?:position|role|job|opening|vacancy) is no longer (?:available|open)\b/, 2.5],
  [
    /\bother candidates?\s+(?:whose|who(?:se)? (?:more|better)|(?:are|were) (?:a )?(?:stronger|better|closer|more))\b/,
    2.5,
  ],
  [
    /\b(?:it|that|the answer) (?:is|was) not you\b|\bstatus[^.]{0,80}\b(?:not selected|rejected|declined|unsuccessful|not moving forward)\b/,
    3,
  ],
  // An offer taken back, a place given to someone else, a decision not to go on.
  [
    /\b(?:withdraw\w*|rescind\w*|retract\w*|unable to (?:proceed|go ahead) with|not (?:be )?(?:able to )?(?:proceed|go ahead) with)\s+(?:the|our|your|this|that)\s+(?:\w+\s+)?offer\b|\b(?:unable|not able) to confirm your (?:appointment|offer|start)\b/,
    3.5,
  ],
  [
    /\b(?:offer\w*|extend\w*|give|gave|given|appoint\w*|award\w*)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:job|role|position|post|contract|place|offer|vacancy)\s+to\s+(?:someone|somebody|another|a different|an(?:other)? (?:internal |external )?(?:candidate|applicant|colleague|person))\b|\bappointed\s+(?:another|a different|an(?:other)? internal)\s+(?:\w+\s+)?(?:colleague|candidate|applicant|person)\b/,
    3.5,
  ],
  [
    /\b(?:decided|chosen|elected|opted)\s+not\s+to\s+(?:proceed|progress|move forward|continue|go ahead|take (?:this|your application|things|it) (?:any )?further)\b(?!\s+with\s+(?:him|her|them)\b)/,
    3.5,
  ],
  [
    /\bnot\s+(?:among|one of)\s+(?:those|the)\s+(?:\w+\s+)?(?:selected|successful|chosen|shortlisted)\b|\b(?:have|has|did|will)\s+not\s+(?:got|get|been offered|secured?|won|been given)\s+a\s+(?:place|spot|position|role|seat)\b|\b(?:will\s+)?not\s+be\s+(?:making|extending|offering)\s+(?:you\s+)?(?:an?\s+)?offer\b/,
    3.5,
  ],
  // Endings said in other words: "we're going to stop here", "your part in this process has come
  // to an end", "none of them will be progressing", "position filled", "appoint internally".
  [
    /\b(?:going to|we'?ll|will|have to|need to)\s+stop\s+(?:it\s+|things\s+)?here\b|\b(?:can|could) not consider your (?:application|candidacy)\b|\bnone\s+of\s+(?:them|these|your\s+applications)\s+(?:will\s+be\s+|are\s+|is\s+)?(?:progress\w*|successful|moving)\b|\b(?:application|candidacy|part in (?:this|the) (?:process|recruitment))\b[^.]{0,40}\b(?:has|have)\s+(?:now\s+)?(?:ended|come to an end)\b|\bbelow the (?:threshold|mark|score) (?:required|needed)\b/,
    3.5,
  ],
  [
    /\b(?:post|role|position|job|vacancy)\s+no\s+longer\s+exists\b|\b(?:can|could) not appoint\b|\b(?:position|role|vacancy|job|post)\s+(?:now\s+)?filled\b|\b(?:appoint\w*|hire\w*|promot\w*|fill\w*)\s+(?:(?:the\s+)?(?:role|position|post)\s+)?(?:internally|from within)\b|\bsearch\s+to\s+a\s+close\b/,
    3.5,
  ],
  [
    /\bnot\s+(?:be\s+)?invit\w*\s+you\s+(?:to|for)\s+(?:the|an?|our)\s+(?:[\w-]+\s+){0,2}?(?:round|stage|interview|onsite|on-site|assessment|day|shift|trial|call)\b|\b(?:going|decided|have) to pass\b(?!\s+(?:on\s+to|the|along|it|your))/,
    3.5,
  ],
  // Other common ways of saying it: passing, continuing the search, having found someone.
  [
    /\b(?:decided|decide|have|going|need) to pass on (?:your|you|this|moving)\b|\bpass(?:ing)? on your (?:application|candidacy)\b/,
    3.5,
  ],
  [
    /\b(?:continue|continuing|keep|re-?open(?:ing)?)\s+(?:our|the|with our|with the)\s+search\b|\bkeep looking\b/,
    2,
  ],
  [
    /\b(?:identified|found|selected|chosen)\s+(?:a\s+|an?other\s+|other\s+|the\s+)?(?:\w+\s+)?(?:candidates?|applicants?|individuals?)\s+(?:whose|who|that)\b/,
    3,
  ],
  // Said the way small employers, crews and recruiters say it.
  [
    /\b(?:go|going|went|gone)\s+(?:another|a\s+different|the\s+other)\s+way\b|\b(?:that'?s|it'?s|it\s+is|that\s+is)\s+a\s+(?:no|pass)\b(?!\s+(?:-?\s*brainer|go))|\bdid\s+not\s+go\s+your\s+way\b/,
    3,
  ],
  [
    /\bfilled\s+(?:it|the\s+(?:role|position|job|post|vacancy|spot))\s+(?:with|internally|already)\b|\bnot\s+(?:gonna|going\s+to|able\s+to|be\s+able\s+to)\s+(?:bring|take)\s+you\s+on\b|\b(?:confirmed|booked|hired|found)\s+(?:another|a\s+different)\s+(?:[\w-]+\s+){0,2}?(?:operator|freelancer|contractor|crew|person|candidate|applicant|photographer|editor|designer|writer|developer|translator|tutor|nanny|cleaner|driver|chef|cook)\b/,
    3.5,
  ],
  [
    /\b(?:not\s+(?:be\s+)?able|unable)\s+to\s+(?:add|include|place)\s+you\s+(?:to|in|on)\s+(?:our|the)\b|\bdid\s+not\s+(?:reach|meet|achieve)\s+(?:our|the)\s+(?:required|minimum|pass(?:ing)?)\s+(?:score|mark|standard|threshold|level)\b/,
    3,
  ],
  [/\b(?:looking for|need|needed|wanted)\s+someone\s+with\s+more\b/, 2.5],
  // "Your application was not retained" (a French turn of phrase in English); a gig proposal
  // declined; a temp booking filled.
  [
    /\b(?:was|has been|have been|were|is)\s+not\s+(?:been\s+)?retained\b|\b(?:proposal|application|bid)\s+(?:for\s+the\s+job\b[^.]{0,80}?\s+)?(?:was|has been)\s+declined\b|\b(?:cover|assignment|booking|placement|shift|gig)\s+(?:\w+\s+){0,4}?(?:has|have|was)\s+(?:now\s+|already\s+)?been\s+filled\b/,
    3.5,
  ],
];

// Words that go with a no, but also with kinder mail; they tip a close call.
const SOFT: Cue[] = [
  [/\bafter (?:careful|much|thorough|long|further) (?:consideration|review|thought|deliberation)\b/, 1],
  [/\bunfortunately\b|\bregrettably\b|\bsadly\b|\bregret\b|\b(?:difficult|disappointing|bad|sad) news\b/, 1],
  [
    /\b(?:wish|wishing) you (?:the (?:very )?best|all the best|luck|every success|success|well)\b|\bbest of luck\b|\bgood luck\b/,
    0.8,
  ],
  [/\bfuture (?:endeavou?rs|opportunities|openings|roles|search)\b|\byour (?:job )?search\b/, 0.8],
  [
    /\bencourage you to (?:apply|keep an eye|check|look)\b|\bapply (?:again|for other|to other|in the future)\b/,
    0.8,
  ],
  [/\bkeep (?:your|you|the)\s+(?:\w+\s+){0,2}?(?:on file|in mind|in our (?:database|system|talent))\b/, 0.6],
  [/\b(?:difficult|tough|hard|close) (?:decision|call|choice)\b/, 1],
  [
    /\b(?:large|high|significant|great|overwhelming) (?:number|volume) of (?:\w+\s+)?(?:applications|applicants|candidates)\b|\bhighly competitive\b/,
    0.6,
  ],
  [/\bdecided\b|\bdecision\b/, 0.5],
  [/\bfeedback\b/, 0.3],
];

// Other mail in a job seeker's inbox.
const AGAINST: Cue[] = [
  // Interviews and scheduling.
  [
    /\b(?:schedule|book|arrange|set up|find a time|pick a time|coordinate)\b[^.]{0,50}\b(?:interview|call|chat|conversation|meeting|screen|onsite|on-site)\b/,
    -3,
  ],
  [
    /\binvit\w+ you (?:to|for) (?:an? |the |our )?(?:\w+\s+){0,2}?(?:interview|call|conversation|chat|onsite|on-site|assessment|meeting|panel)\b/,
    -3.5,
  ],
  [
    /\b(?:your availability|available times?|availability for|calendar link|calendly|time slots?|select a (?:time|slot)|pick a slot|what times? work|works best for you|zoom link|google meet|teams link|meeting link)\b/,
    -2.5,
  ],
  [
    /\b(?:pleased|happy|excited|delighted|thrilled|glad)\s+to\s+(?:invite|move you|advance|let you know that you|inform you that you|share that you|progress)\b/,
    -3.5,
  ],
  [
    /\b(?:like|love|want|wish|happy|pleased|excited)\s+to\s+(?:move|moving|proceed|continue|progress)\s+(?:forward\s+)?(?:with\s+)?(?:you|your application|your candidacy)\b/,
    -3,
  ],
  [/\b(?:next|following|final|second|third) (?:step|round|stage)s?\b(?![^.]{0,30}\b(?:not|n't)\b)/, -1.2],
  [/\binterview (?:details|confirmation|confirmed|is confirmed|reminder|invitation)\b/, -2],
  // Offers.
  [
    /\b(?:pleased|happy|delighted|excited|thrilled)\s+to\s+(?:extend|offer|make|present)\s+(?:you\s+)?(?:an?\s+|the\s+|our\s+)?(?:formal\s+|verbal\s+|written\s+|official\s+)?offer\b/,
    -5,
    true,
  ],
  [/\boffer letter\b|\boffer of employment\b|\bstart date\b|\bsign(?:ed)? (?:the|your) offer\b/, -3, true],
  [/\bcongratulations\b|\bwelcome (?:to the team|aboard)\b/, -2],
  // Received confirmations.
  [
    /\b(?:received|receipt of|submitted|got) your (?:application|resume|cv|submission)\b|\bapplication (?:has been |was )?(?:received|submitted|sent|complete)\b/,
    -2,
  ],
  [
    /\b(?:will|we'll|shall|is going to|are going to)\s+(?:now\s+|carefully\s+|soon\s+)?(?:review|be reviewing|be in touch|reach out|contact you|get back to you|be contacting)\b|\b(?:is|are) (?:currently |now )?(?:reviewing|under review|being reviewed)\b/,
    -2,
  ],
  // Also the subject of many a no ("Application status update"): a light hint.
  [/\b(?:application status|track your application|check (?:the )?status)\b/, -0.4],
  // Status updates that are not a no.
  [
    /\b(?:application|profile|resume) was (?:viewed|seen|sent|forwarded|shared)\b|\bforwarded (?:your|it) to\b|\bmov\w+ (?:you )?(?:forward )?to the next\b/,
    -3,
  ],
  [
    /\b(?:complete|take|finish)\s+(?:the|an?|our|this|your)\s+(?:\w+\s+){0,2}?(?:assessment|challenge|take-home|test|exercise|questionnaire)\b|\bhackerrank\b|\bcodility\b|\bcodesignal\b/,
    -2.5,
  ],
  // The person withdrawing, not a role being withdrawn.
  [
    /\b(?:request to withdraw|withdr[ae]w\w* (?:your|my) (?:application|candidacy)|you(?:'ve| have) withdrawn|withdrawal of your)\b/,
    -2.5,
    true,
  ],
  // Recruiter outreach.
  [
    /\b(?:came across|found|saw|noticed) your (?:profile|background|resume|experience|github|portfolio)\b|\b(?:would|are) you (?:be )?(?:open|interested)\b|\bopen to (?:new|a|hearing|exploring|chat)\b|\bquick (?:call|chat)\b|\bi(?:'m| am) (?:a|the) (?:\w+ )?recruiter\b/,
    -2.5,
  ],
  // A hiring team's copy of a no it sent someone else.
  [
    /\bsent\s+(?:to\s+[^.]{1,60}\s+)?on\s+your\s+behalf\b|\bthe\s+following\s+(?:email|message)\s+was\s+sent\b|\bcopy\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:email|message)\s+(?:you\s+)?sent\b/,
    -4,
    true,
  ],
  // A step still open: "you have not yet completed the assessment; the link will expire".
  [
    /\bnot\s+yet\s+(?:completed|finished|submitted)\b|\b(?:link|assessment|invitation)\s+(?:will\s+)?expires?\b/,
    -3,
    true,
  ],
  // Account and security mail.
  [
    /\b(?:reset|change|update) your password\b|\bverif(?:y|ication) (?:your )?(?:email|account|code|identity)\b|\bconfirm your (?:email|account|registration|address)\b|\b(?:security|one-time|login|sign-in) (?:code|alert|link|attempt)\b|\bactivate your account\b|\baccount (?:has been |was )?created\b|\bnew sign-in\b/,
    -4,
    true,
  ],
];

const AGAINST_FIRM = AGAINST.filter((c) => c[2]);
const AGAINST_SOFT = AGAINST.filter((c) => !c[2]);

// Grants, flats and manuscripts have applications too: a job needs words of its own.
// Alerts, digests and newsletters. Capped together: job sites wrap real rejections in alert footers.
const DIGEST: Cue[] = [
  [
    /\bjob alerts?\b|\bjobs? (?:for you|you may|you might|matching|recommended|picked)\b|\brecommended (?:jobs|for you|roles)\b|\bnew (?:jobs|roles|openings|positions) (?:for|in|near|at|match)\b|\b\d+\+? (?:new )?(?:jobs|roles|openings)\b|\b(?:view|see) (?:all |more |similar )?(?:jobs|roles|openings)\b|\beasy apply\b|\bapply now\b|\btop (?:job )?picks\b|\bbecause you (?:viewed|searched|saved|follow)\b/,
    -2,
    true,
  ],
  [
    /\bnewsletter\b|\b(?:daily|weekly|monthly) (?:digest|summary|roundup|round-up)\b|\bpostings? you follow\b|\bthis week(?:'s| in)\b|\bread (?:more|the full|the article)\b|\bpodcast\b|\bwebinar\b|\bhow to (?:handle|respond|cope|deal|bounce)\b|\btips\b|\bsubscribers?\b|\bin this issue\b/,
    -2,
    true,
  ],
  [/\bunsubscribe\b|\bmanage (?:your )?(?:alerts|preferences|notifications|email settings)\b/, -0.8, true],
];

const JOB_CONTEXT =
  /\b(?:candidac(?:y|ies)|candidature|candidates?|position|role|opening|vacancy|vacancies|interview\w*|hiring|hire|recruit\w*|resume|cv|job|employment|employer|talent|shortlist\w*|career|apprentice\w*|internship|traineeship|graduate scheme|contractor|ir35|freelancer?|shift work|trial shift|temp(?:orary)? (?:assignment|cover|role|work|job|booking))s?\b|\b(?:this|the) post\b(?! (?:on|about|from))/;

const APPLYING = /\bappl(?:y|ying|ied|ications?|icants?)\b/;
// Other things people apply or submit for, whose no is not a job rejection. (Fellowships are
// not here: often paid posts, and the people who label our sets count them as jobs.)
const NOT_JOB =
  /\b(?:grants?|manuscripts?|rental|tenants?|landlord|proposals?|conference|talks?|scholarships?|admissions?|loan|mortgage|credit card|visa|membership|award|residency|poems?|pitch|vendors?|agency|bid|tender|flat|apartment|property|unit|magazine|journal|publication|adopt\w*|rescue|foster\w*)\b/;
// Job titles also say "job" when nothing else does ("applying to be a Level Designer").
const TITLES =
  /\b(?:engineer|designer|manager|analyst|developer|assistant|associate|specialist|coordinator|technician|nurse|teacher|lead|intern(?:ship)?|graduate scheme|barista|chef|officer|advisor|adviser|representative|director|consultant|writer|editor|accountant|clerk|cashier|driver|supervisor|administrator|receptionist|scientist|researcher|dispatcher|mechanic|operator|planner|agent|worker|attendant|cook|server|tester|architect|programmer|recruiter|marketer|strategist|producer)s?\b/;

// Decisions on these are never about a job, whatever titles the letter names ("the editor").
const NOT_JOB_PLAINLY =
  /\b(?:manuscripts?|admissions?|admit you|scholarships?|tenancy|mortgage|loan|visa|grant application)\b/;

// Things people apply for that are plainly not work, named with no word of employment near:
// volunteering, funds and bursaries, hackathons and accelerators, lettings, clubs and choirs,
// awards and squads, suppliers.
const NOT_JOB_DOMAIN =
  /\b(?:volunteer(?:ing|s)?|mentors?|mentees?|bursary|bursaries|fund|funding|grants?|hackathon|hackers?|accelerator|cohort of startups|property|properties|landlord|tenancy|lettings?|bids?|bidding|membership|club|chorus|choir|awards|entries|judges|competition|squad|trials|coaching staff|rfp|suppliers?|vendors?|procurement|tender)\b/;
const EMPLOYMENT =
  /\b(?:position|vacancy|vacancies|job|employment|employer|hiring manager|salary|recruit(?:ment|er|ing)|talent acquisition|graduate (?:programme|program|scheme)|internship|apprenticeship|contract role|freelancer?|temp(?:orary)? (?:role|assignment|cover)|(?:the|this|that) (?:role|post))\b/;

/** How much a no here can be a job no: 1 with job words, 0 for grants or flats, ½ when unsure. */
function jobContext(text: string, subject: string): number {
  // "Decision on manuscript…" about a paper on employment is still about the paper.
  if (NOT_JOB_PLAINLY.test(subject)) return 0;
  if (NOT_JOB_DOMAIN.test(text) && !EMPLOYMENT.test(text) && !TITLES.test(subject)) return 0;
  if (JOB_CONTEXT.test(text)) return 1;
  if (NOT_JOB_PLAINLY.test(text)) return 0;
  if (TITLES.test(text)) return NOT_JOB.test(text) ? 0.5 : 1;
  if (NOT_JOB.test(text)) return 0;
  return APPLYING.test(text) ? 0.8 : 0.5;
}

// Conditionals and third parties make a cue hypothetical when they come before it in a sentence.
const HYPOTHETICAL =
  /\b(?:if|once|should (?:we|you|your|the|it)|what to do|how to|(?:told|tells|said|says) (?:me|us|him|her|them)|in the event|unless|whether|in case|regardless|(?:candidates|applicants|those|anyone|people|everyone) (?:who|that|whose))\b|\bonly (?:candidates|applicants|shortlisted)\b|\b(?:his|her|their|[a-z]+'s) (?:application|candidacy|interview)\b|\b(?:he|she|they) (?:interviewed|applied)\b/;
const WITHDRAWN = /\b(?:withdraw\w*|rescind\w*|retract\w*|revok\w*)\b/;
// Negation in a sentence turns a cue of other mail into part of a no ("we won't be scheduling").
const NEGATED = /\b(?:not|n't|unable|no longer|unfortunately|regret)\b/;

// Single quotes count only as quotes, not apostrophes: they open and close outside a word.
const QUOTED = /"[^"\n]{3,200}"|“[^”\n]{3,200}”|(?<![a-z0-9])'(?:[^'\n]|'(?=[a-z])){3,200}?'(?![a-z])/g;

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b|\bcannot\b/g, 'can not')
    .replace(/n't\b/g, ' not');
}

/** Drops quoted replies ("> …", "On … wrote:") and forwarded history: only this message counts. */
export function ownText(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (/^\s*>/.test(line)) continue;
    if (
      /^\s*on .{4,120} wrote:\s*$/i.test(line) ||
      /^-{2,}\s*(?:original message|forwarded message)/i.test(line)
    )
      break;
    out.push(line);
  }
  return out.join('\n');
}

function scoreCues(cues: Cue[], sentence: string, cap: number, positive: boolean, trace?: string[]): number {
  let total = 0;
  let best = 0;
  for (const [re, w, firm] of cues) {
    const m = re.exec(sentence);
    if (!m) continue;
    if (positive) {
      const before = sentence.slice(0, m.index);
      if (HYPOTHETICAL.test(before)) continue;
    } else if (!firm && NEGATED.test(sentence)) {
      continue;
    } else if (firm && WITHDRAWN.test(sentence)) {
      // "we must rescind the offer of employment": the offer words are the no.
      continue;
    }
    total += w;
    best = Math.max(best, w);
    trace?.push(`${w} ${m[0]}`);
  }
  // Strong cues overlap ("went with another candidate" is two of them): one per sentence.
  if (cues === STRONG) return best;
  return positive ? Math.min(total, cap) : Math.max(total, cap);
}

/** Logistic squash of the evidence; 0.5 is the line between a no and anything else. */
function squash(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Subject, this message's own text, and both normalized, as the cues and the word model read them. */
interface ReadEmail {
  subject: string;
  body: string;
  all: string;
}

function readEmail(email: Email): ReadEmail {
  // The outcome is said near the top; long footers and threads only cost time.
  const body = ownText(plainText(email.body.slice(0, 60_000))).slice(0, 5000);
  const subject = plainText(email.subject);
  return { subject, body, all: normalize(`${subject}.\n${body}`) };
}

/** `trace` collects the cues that counted, for tests and tuning. */
export function rejectionScore(email: Email, trace?: string[]): number {
  const read = readEmail(email);
  return cueScore(read, contextOf(read), trace);
}

const contextOf = ({ subject, all }: ReadEmail) => jobContext(all, normalize(subject));

function cueScore({ subject, all }: ReadEmail, context: number, trace?: string[]): number {
  // Quoted phrases are talked about, not said to the reader.
  const unquoted = all.replace(QUOTED, ' ');
  let strong = 0;
  let soft = 0;
  let against = 0;
  let firmAgainst = 0;
  let digest = 0;
  for (const s of sentences(unquoted)) {
    strong += scoreCues(STRONG, s, 8, true, trace);
    soft += scoreCues(SOFT, s, 3, true, trace);
    against += scoreCues(AGAINST_SOFT, s, -8, false, trace);
    firmAgainst += scoreCues(AGAINST_FIRM, s, -8, false, trace);
    digest += scoreCues(DIGEST, s, -3, false, trace);
  }
  strong = Math.min(strong, 8);
  soft = Math.min(soft, 2.5);
  // After a plain no, a call or a note "to share feedback" or "if anything opens up" follows it
  // rather than outweighing it; offers and account mail still count in full.
  against = Math.max(against, strong >= 3.5 ? -2 : -8) + firmAgainst;
  against = Math.max(against, -8);
  digest = Math.max(digest, -2.5);
  // A subject that names the outcome is a hint either way.
  const subj = normalize(subject);
  let subjectCue = 0;
  if (
    /\b(?:unsuccessful|regret|not selected|not moving forward|position (?:filled|closed|on hold)|outcome|decision)\b/.test(
      subj,
    )
  )
    subjectCue += 0.5;
  if (
    /\b(?:invitation|invite|offer|next steps?|schedul\w*|assessment|alerts?|digest|newsletter|password|verify|reminder|confirmed)\b/.test(
      subj,
    ) &&
    // "Regarding your offer" over a plain no in the letter: the letter says what happened.
    strong < 3.5
  )
    subjectCue -= 1;
  // A rejection letter speaks to the reader; mail about someone else's no does not.
  const addressed = /\b(?:you|your)\b/.test(unquoted) ? 0 : -1.5;
  // Soft words alone are not a no: they count next to a plain one, or many together.
  const softWeight = strong >= 3 ? soft : Math.max(0, soft - 1.5);
  trace?.push(`context ${context} addressed ${addressed} subject ${subjectCue}`);
  return squash(
    -2 + (strong + softWeight) * context + (context < 1 ? -1 : 0) + against + digest + subjectCue + addressed,
  );
}

/** Subject and body as the word model reads them: plain text, this message only. */
export function modelText(email: Email): [string, string] {
  const { subject, body } = readEmail(email);
  return [subject, body];
}

export function classifyEmail(email: Email): EmailVerdict {
  const read = readEmail(email);
  const context = contextOf(read);
  let score = cueScore(read, context);
  // The word model (when set) can make a no of what the cues missed; its threshold maps to 0.5.
  // Not where nothing is about a job: an admissions or scholarship no reads just like one.
  const p = context > 0 ? emailModelScore(read.subject, read.body) : undefined;
  if (p !== undefined) {
    const scaled =
      p >= EMAIL_MODEL_THRESHOLD
        ? 0.5 + ((p - EMAIL_MODEL_THRESHOLD) / (1 - EMAIL_MODEL_THRESHOLD)) * 0.5
        : (p / EMAIL_MODEL_THRESHOLD) * 0.5;
    score = Math.max(score, scaled);
  }
  const rejection = score >= 0.5;
  return { rejection, score: Math.round(score * 1000) / 1000, company: extractCompany(email) };
}
