import type { EmailCue } from './shared';

/*
 * Other mail in a job seeker's inbox: the reader's own withdrawal, recruiter outreach, a hiring
 * team's copy of a message to someone else, reminders, account mail; then alerts, digests and
 * newsletters, which the classifier caps together.
 */

export const OTHER_MAIL: EmailCue[] = [
  {
    id: 'you-withdrew',
    labels: ['withdrawal'],
    lang: 'en',
    pattern:
      /\b(?:request to withdraw|you(?:'ve| have)? withdr[ae]w\w* (?:your|the) (?:application|candidacy)|i(?:'ve| have)? withdr[ae]w\w* my (?:application|candidacy)|you(?:'ve| have) withdrawn|withdrawal of your)\b/,
    weight: -2.5,
    firm: true,
    example: 'Thanks for letting us know that you withdrew your application.',
    why: 'The person withdrawing, not a role being withdrawn.',
  },
  {
    id: 'recruiter-outreach',
    labels: ['outreach'],
    lang: 'en',
    pattern:
      /\b(?:came across|found|saw|noticed) your (?:profile|background|resume|experience|github|portfolio)\b|\b(?:would|are) you (?:be )?(?:open|interested)\b|\bopen to (?:new|a|hearing|exploring|chat)\b|\bquick (?:call|chat)\b|\bi(?:'m| am) (?:a|the) (?:\w+ )?recruiter\b/,
    weight: -2.5,
    example: 'I came across your profile and thought you might be a great fit for a role we have open.',
    why: 'A recruiter writing first: found your profile, are you open to a chat.',
  },
  {
    id: 'copy-sent-on-your-behalf',
    labels: ['sent-copy'],
    lang: 'en',
    pattern:
      /\bsent\s+(?:to\s+[^.]{1,60}\s+)?on\s+your\s+behalf\b|\bthe\s+following\s+(?:email|message)\s+was\s+sent\b|\bcopy\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:email|message)\s+(?:you\s+)?sent\b/,
    weight: -4,
    firm: true,
    example: 'The following email was sent to Jordan Lee on your behalf.',
    why: "A hiring team's copy of a no it sent someone else.",
  },
  {
    id: 'notice-about-a-candidate',
    labels: ['sent-copy'],
    lang: 'en',
    pattern:
      /\b(?:the\s+following\s+)?candidate\s+for\s+your\s+requisition\b|\bdispositioned\s+by\b|\ba\s+candidate\s+notification\s+(?:email\s+)?will\s+be\s+sent\b/,
    weight: -4,
    firm: true,
    example: 'The following candidate for your requisition has been moved to a closed status.',
    why: "The tracking system telling the hiring manager about a candidate: someone else's no.",
  },
  {
    id: 'you-declined-the-offer',
    labels: ['no-decision'],
    lang: 'en',
    pattern:
      /\byou(?:'ve|\s+have)?\s+decided\s+(?:not\s+to\s+(?:accept|take\s+up|join)|to\s+(?:decline|turn\s+down|accept\s+(?:another|a\s+different|the\s+other)))\b|\b(?:declin(?:e|ed|ing)|turn(?:ed|ing)?\s+down)\s+(?:our|the|this|my)\s+(?:job\s+)?offer\b|\bwas\s+(?:the\s+)?better\s+(?:fit|move|choice)\s+for\s+you\b|\bsorry\s+we\s+(?:will\s+not|won'?t)\s+be\s+working\s+together,?\s+but\s+i\s+(?:completely\s+|totally\s+|fully\s+)?understand\b/,
    weight: -4,
    firm: true,
    example: 'I completely understand why the role at the agency was the better fit for you right now.',
    why: 'The reader turned the offer down: their decision, not a no.',
  },
  {
    id: 'i-withdraw-or-decline',
    labels: ['own-mail'],
    lang: 'en',
    pattern:
      /\bi(?:'ve|\s+have)?\s+(?:decided|chosen)\s+to\s+withdraw\s+(?:my\s+application|from\s+the\s+(?:process|recruitment))\b|\bi(?:'ve|\s+have)?\s+(?:decided|chosen)\s+(?:to\s+(?:decline|turn\s+down)|not\s+to\s+(?:accept|take\s+up))\s+(?:the|this|your|that)\s+(?:kind\s+)?(?:job\s+)?(?:offer|position|role|job)\b(?!\s+application)|\bi\s+(?:would|'d)\s+like\s+to\s+withdraw\s+my\s+application\b/,
    weight: -4,
    firm: true,
    example: "After a lot of thought, I've decided not to accept the offer for the Analyst role.",
    why: 'The reader\'s own message withdrawing or declining an offer: their decision, not a no ("I have decided not to proceed with your application" is an employer\'s no and stays one).',
  },
  {
    id: 'my-own-application',
    labels: ['own-mail'],
    lang: 'en',
    pattern:
      /\bi(?:'m|\s+am)\s+writing\s+to\s+apply\b|\bplease\s+find\s+(?:attached\s+)?my\s+(?:cv|resume|r[eé]sum[eé]|application)\b/,
    weight: -4,
    firm: true,
    example: "I'm writing to apply for the Kitchen Porter position advertised on your page.",
    why: "The reader's own application, in their sent mail: nothing has been decided yet.",
  },
  {
    id: 'speculative-cv',
    labels: ['own-mail'],
    lang: 'en',
    pattern: /\b(?:speculative|unsolicited)\s+(?:cv|resume|application|enquiry)\b/,
    weight: -4,
    firm: true,
    example: 'Thank you for your speculative CV; we will keep it on file.',
    why: 'A CV sent on spec: "no vacancies at present" turns down no job the reader applied to, so it is never their no.',
  },
  {
    id: 'no-decision-made',
    labels: ['no-decision'],
    lang: 'en',
    pattern:
      /\bno\s+(?:applications?|candidates?)\s+(?:have|has)\s+(?:yet\s+)?been\s+(?:assessed|reviewed|considered|shortlisted)\b|\bno\s+appointment\s+will\s+be\s+made\b/,
    weight: -4,
    firm: true,
    example: 'No applications have been assessed and no appointment will be made.',
    why: 'The search closed before anyone was assessed: nothing was decided about the reader.',
  },
  {
    id: 'step-not-yet-done',
    labels: ['reminder'],
    lang: 'en',
    pattern:
      /\bnot\s+yet\s+(?:completed|finished|submitted)\b|\b(?:link|assessment|invitation)\s+(?:will\s+)?expires?\b/,
    weight: -3,
    firm: true,
    example: 'You have not yet completed your assessment, and the link will expire on Friday.',
    why: 'A step still open: "you have not yet completed the assessment; the link will expire".',
  },
  {
    id: 'account-security',
    labels: ['account'],
    lang: 'en',
    pattern:
      /\b(?:reset|change|update) your password\b|\bverif(?:y|ication) (?:your )?(?:email|account|code|identity)\b|\bconfirm your (?:email|account|registration|address)\b|\b(?:security|one-time|login|sign-in) (?:code|alert|link|attempt)\b|\bactivate your account\b|\baccount (?:has been |was )?created\b|\bnew sign-in\b/,
    weight: -4,
    firm: true,
    example: 'Use this code to verify your email address.',
    why: 'Account and security mail: passwords, verification codes, sign-in alerts.',
  },
  {
    id: 'candidate-survey',
    labels: ['survey'],
    lang: 'en',
    pattern:
      /\bregardless of (?:the )?(?:outcome|result)\b|\b(?:take|complete) (?:our|a|the|this) (?:short |quick |brief )?survey\b|\byour (?:candidate )?experience (?:with|of|in) our (?:hiring|recruitment|application) process\b/,
    weight: -3,
    firm: true,
    example: 'Regardless of the outcome, we would love your feedback: take our 2-minute survey.',
    why: 'A survey about the hiring process, sent whatever the outcome: not a decision.',
  },
];

// Alerts, digests and newsletters. Capped together: job sites wrap real rejections in alert footers.
export const DIGEST: EmailCue[] = [
  {
    id: 'job-alert',
    labels: ['alert'],
    lang: 'en',
    pattern:
      /\bjob alerts?\b|\bjobs? (?:for you|you may|you might|matching|recommended|picked)\b|\brecommended (?:jobs|for you|roles)\b|\bnew (?:jobs|roles|openings|positions) (?:for|in|near|at|match)\b|\b\d+\+? (?:new )?(?:jobs|roles|openings)\b|\b(?:view|see) (?:all |more |similar )?(?:jobs|roles|openings)\b|\beasy apply\b|\bapply now\b|\btop (?:job )?picks\b|\bbecause you (?:viewed|searched|saved|follow)\b/,
    weight: -2,
    firm: true,
    example: 'Here are 12 new jobs for you based on your recent searches.',
    why: 'Job alerts and recommendations; job sites wrap real rejections in these footers, so digests are capped together.',
  },
  {
    id: 'newsletter',
    labels: ['newsletter'],
    lang: 'en',
    pattern:
      /\bnewsletter\b|\b(?:daily|weekly|monthly) (?:digest|summary|roundup|round-up)\b|\bpostings? you follow\b|\bthis week(?:'s| in)\b|\bread (?:more|the full|the article)\b|\bpodcast\b|\bwebinar\b|\bhow to (?:handle|respond|cope|deal|bounce)\b|\btips\b|\bsubscribers?\b|\bin this issue\b/,
    weight: -2,
    firm: true,
    example: 'In this issue: five tips for handling a rejection.',
    why: 'Newsletters, digests and articles about job hunting, which talk about rejection without being one.',
  },
  {
    id: 'unsubscribe',
    labels: ['alert', 'newsletter'],
    lang: 'en',
    pattern: /\bunsubscribe\b|\bmanage (?:your )?(?:alerts|preferences|notifications|email settings)\b/,
    weight: -0.8,
    firm: true,
    example: 'Click here to unsubscribe or manage your alerts.',
    why: 'The footer of bulk mail: a light hint.',
  },
  {
    id: 'es-newsletter',
    labels: ['newsletter'],
    lang: 'es',
    pattern:
      /\bver en (?:el )?navegador\b|\bconsejos para (?:tu|la) b[uú]squeda\b|\bleer (?:el )?art[ií]culo(?: completo)?\b|\bbolet[ií]n\b(?! oficial)|\bempleos? (?:para ti|recomendados)\b|\bvacantes recomendadas\b|\bofertas que coinciden\b|\bconsejo de la semana\b|\b(?:gestionar|modificar) (?:tus )?alertas?\b|\b\d+ (?:nuevas? )?(?:ofertas|vacantes) (?:para ti|cerca|en)\b/,
    weight: -2,
    firm: true,
    example: 'Consejos para tu búsqueda: leer artículo completo.',
    why: 'Spanish newsletters and job-site digests that talk about rejection without being one.',
  },
];
