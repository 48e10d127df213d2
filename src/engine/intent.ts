/**
 * What kind of answer a question wants, and what kinds a fact can give. Matching the two is what keeps
 * "how much is the JFD next year" from being answered with a headcount, and "how long" from a budget.
 */
import type { Fact, Intent } from '../knowledge/schema.ts';
import { createPatternFilter } from './pattern-filter.ts';

/** Patterns over normalised question text (see normalizeText). A question may ask several kinds at once. */
const INTENT_PATTERNS: ReadonlyArray<[Intent, RegExp]> = [
  ['duration', /\bhow long\b|\bduration\b|\bhow many (?:(?:fiscal|calendar|budget|full|whole) )?(?:days|weeks|months|years|yrs)\b|\bfor how long\b|\blength of\b|\blasts?\b|\blasting\b/],
  // ("how do the taiwan years convert" converts a calendar, not money.)
  ['money', /\bhow much\b|\ballocation\b|\bcost|(?<!\b(?:kinds?|types?|sorts?) of )\bspend|\bmoney\b|\bprices?\b|\bpriced\b|\bntd\b|\busd\b|\bdollars?\b|\bmillion\b|\bpay\b|\bpaid\b|(?<!\b(?:years?|dates?|calendars?) )\bconver(?!sations?\b|se\b|ses\b|sed\b|sing\b|\w* (?:(?:these|the|that|this|those) )?(?:roc|years?|dates?|calendars?)\b)|\bexchange rate\b|\b(?:what|whats|what's)(?: is| was)? the (?:[a-z]+ )?(?:budget|funding|amount)\b|\bbudget (?:for|of) \d|\b(?:budget|funding|amount)s?\s*[?]?$|\b(?:jfd|budget|funding|travel)(?: \d{4})? (?:number|figure)s?\b|\b(?:whole|total|overall|entire|full|combined)(?: [a-z-]+)? (?:figure|sum)\b|\b(?:whole|overall|entire|full|combined)(?: [a-z-]+)? total\b(?! (?:number|count|headcount|length|duration|people)\b)/], // "the whole multi-year total"
  ['count', /\bhow many\b|\bnumber of\b|\bhow big\b|\bhow large\b|\b(?:what|the|its|their|delegation|team|group) size\b|^size\b|\bsize of\b|\bheadcount\b|\bcount\b/],
  // "when he says rare" is no question about a date.
  ['date', /\bin gregorian\b|\bwhen\b(?! (?:he|she|they|it|i|we|you|jin|people|someone|the article)\b)|\b(?:what|which)(?: [a-z]+)? years?\b|\bwhat date\b|\bstart(?:s|ing)? in\b|\bsince when\b|\btimeline\b|\buntil when\b|\bin (?:roc )?20\d\d or (?:in )?(?:roc )?20\d\d\b/],
  // "does the MND even send anyone?" asks who goes.
  ['person', /\bwho\b|\bwhom\b|\bwhose\b|\bwhich (?:people|persons|folks|reps|representatives|individuals)\b|\b(?:which|what) (?:organi[sz]ations|agencies|bodies|ministries|entities|institutions)\b|\b(?:send|sends|sending|attend|attends|attending) (?:anyone|anybody|someone|somebody)\b/],
  // "the talks where arms sales are negotiated" asks no place. "Which university" asks where he is, as "where" does.
  ['place', /(?<!\b(?:talks|meetings?|dialogues?|seminars?|conference|forum|ones?|level|tier|sessions?|platform|mechanism|channel|dpsc|jfd) )\bwhere\b|\bwhere(?= (?:is|are|was|were|will|would|does|do|did|can)\b)|\bwhich country\b|\bwhat country\b|\bdestination\b|\blocation\b|\bvenue\b|\bsomewhere\b(?! (?:in )?between\b)|^(?:is|are|was|were|will) (?:it|this|that|they|the [a-z]+(?: [a-z]+)?) (?:be |being )?(?:held |hosted )?in (?:the )?(?:usa|taiwan|taipei|washington|america|states)\b|\b(?:is|are|will be|going to be|gonna be) (?:held |hosted )?in (?:the )?(?:usa|taiwan|taipei|washington|dc|america|states)\b(?=\s*(?:,|\?|right|correct|then|yes|yeah|no\b|isn|$))|\b(?:bound|heading|headed) for (?:the )?(?:usa|washington|dc|america|states)\b|^(?:is|was) (?:it|that) (?:in )?(?:washington|dc)(?=\s*(?:[?,]|$|then|right))|\bwhich city\b|\b(?:which|what) (?:university|college|school|institute|think ?tank)\b|\b(?:going|go|fly|flying|headed) to (?:the )?(?:washington|dc|stateside)\b/],
  ['reason', /\bwhy\b|\bwhat for\b|\breason\b|\bpurpose\b|\bmotive\b|\bhow come\b/],
  ['rank', /\bhighest\b|\btop\b|\brank|\bhierarch|\blevels?\b|\btiers?\b|\bmost senior\b|\bmost important\b|\bbelow\b|\bbeneath\b|\bunder (?:the |these |those )?(?:three|big|main|existing|older|project|dialogues|talks|mechanisms)\b|\babove\b/],
  ['topic', /\babout\b|\bfocus|\bdiscuss|\btopics?\b|\bsubjects?\b|\bagenda\b|\bcover/],
  ['definition', /^(?:what|wat|wht)(?:'?s| is| are| was)\b|\bstand for\b|\bstands for\b|\bmeaning of\b|\bdefin|\bexplain\b|\bwho is\b|\bwho's\b/],
];

/** Words that ask how unusual a thing is. */
const RARITY = /\b(?:rare|rarely|rarity|unusual|unusually|normal|typical|common|commonplace|unprecedented|uncommon|exceptional|usual|unheard of|notable|notably|noteworthy|remarkable|remarkably|striking|out of the ordinary)\b/;
/**
 * A length stated to be checked ("thats 3 yrs for the JFD right"); "a 3 year program", "all three years" describe, as
 * does one before what it qualifies: "jfd three year total".
 */
const STATED_LENGTH = /(?<!\b(?:a|an|all|the|those|these|each|per|first|last|next|over|across) )\b(?:\d+|two|three|four) (?:years?|weeks?|months?)(?! (?:ago|later|earlier|before|after|total|sum|budget|cost|price|amount|figure|allocation|funding)\b)\b/;
/** A headcount stated to be checked ("only like 30-odd people, true?"). */
const STATED_COUNT = /(?<!\bfor (?:the|those|these|all) )\b\d+(?:[- ]?(?:odd|something|ish))? (?:people|persons|officials|delegates|members|staff)\b(?! (?:number|figure|claim|thing|count|headcount))/;

export function detectIntents(normalizedQuestion: string): Set<Intent> {
  const intents = new Set<Intent>();
  for (const [intent, pattern] of INTENT_PATTERNS) {
    if (pattern.test(normalizedQuestion)) intents.add(intent);
  }
  // A stated length is what a check is about, unless something else is asked ("the money for two weeks, ballpark?").
  const asksValue = [...intents].some((intent) => STRICT_INTENTS.has(intent));
  if (STATED_LENGTH.test(normalizedQuestion) && !asksValue) intents.add('duration');
  else if (STATED_COUNT.test(normalizedQuestion) && !asksValue) intents.add('count');
  // "how many weeks" asks for a duration, not a count; "how much time" likewise.
  if (intents.has('duration')) intents.delete('count');
  // "what's the DPSC about?" asks what it deals with, not what it is ("what's everyone on about" is chat).
  if (/\bwhat(?:'s|s| is| are| was)\b.*(?<!\bon )\babout\s*[?!.]*$/.test(normalizedQuestion)) intents.delete('definition');
  // "what does all that money signal?" asks what it means, not how much it is; so do "what do its length and size signal",
  // or "how does he link the threat to all this spending".
  if (/\bwhat (?:does|do|did|will) (?:[a-z0-9.']+ ){1,8}(?:signal|signify|indicate|show|suggest|tell us|mean)\b|\bhow (?:does|do|did) (?:he|jin zhong|the analyst|the article) (?:link|connect|tie|relate)\b/.test(normalizedQuestion)) {
    for (const intent of ['money', 'duration', 'count'] as const) intents.delete(intent);
  }
  // "is the JFD rare because of the money / how long and pricey it is?" asks how unusual it is: its money, length
  // and size are what make it so, not what is asked (unless asked first: "how much is unusual about it").
  if (RARITY.test(normalizedQuestion) && !/^(?:[a-z']+ ){0,2}how (?:much|many|long)\b/.test(normalizedQuestion)) {
    for (const intent of ['money', 'duration', 'count'] as const) intents.delete(intent);
  }
  // "is he just reading off the ministry's budget?" (read as its source) asks where the figures come from, not an amount.
  // So does "which document are the JFD figures drawn from".
  if (/\bsource (?:the |an? |this |taiwan's )?(?:[a-z']+ ){0,3}(?:budget|documents?|paperwork)\b|\b(?:figures?|numbers?|data) (?:even |actually |really )?source\b/.test(normalizedQuestion) && !/\bhow much\b/.test(normalizedQuestion)) intents.delete('money');
  // "why are they going to washington" names the place: it asks why, not where.
  if (intents.has('reason') && /^(?:[a-z']+ ){0,3}why\b/.test(normalizedQuestion) && !/\bwhere\b/.test(normalizedQuestion)) intents.delete('place');
  // "what's his takeaway from all this money" asks his view of it, not how much it is.
  if (/\b(?:his|jin zhong's|jin's|zhong's|the analyst's) (?:[a-z-]+ )?(?:view|take|takeaway|opinion|reading|verdict|conclusion)s?\b/.test(normalizedQuestion) && !/\bhow (?:much|many)\b/.test(normalizedQuestion)) intents.delete('money');
  // "what will the JFD money be spent on" (read as its activities) asks what it funds, not how much it is.
  if (/\b(?:money|budget|funding|cash|allocation) activities\b/.test(normalizedQuestion) && !/\bhow much\b/.test(normalizedQuestion)) intents.delete('money');
  // "last year of JFD funding?" (read as its end year) asks which year the money ends, not how much it is.
  if (/\bend year\b/.test(normalizedQuestion) && !/\bhow much\b/.test(normalizedQuestion)) {
    intents.delete('money');
    intents.add('date');
  }
  // "the JFD money is spread over how many years?" asks how long the money runs, not how much it is.
  if (intents.has('duration') && /\bhow (?:many (?:years|months|weeks|days)|long)\b/.test(normalizedQuestion) && !/\bhow much\b|\b(?:per|a|each) (?:year|month|week|day)\b/.test(normalizedQuestion)) intents.delete('money');
  if (/\bhow much time\b/.test(normalizedQuestion)) {
    intents.delete('money');
    intents.add('duration');
  }
  return intents;
}

/** The question kinds a fact can answer: those its typed values imply, plus the ones it declares. */
export function factIntents(fact: Fact): Set<Intent> {
  const intents = new Set<Intent>(fact.answers);
  for (const value of fact.values) {
    if (value.kind === 'year') intents.add('date');
    else intents.add(value.kind);
  }
  return intents;
}

/**
 * Value-seeking intents: when a question asks one of these, a fact that cannot give that kind of value is
 * not an answer, however many words it shares. The others (topic, definition, rank) are softer.
 */
export const STRICT_INTENTS: ReadonlySet<Intent> = new Set<Intent>(['count', 'duration', 'money', 'person', 'place', 'date']);

/** Two alternations found in one sentence, in either order. */
function eitherOrder(first: string, second: string): string {
  return `\\b${first}\\b[^.?!]*\\b${second}\\b|\\b${second}\\b[^.?!]*\\b${first}\\b`;
}
/** Agencies that attend other dialogues; whether they come to the new conference the article does not say. */
const OTHER_AGENCIES = '(?:national security council|foreign (?:affairs )?ministry|ministry of foreign affairs|state department)';
const LAWMAKERS = '(?:legislature|legislative yuan|parliament|lawmakers?|legislators?|congress)';
/** What lawmakers do to a budget. */
const LAWMAKING = '(?:approv\\w*|sign(?:ed|s)? off|pass(?:ed|es)?|vot\\w*|cut\\w*|froze|frozen|freez\\w*|block\\w*|reject\\w*)';

/** Who or what "says" or "thinks" something the article reports: the analyst, the article, the budget, the JFD. */
const NOT_THE_ARTICLE_OR_ITS_ANALYST =
  "(?!jin\\b|zhong\\b|he\\b|(?:the|this|that) (?:(?:publicly )?(?:disclosed|published|public|official) )?(?:article|author|writer|budget|analyst|professor|prof|researcher|expert|ministry(?! of)|mnd|jfd|dpsc|assessment|program|conference|seminars?)\\b|it\\b|mnd\\b|jfd\\b|dpsc\\b)";

/**
 * Questions of a kind the article never answers, whatever their words: it names no one but its analyst,
 * gives no exact dates, ages, cities or per-person figures, reports plans rather than outcomes, and quotes
 * no one's reaction but his. Each pattern is paired with what the article lacks, for the refusal.
 */
const UNANSWERABLE_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/\bhow old\b|\bage of\b|\bborn\b/, 'ages'],
  [/\b(?:what|which|exact) (?:date|day|month|time)\b|\bwhat dates\b|\blike (?:the|an?|what|which) (?:actual |exact |specific |precise )?(?:dates?|day|month)\b|\bexact (?:[a-z]+ )?dates?\b|\b(?:return|start|starting|end|ending|actual) dates?\b(?! of (?:the |this )?(?:jfd|assessment|joint|program|case)\b)|\bwhen (?:do|does|will) (?:they|the delegation|the team|the group|we) (?:fly|leave|depart|set off|take off)\b|\bdeparture (?:date|day|time)\b|\bdate (?:for|of) (?:the |its )?(?:first|opening|inaugural|next|initial) (?:session|meeting|sitting|round)\b|\b(?:in|on|by|until|from) (?:early |mid |late )?(?:january|february|march|april|june|july|august|september|october|november|december)\b/, 'exact dates'],
  // (Which city the delegation goes to is answered: the article names none, and its destination fact says so.)
  [/\b(?:which|what) (?:[a-z]+ ){0,2}(?:hotel|airline|venue|building|base)\b|^(?!.*\b(?:conference|dpsc|delegation|trip|visit|going|headed|they|flying|fly|travell?ing|dc|washington|hosting|hosts?)\b).*\b(?:which|what) (?:[a-z]+ )?city\b|^(?=.*\b(?:which|what) (?:[a-z]+ )?city\b).*\b(?:political military|monterey|security talks|seminars?|tamkang|university|institute|hotels?|project policy|operational)\b/, 'cities or venues'],
  [/\b(?:each|per) (?:delegate|person|member|participant|officer|official|head|people)\b|\bper capita\b/, 'per-person figures'],
  // Officials' names, also asked as a quiz host's "name the deputy minister" ("the think tank he works at, what is the name?"
  // asks an institution's).
  // ("the list of who attends" a dialogue asks its attendees, which the article gives: no names.)
  [/\b(?:minister|secretary|president|premier|spokesperson|ambassador)(?: now| currently| right now| today)? (?:is|was) who\b|\bnames? of (?:the |taiwan's |taiwans |the usa |usa )*(?:[a-z0-9]+ ){0,4}(?:minister|secretary|president|premier|chair|chairman|director|general|admiral|spokesperson|spokesman|ambassador|deputy|official|officials|officers?|staff|participants|attendees|leader|head|person|people|guy|delegates?|members?)\b|\bwho(?: even| actually)?(?:'s| is| was) (?:the |taiwan's |taiwans |the usa |usa |ministry of foreign affairs )*(?:[a-z]+ ){0,3}(?:minister|secretary|president|premier|chair|chairman|director|general|admiral|spokesperson|spokesman|ambassador)\b(?! (?:bringing|taking|leading|meeting|sending|bring|take|lead|meet|send)\b)|\bwho (?:chairs?|chaired|presides|presided|moderated|moderates)\b|\bby name\b|\bname (?:them|him|her|some|a few|any|one)\b|\b(?:his|her|their) (?:full )?names?\b|\bnames?(?<!\b(?:full|official|formal|proper) names?)(?<!\b(?:thinktank|think tank|institute|university|program|conference)\b[^?]*)\s*\?|\bany names\s*[?!.]*$|\bnames,? (?:please|pls|plz)\s*[?!.]*$|\b(?:minister|secretary|official(?=(?:'s|s'|s)\b)|(?<!\b(?:an|the|its|their|full|formal|proper) )official|officer|officials|officers|deputy|leader|director|president|head|spokesperson|person|guy)(?:'s|s'|s)? (?:full |real |actual )?names?\b|\b(?:actual|real) names?\b|\b(?:minister|secretary|deputy|official|leader|head|president|spokesperson)(?:'s|s)? (?:(?:actually|really|even) )?named\b|\bwho(?:'s| is)? (?:heads|leads|runs|heading|leading|running) (?:the |taiwan's |taiwans |usa |[a-z]+'s )*(?:national security council|council|nsc|ministry of foreign affairs|mofa|pentagon|dod|institute|university|chinese strategic prospects|think ?tank|(?:(?:joint|general|main) )?staff departments?)\b|\bpoint (?:person|people|man|woman|of contact)\b|\bnames? (?:of|for) (?:the |any |those |these |their |our )*(?:[a-z0-9'-]+ ){0,4}(?:folks|guys|reps|representatives|counterparts|hosts|officials|officers)\b|\b(?:does|did) (?:the article|it|the piece|the story|they) (?:ever )?(?:actually )?name (?:who\b|(?:the|any|a) (?:[a-z-]+ ){0,3}(?:minister|officials?|officers?|people|persons?|deputy|leaders?|reps?|representatives|delegates|members|hosts?|counterparts)\b)|\blist (?:of )?(?:who(?! (?:actually |really )?(?:attends?|participates?|takes part)\b)|the names|names|everyone)\b|\bwho the (?:32|thirty-two)(?: people| delegates| members)? (?:actually |really )?are\b|\bwho(?:'s| is| was) (?:it|that|he|she|in (?:that|the) (?:job|post|role|seat)) (?:right now|now|currently|today|at the moment|these days)\b|\bchiefs? of (?:the )?(?:general|joint|main|defen[cs]e) staff\b|\bname the (?:(?:deputy|defense|vice|taiwanese|taiwan's|usa|american|foreign|top|senior|chief|national|security) )*(?:minister|secretary|president|premier|chair|chairman|director|general|admiral|spokesperson|spokesman|ambassador|deputy|officials?|officers?|leader|head)s?\b|\b(?:it|they|article|piece|he) named (?:the |a |an |any )?(?:[a-z]+ ){0,2}(?:minister|deputy|officials?|officers?|leader|head)s?\b|\bwho (?:are|were|will be) the (?:[a-z]+ )?(?:national security council|nsc|foreign ministry|ministry of foreign affairs|mofa) (?:officials|officers|people|reps|representatives|members|staff)\b/, "officials' names"],
  [/\bhow often\b[^?]*\b(?:project policy|operational|arms|weapons?)\b/, 'how often the meetings below the high-level dialogues are held'],
  [/\bhow many of (?:the |those |these )?(?:32|thirty-two)(?: people| delegates| members)? (?:are|were|will be) (?:staff|officers?|officials|generals?|admirals?|civilians?|women|men|soldiers|diplomats|junior|senior)\b|\bhow much of (?:the )?(?:jfd |ntd |usd )?(?:471|500)[^?]*\b(?:travel|trip|seminars?|salaries|staff|equipment|flights?|hotels?)\b/, 'a breakdown of the delegation or of the JFD money'],
  [/\bwhat will (?:[a-z-]+ ){1,8}(?:decide|agree|achieve|produce|sign|conclude)\b|(?<!\b(?:when|where) )\bdid\b.*\b(?:happen(?:ed|ing)?(?! (?:physical|online|virtual|virtually|remotely)\b)(?![^?.!]*\b2024\b)|go well|succeed|fail|produce|achieve|agree|sign|join|result|lead to|led to)\b|\bwhat (?:was|were|got) (?:decided|agreed|signed|achieved)\b|\b(?:outcome|result)s? of\b|\bagreements?\b|\bcame out of\b|\b(?:anything|something|much) (?:interesting |useful |important )?come out of\b|\bend(?:ed)? up\b|\bwhat happened (?:at|during)\b|\bresults\b|\b(?:public |official )?read-?outs?\b|\bconclu(?:de|ded|sions?)\b(?<!\b(?:his|he|jin zhong(?:'s)?|jin's|zhong's|the (?:analyst|guy|professor|prof|expert|researcher)'s)(?: [a-z]+){0,2} conclu\w+)|\bfindings\b|\blessons learned\b|\bwill (?:taiwan|taipei|the mnd|mnd|the ministry|they|the military) (?:(?:actually|eventually|really|then) )?(?:buy|buying|purchase|purchasing|procure|procuring|acquire|acquiring|order|ordering)\b|\bpan(?:s|ned)? out\b|\b(?:go|goes|went|gone) ahead\b|\b(?:scrapped|cancell?ed|postponed|shelved)\b|\bsince (?:this|the) (?:article|piece|story|report)\b|\bany (?:updates?|news|follow-?ups?)\b/, 'outcomes'],
  [/\b(?:excited|happy|angry|worried|upset|concerned(?! with)|pleased|supportive|mad|annoyed)\b/, "other people's feelings"],
  [/\b(?:react|reacted|reaction|respond|responded|response|comment|commented|comments|statement)\b|\bsanction|\bretaliat|\bpunish|\b(?:opposition(?: parties| sides)?|kmt|dpp|tpp|parties|party|beijing|china|pla|president|lai|legislators?|lawmakers?)(?:'s|s'|')? (?:view|views|stance|position|opinion|take)\b|\b(?:view|views|stance|position|opinion)s? of (?:the )?(?:opposition|kmt|dpp|tpp|parties|beijing|china|pla|president)\b|\b(?:has|have|did) (?:beijing|china|the pla|the ccp|the prc|washington|the usa|the pentagon|the kmt|the dpp|the (?:usa |american )?(?:department of defense|defense department|dod|state department)) (?:(?:ever|publicly|officially|actually) )?(?:said|say|done|responded|announced)\b/, 'reactions'],
  // ("is Washington confirmed as where they go" asks the trip's destination, not whether the US side confirmed.)
  [/\bconfirm(?:ed|s)?\b.*\b(?:usa|pentagon|dod|washington|american|americans|government)\b|\b(?:usa|pentagon|dod|washington|american|government)\b.*\b(?:confirm(?:ed|s)?(?! as (?:the )?(?:where|destination|venue|location|city|place)\b)|officially announced?)\b|\b(?:has|have|did) (?:the )?(?:usa|americans?|pentagon|dod|washington|american side) (?:actually |already |officially |even |really )?(?:agreed?|accept(?:ed)?|approved?|signed? off|said yes)\b/, "the US side's confirmation"],
  [/(?<!\babout )\b(?:troops|soldiers)\b(?! (?:and|or) )|\b(?:drills?|war games|(?:joint )?military exercises?|joint exercises?|han kuang|deploy(?:s|ed|ment)?|stationed|training|trainees)\b|\b(?:military )?bases\b|\bvisit (?:any )?(?:usa |american )?(?:military )?bases?\b|\b(?:send|sends|sending|deploy|usa|american) forces\b/, 'troop deployments or military exercises'],
  // "which PLA drills does he point to", "what evidence backs up the rising threat": the article gives none.
  [/\b(?:incidents?|incursions?|sorties|drills?|exercises?|evidence|proof|examples?|back(?:s|ed|ing)? (?:it |this |that )?up|substantiat\w*)\b[^?.!]*\bthreat\b|\bthreat\b[^?.!]*\b(?:incidents?|incursions?|sorties|drills?|exercises?|evidence|proof|examples?)\b|\b(?:pla|chinese|china's|beijing's|ccp)(?:'s)? (?:exercises?|incursions?|sorties|activit(?:y|ies)|patrols?|maneuvers|manoeuvres|warplanes|jets|ships|vessels)\b/, 'examples or evidence of the rising threat'],
  [/\b(?:is there|will there be|(?:is|are) (?:there |we |they )?(?:gonna|going to) (?:be |have )?)(?:a )?war\b|\bwould (?:the )?[a-z]+(?: [a-z]+)? .*\bif\b|\bif (?!i (?:read|understand|got|get|recall|remember)\b|i'?m not mistaken\b).*\bwould\b|\bwhat if\b|\bwhat happens (?:to [a-z' ]+ )?if\b|\b(?:would|will)\b.*\b(?:in case of|in the event of)\b|\bwhat (?:would|will) happen if\b|\bif (?:china|beijing|the pla|the ccp|the prc) (?:actually |ever |really |does |did |were to )?(?:blockades?|blockaded|blockade|invades?|invaded|invade|attacks?|attacked|attack)\b/, 'what would happen in a hypothetical'],
  [/\bwhere(?:'s| is) (?:the )?(?:tamkang|university|institute|chinese strategic prospects)\b|\b(?:tamkang|university|institute)\b.*\b(?:located|based)\b|\b(?:tamkang|university|institute)\b.*\bin (?:taipei|which city|what city)\b/, 'where the institutions are'],
  // (Its wording too: "in the chinese original", "the chinese wording of his quote"; not "in chinese counting", a way of writing a figure.)
  [/\b(?:in|called in|name in) (?:the )?(?:original )?(?:chinese|mandarin)\b(?! (?:count\w*|numbers?|numerals?|units?|figures?|digits?)\b)|\b(?:chinese|mandarin) (?:name|title|term|wording|words?|original|version|text|characters?|phrasing|rendering|translation)\b/, 'names in Chinese'],
  // (What the article frames "as another round" of something is the JFD's new round, not one after 2028.)
  [/\b(?:jfd|program|case|assessment|it) (?:be |get |gets |is |was )?(?:extended|renewed|continued)\b|\b(?:extend|renew)(?:ed|s|ing)? (?:the )?(?:jfd|program|case|assessment)\b|\brenewal\b|\b(?:after|beyond|past) (?:roc )?2028\b|\b20(?:29|[3-9]\d)\b|(?<!\b(?:as|is it|it's|it is) )\banother round\b|\b(?:after|once) (?:it|that|this|jfd|the jfd|the (?:assessment|program|case|project)(?: case)?) (?:ends?|ended|wraps up|finishes|expires|runs out|is over|concludes|is done)\b|\b(?:a|the|any) (?:[5-9]|5th) (?:(?:annual|high-level|routine|regular|new) )*(?:dialogue|mechanism|platform|channel|conference)\b/, 'plans beyond 2028'],
  [/\bwho (?:actually |originally |first )?(?:proposed|suggested|initiated|came up with|approved|decided on|pushed for)\b|\bwho (?:has|have|needs?|must) to approve\b|\bwhose idea\b|\binvit(?:e|es|ed|ation|ations)\b|\bstated rationale\b|\bwhy did (?:the )?(?:[a-z]+ ){1,2}decide\b|\bwho (?:sets?|decides?|draws? up|drew up) the agenda\b/, 'who proposed or approved it'],
  [/\bwho (?:founded|established|created|started|owns|set up)\b|\bfounders?\b|\bwho (?:funds|finances|pays for|runs)\b.*\b(?:institute|university|thinktank|tamkang)\b|\b(?:institute|university|thinktank|tamkang)\b.*\b(?:funded|financed|owned|who (?:funds|finances|pays for|runs))\b/, 'who founded or funds the institutions'],
  // "is the professor himself travelling with the delegation": the article has him comment, not take part.
  [/\b(?:jin zhong|jin|zhong|the (?:professor|prof|analyst|researcher|expert|scholar))(?: himself)? (?:(?:is|will be|be) )?(?:going|travell?ing|flying|joining|accompanying|attending|part of)\b(?=[^?.!]*\b(?:delegation|trip|conference|dpsc)\b)/, 'whether the analyst takes part himself'],
  [/\bwas he (?:right|wrong|correct)\b|\btrack record\b|\bpredict(?:ed|ions?)? (?:[a-z]+ ){0,4}before\b/, "the analyst's track record"],
  [/\b(?:will|did|does) (?:[a-z]+ ){0,4}(?:be allowed|be able|be permitted|get|getting|got) (?:to )?(?:into|in|enter|visit|go to) (?:washington|dc|the usa|usa|america)\b|\b(?:since when|how long|when did|which year)\b[^.?!]*\b(?:barred|banned|not allowed|unable|can't|cant|cannot)\b|\b(?:barred|banned|not allowed)\b[^.?!]*\b(?:since when|which year|when did)\b|\bwhy\b.*\b(?:can't|cant|cannot|can not|unable|not able|not allowed|banned|barred)\b.*\b(?:minister|washington)\b|\bwhy\b.*\bminister\b.*\b(?:can't|cant|cannot|can not|unable|not able|not allowed|banned|barred)\b|\bwhy (?:isn't|isnt|is not|won't|wont)\b[^?.!]*\b(?:allowed|enter|go|get|visit)\b[^?.!]*\b(?:washington|dc|usa|america|pentagon)\b/, "why the Minister cannot enter Washington"],
  // ("the US delegation" is the American side's: Taiwan's is the one going to the US.)
  [/\bhow many (?:americans?|usa|pentagon|dod|japanese|chinese)\b(?! dollars?\b)|\bhow many (?:[a-z]+ ){0,2}(?:from|on) the (?:usa|american) side\b|\b(?:how (?:big|large|many)|size|headcount|number of)\b[^?.!]*\b(?:usa|american|pentagon|dod)(?:'s)? (?:delegation|team|contingent|delegates)\b|\b(?:usa|american|pentagon|dod)(?:'s)? (?:delegation|team|contingent)(?:'s)? (?:size|headcount)\b/, "the American side's numbers"],
  [/\bwho(?:'s| is)? (?:represent(?:s|ed|ing)?|speaks? for|speaking for|leads|led|leading|heads|headed|heading) the (?:usa|american) side\b|\b(?:assistant|under) secretar(?:y|ies)\b|\b(?:which|what) (?:usa|us|american|pentagon|dod) (?:military )?(?:services|branches|units|agency|agencies|commands?|combatant commands?|offices)\b|\b(?:which|what) (?:usa|us|american) departments? (?:runs?|handles?|leads?|hosts?|chairs?)\b|\bwho(?:'s| is) the (?:usa|american|pentagon|dod) (?:official|officer|person)\b|\b(?:which|what) (?:usa|us|american|pentagon|dod) (?:defense )?(?:official|officer|person|secretary) (?:is|will|would)\b|\b(?:which|what) (?:usa|us|american|pentagon|dod) (?:flag officers?|generals?|admirals?)\b|\bwho (?:attends|goes|go|sits|represents|participates|takes part)\b[^.?!]*\b(?:from|on) the (?:usa|american) side\b|\bwho (?:represents?|represented|speaks? for) (?:the )?(?:usa|americans?|pentagon|dod)\b|\bwho is the (?:[a-z]+ ){0,2}(?:person|official|guy|officer) (?:at|from|in) the (?:usa|american|pentagon|dod)\b|\bseminars?\b.*\b(?:on|from) the (?:usa|american) side\b|\b(?:which|what) (?:usa|american|pentagon|dod) (?:officials|officers|people|participants|representatives|reps|personnel|staff)\b[^?.!]*\bseminars?\b|\b(?:usa|american|pentagon|dod)(?: side)? (?:lead|leads|leader|leaders|head|chair|representatives?|delegates?|delegation)\b[^?.!]*\bseminars?\b|\b(?:on|from) the (?:usa|american) side\b.*\bseminars?\b|\b(?:which|what) (?:branches|parts|units|services) of the (?:usa|american) (?:military|armed forces|side)\b|\b(?:usa|american) side(?:'s)? (?:participants|attendees|delegates|representatives|people|team)\b/, 'whom the US side sends'],
  [/\b(?:which|what) (?:specific |exact |particular |individual )(?:military )?(?:branches|services)\b|\b(?:\d+|two|three|four|five|six|seven) (?:different |separate )?(?:military )?(?:branches|services)\b|\b(?:which|what) (?:military )?(?:branches|services)\b[^.?!]*\b(?:exactly|specifically)\b|\b(?:army|navy|air force|marines?)\b[^.?!]{0,40}\b(?:army|navy|air force|marines?)\b|\b(?:which|what) (?:military )?(?:branch|service)\b[^.?!]*\b(?:most|biggest|largest|fewest)\b/, 'which military branches, by name'],
  [/\bwhere\b[^.?!]*\bseminars?\b[^.?!]*\b(?:held|hosted|located|happen)|\bseminars?\b[^.?!]*\bwhere\b|\bseminars?\b[^.?!]*\b(?:held|hosted|happen(?:ed|s)?) (?:in|at) (?:taiwan|taipei|the usa|usa|america|the states|washington|dc|hawaii)\b/, 'where the seminars were held'],
  [/\b(?:seminars?|dpsc|conference|jfd|talks|dialogue)\b[^.?!]*\b(?:classified|top secret)\b|\b(?:classified|top secret)\b[^.?!]*\b(?:seminars?|dpsc|conference|jfd|talks|dialogue)\b|\bwhat (?:kind|kinds|type|types|sort) of (?:intel|intelligence|information) (?:is |was |gets |got )?shared\b|\bwhat (?:intel|intelligence|info|information)\b[^.?!]*\b(?:exchanges?|exchanged|shared?|swapped|traded)\b|\bwhich (?:specific |exact |particular )?(?:blockade |drone )?scenarios?\b|\b(?:which|what) (?:specific |exact |particular |outlying )?islands\b|\bwhat (?:specific|exact|particular) (?:blockade |drone )?scenarios\b/, 'what was shared or how secret it was'],
  [/\b(?:which|what) (?:specific |exact |particular |kind of |kinds of )?['"]?(?:situations|contingencies)\b|\bspecific contingencies\b|\bwhat(?:'s|s| is| are)? (?:(?:actually|exactly|really|specifically|even) )?(?:is |are )?in (?:the |those |these |their )?action plans?\b|\b(?:contents?|details) of (?:the |those |these |their )?action plans?\b/, 'which situations the action plans are for'],
  [/\bwhen was (?:this|the) (?:article|piece|story|report) (?:even |actually |first |originally )?(?:published|written|released|out)\b|\bpublication date\b/, "the article's exact publication date"],
  // ... nor when the budget came out ("when exactly was the budget made public", "when did the ministry release it").
  [/\bwhen (?:exactly )?(?:was|were) (?:the |this |that |its |taiwan's )?(?:[a-z0-9']+ ){0,3}(?:budget|document|figures?|numbers?|plans?)(?: [a-z]+)? (?:first |originally |actually )?(?:made public|published|released|disclosed|announced|unveiled|put out|tabled)\b|\bwhen (?:exactly )?did (?:the |taiwan's )?(?:mnd|ministry|government|cabinet)(?: [a-z]+)? (?:first )?(?:publish|release|disclose|announce|unveil|put out|table)\b/, 'when the budget was made public'],
  [/\bwhy (?:are|is|was|were) (?:they|it|this|that|the [a-z ]+?|[a-z]+'s(?: [a-z]+)?) (?:even )?(?:called|named)\b/, 'where the names come from'],
  // "what does the pentagon call it on their end": the article gives its names as Taiwan's budget does.
  [/\b(?:usa|americans?|pentagon|dod|washington)(?: side)? (?:call|calls|refer to|refers to)\b|\bcalled (?:by the (?:pentagon|dod|americans)|on the (?:usa|american|pentagon|dod) (?:side|end))\b/, 'what the US side calls it'],
  [/\b(?:commercial|military|charter(?:ed)?|private) (?:(?:transport|cargo) )?(?:flights?|planes?|jets?|aircraft)\b|\bflying commercial\b|\bvisas?\b|\bbodyguards?\b|\bhotels? (?:the |they )(?:[a-z]+ )?(?:is |are |will be )?stay(?:ing)?\b|\bsecurity detail\b|\bsecurity (?:for|of) the delegation\b|\bsightseeing\b|\bfree time\b/, 'travel logistics'],
  [/\b(?:which|what) (?:outlet|newspaper|paper|news ?site|website|publication|news agency)\b|\bwho (?:published|wrote|reported) (?:this|it|the article|the story|the piece)\b|\bsource link\b|\blink to\b|\burl\b|\bwhere can (?:i|we|you) (?:read|find|see|get|download)\b|\b(?:is it|available) online\b|\bonline somewhere\b/, "the article's publisher and link"],
  [/\bmedia\b|\bnews coverage\b|\b(?:press|journalists|newspapers) (?:covering|cover|coverage)\b|\bbig story\b/, 'press coverage'],
  [/\brotat(?:e|es|ing)\b|\balternat(?:e|es|ing)\b(?= between\b)|\btak(?:e|es|ing) turns\b/, 'where future rounds will be held'],
  [new RegExp(eitherOrder(OTHER_AGENCIES, '(?:dpsc|conference)')), 'which agencies besides the defense ministry take part in the new conference'],
  // ... or go with the delegation sent to it ("the state department" there is whom it meets).
  [new RegExp(eitherOrder('(?:(?:deputy |vice )?foreign minister|foreign (?:affairs )?ministry|ministry of foreign affairs|national security council)', 'delegation')), 'which agencies besides the defense ministry take part in the new conference'],
  [/\b(?:which|what) (?:subordinate )?units\b|\bcoast guard\b/, 'which units'],
  [
    new RegExp(`${eitherOrder(LAWMAKERS, LAWMAKING)}|\\b(?:kmt|dpp|tpp|opposition)\\b[^.?!]*\\b${LAWMAKING}\\b|\\bbudget\\b[^.?!]*\\b(?:been |get |got |be )?(?:approved|passed|voted (?:on|through))\\b`),
    'what lawmakers did with the budget',
  ],
  [/\b(?:usa|american|americans|pentagon|dod|washington)(?:'s)? (?:share|contribution|part(?! of (?:it|this|that|them)\b)|portion)\b|\b(?:usa|americans?|pentagon|dod|washington)\b[^.?!]*\b(?:kick(?:s|ing)? in|chip(?:s|ping)? in|(?:its|their) own money)\b|\bhow much (?:does|will|did|do|is) (?:the )?(?:usa|americans?|pentagon|dod|washington)(?: side)? (?:pay|contribute|put|spend|give|chip)|\b(?:the )?(?:usa|americans?|pentagon|dod|washington)(?: side)? (?:is |are |will be |will |would )?(?:pay(?:s|ing)?|cover(?:s|ing)?|fund(?:s|ing)?) (?:half|part|some|most|a (?:share|third|quarter|portion))\b|\b(?:usa|americans?|pentagon|dod|washington)(?: side)? (?:would |will |is going to |to |gonna )?match(?:es|ing)?\b/, "the US side's spending"],
  [/\bhow much of the (?:travel|trip) (?:budget|money)\b.*\b(?:for|on|goes to)\b|\bper[- ]?diems?\b|\bdaily (?:allowance|rate|budget|cost|spending)s?\b|\b(?:hotel|lodging|accommodation|airfare|flight|ticket)s? (?:costs?|budget|money|spending)\b|\b(?:cover|covers|include|includes) (?:the )?(?:hotels?|lodging|accommodation|airfares?|flights?|meals|per diems?)\b|\bhow much (?:is |goes )?(?:for|on|to) (?:the )?(?:hotels?|flights?|airfares?|lodging|accommodation|meals)\b|\bhow much (?:is|are|was|were|will|would|do|does|did) (?:the |a |their |each |his )?(?:hotels?|flights?|airfares?|lodging|accommodation|meals|plane tickets?)\b(?! (?:and|plus|&) )|\bper night\b|\b(?:flights?|hotels?|airfares?|lodging|accommodation|meals)\s+(?:vs\.?|versus)\s+(?:flights?|hotels?|airfares?|lodging|accommodation|meals)\b|\b(?:split|divided|broken down|break(?:s)? down|breakdown|apportioned|allocated)\b[^?.!]*\b(?:between|among|across|into)\b[^?.!]*\b(?:flights?|hotels?|airfares?|lodging|accommodation|meals|per diems?|tickets)\b/, 'a breakdown of the travel budget'],
  [/\b(?:budget(?:s|ed)?|cost|money|funding|funded|spend|spent)\b.*\b(?:project policy|operational)\b|\b(?:project policy|operational)\b.*\b(?:budget(?:s|ed)?|cost|money|funding|funded|spend|spent)\b/, 'what the lower-tier meetings cost'],
  [/\b(?:rankings?|rated|rating)\b.*\b(?:university|institute)\b|\b(?:university|institute|tamkang)\b.*\b(?:rankings?|rating|ranked|reputation|prestigious)\b|\b(?:good|top|prestigious|reputable|well-known) (?:school|university)\b|\b(?:what|which) ranks? (?:are|is|were|was|do|does|did|will) (?:the )?(?:[a-z]+ )?(?:officers|officials|staff|delegates|members|people|reps|representatives|participants|chiefs?|commanders?|generals?|admirals?)\b/, 'rankings or military ranks'],
  [/\bhow (?:often|frequently)\b.*\b(?:project policy|operational|seminars?)\b|\bhow many times\b.*\b(?:project policy|operational)\b|\bhow many (?:of the )?(?:project policy|operational)(?:[- ]level)? (?:branch )?meetings\b/, 'how often the lower-tier meetings are held'],
  [/\bpercent(?:age)?s?\b|%|\b(?:share|fraction|proportion|portion) of (?:the )?(?:jfd|assessment case)(?:'s)? (?:money|cash|budget|funding)\b|\b(?:share|fraction|proportion) of (?:the |taiwan's |its )?(?:total |overall |whole |annual )?(?:defense |military )?budget\b/, 'percentages'],
  [/\b(?:today'?s|current|latest|live) (?:(?:exchange|market|fx|forex|ntd|usd|to|vs|per) )*rates?\b|\brates? (?:today|now|currently|right now)\b/, 'current exchange rates'],
  [/\b(?:euros?|yen|yuan|rmb|renminbi|pounds? sterling|british pounds?|korean won|pesos?)\b/, 'amounts in other currencies'],
  [/\bhow long (?:is|does|will) the (?:flight|plane ride|journey)\b|\bflight (?:time|duration|length)\b/, "the flight's length"],
  [/\bwhen did the (?:first|previous|prior|earlier|last) (?:jfd |assessment )?(?:round|case|program)\b|\bhow much\b.*\b(?:previous|prior|earlier|past|last|old) (?:jfd |assessment )?(?:rounds?|cases?|programs?)\b|\b(?:previous|prior|earlier|past|last|old) (?:jfd |assessment )?(?:rounds?|cases?|programs?)\b.*\b(?:cost|budget|money|how much)\b/, "earlier rounds' figures"],
  [/\b(?:open|closed) to (?:the )?(?:press|media|public|journalists)\b|\breported on\b|\bkept secret\b|\blivestream|\bbroadcast\b|\bpress conference\b/, 'press or public access'],
  [/\btaiwan relations act\b|\bsix assurances\b|\bthree communiques\b/, 'other agreements and laws'],
  [/\bever (?:(?:actually|really|once) )?(?:visited|travell?ed to|been to|been (?:let|allowed) in(?:to)?)\b|\bmake it (?:into|to) (?:washington|dc|the usa|usa)\b|\bcleared (?:his |their |the )?entry\b|\blast (?:visit(?:ed)?|went|travell?ed|came)\b|\b(?:has|have|had) (?:the |taiwan's |taiwans |any of |those |these )*(?:[a-z']+ ){0,2}(?:minister|deputy|32|thirty-two|delegates?|members|he|they|jin zhong)\b[^?.!]*\b(?:been|led|gone|made it|visited|travell?ed)\b[^?.!]*\bbefore\b/, 'visits in the past'],
  [/\b(?:did|has|was) (?:jin(?: zhong)?|zhong|he|the analyst|the professor) (?:ever )?serve[ds]? in the (?:military|army|navy|air force|armed forces)\b|\bretired (?:(?:navy|naval|army|air force|marine|military) )?(?:colonel|general|admiral|officer|soldier|captain|commander)\b|\bbefore (?:joining|he joined|working at|teaching at|becoming)\b|\b(?:is|was) (?:jin(?: zhong)?|zhong|he|the analyst|the professor) (?:a |an )?(?:retired|former|ex-?)\b|\b(?:has|did|does|is) (?:jin(?: zhong)?|zhong|he|the analyst|the professor)\b(?=.*\b(?:ever|himself|personally)\b)(?=.*\b(?:serve[ds]?|serving|attend(?:s|ed)?|been|visit(?:s|ed)?|participat\w*|work(?:s|ed)?)\b)|\b(?:previous|prior|former|earlier|past) (?:jobs?|careers?|positions?|roles?|posts?|employers?)\b|\b(?:background|career|did (?:he|jin zhong|jin|zhong|the analyst|the professor) do|was he doing|worked?|working)\b[^?.!]*\bbefore (?:cspi|joining|the (?:institute|thinktank|university)|tamkang|chinese strategic|academia|that|this)\b|\bex-(?:military|army|navy|air force|officer|soldier|general|admiral|diplomat|official)\b/, "the analyst's earlier career"],
  // ("is the 32 broken down by rank anywhere": its make-up by rank or service, which the article never gives.)
  [/\bhow many\b.*\bfrom (?:the )?(?:joint staff|general staff|army|navy|air force|marines|each (?:branch|service|unit))\b|\b(?:broken down|break(?:s|ing)? (?:it |them |that )?down|breakdown|split|itemi[sz]ed) by (?:rank|service|branch|unit|role|job|gender|agency)\b/, "a breakdown of the delegation"],
  [/\bhow many\b(?! (?:physical |in-person )?(?:seminars?|workshops?|sessions?)\b)[^?.!]*\b(?:attend\w*|went|go|took part|participat\w*|joined|were (?:at|in))\b[^?.!]*\b(?:seminars?|workshops?)\b/, 'how many took part in the seminars'],
  // ("is MND funding any other exchanges" asks whether there are any.)
  [/\b(?:how much|budget|cost|money|funding(?! (?:any|other|additional|more)\b))\b.*\b(?:(?:other|additional) (?:new )?exchange|new exchange) programs?\b|\b(?:(?:other|additional) (?:new )?exchange|new exchange) programs? (?:(?:would|will|each|all|together|alone) )?(?:cost|costs|costing)\b/, "what the new exchange programs cost"],
  // (Finance shorthand too: "YoY", "year over year".)
  [/\byoy\b|\byear[- ](?:on|over)[- ]year\b|\bcompar(?:e|ed|ing) (?:with|to) (?:2025|last year|previous years|earlier years|what (?:[a-z]+ ){1,4}(?:before|previously))\b|\b(?:sent|spent) (?:[a-z]+ ){0,4}before\b|\bhow much\b.*\b(?:last|previous|prior|past) years?\b|\b(?:last|previous|prior|past) years?(?:'s)? (?:budget|spending|amount|figure|travel)\b|\b(?:budget|spending|spent|cost)\b[^.?!]*\b(?:last|previous|prior|past) years?\b|\bbig jump\b|\bother line items?\b/, "earlier years' spending"],
  [/\b(?:programs?|exchanges?|projects?|initiatives?) (?:actually |even )?called\b|\bnames? of (?:the |those |these )?['"]?(?:multiple |new |other )*(?:exchange )?(?:programs?|exchanges?)\b/, "the new programs' names"],
  // China's military spending, for comparison: the article names the CCP's threat, not its budget.
  [/\b(?:pla|ccp|prc|china|chinese|beijing)(?:'s|s)? (?:(?:official|annual|total|overall|military|defense|army|announced|published|own) )*(?:budget|spending|expenditure|outlays?)\b|\b(?:budget|spending|expenditure) (?:of|for) (?:the )?(?:pla|ccp|prc|china|beijing|chinese military)\b|\b(?:does|do|did) (?:the )?(?:pla|ccp|prc|china|beijing) spend\b/, "China's military budget"],
  [/\bpolitical party\b|\b(?:his|her) (?:own )?(?:politics|political (?:views|leanings?|stance|positions?))\b|\bparty (?:member|membership|affiliation)\b|\bmember of (?:a |the |any )?(?:political )?party\b/, 'party affiliations'],
  [/\bphd\b|\bdoctorate\b|\bdegree\b|\bgraduated?\b|\balma mater\b|\beducation\b/, "the analyst's education"],
  [/\b(?:total|overall|entire|whole|full|annual)\s+(?:taiwan\s+)?(?:20\d\d\s+)?(?:defense|military|mnd|ministry)\s+(?:budget|topline)\b|\b(?:defense|military) budget (?:total|overall)\b|\b(?:mnd|mnd's|ministry|ministry's)\s+(?:entire|total|overall|whole|full|annual)\s+(?:\d{4} )?(?:(?:topline |top-line )?budget|topline|top-line)\b/, "Taiwan's overall defense budget"],
  [/\b(?:which|what)\s+(?:specific\s+|exact\s+|kind of\s+|kinds of\s+)?(?:(?:american|usa|taiwanese|taiwan's)\s+)?(?:weapons?|arms|weapon systems|weapons systems|missiles|jets|fighters|equipment)\b|\b(?:drone|missile|weapon)s? (?:models?|types?|brands?|makers?)\b|\b(?:specific|particular|exact|individual|named) (?:drone |weapons? |missile |uav )?(?:systems|platforms|models)\b|\b(?:systems|platforms|models) like\b|\b(?:which|what) (?:specific |exact |particular )?systems\b|\b(?:which|what|what (?:kinds?|types?|sorts?|models?) of) (?:specific |exact )?(?:drones?|uavs?)\b|\b[a-z]{1,3}-\d{1,3}[a-z]?s?\b|\b(?:specific|particular|individual) (?:arms|weapons?|weapon systems|arms sales) (?:cases?|deals?|sales?|systems?|programs?|purchases?|packages?)\b/, 'which weapons'],
  [new RegExp(`\\bwhat (?:does|did|do) ${NOT_THE_ARTICLE_OR_ITS_ANALYST}(?:the )?[a-z']+(?: [a-z']+){0,4} (?:think|say|said|believe|make of)\\b|\\b(?:has|have|did) ${NOT_THE_ARTICLE_OR_ITS_ANALYST}[a-z']+(?: [a-z']+){0,3} (?:said|say) anything\\b|\\bhow (?:does|did|do|will|would) ${NOT_THE_ARTICLE_OR_ITS_ANALYST}(?:the )?[a-z']+(?: [a-z']+){0,4} feel\\b`), "other people's views"],
  [/\bwhat would (?:[a-z']+ ){1,6}(?:actually )?look like\b|\bin practice\b|\bday[- ]to[- ]day\b|\bwhat (?:do|does) (?:the )?(?:[a-z]+ ){0,4}(?:staff departments?|council|nsc|ministry of foreign affairs|mofa)\b[^?.!]*\bdo\b|\bsupposed to mean\b|\bdifference between (?:the )?(?:main|joint|general) staff\b|\bwhat(?:'s| is| does) ['"]?(?:military )?(?:interoperability|homeland defen[cs]e|drone warfare|intelligence exchange|blockade scenarios?|non-military procurement)['"]? (?:(?:even |actually |really )?mean|explain)\b|\b(?:office|agency|department) that handles\b|\bdifference between\b[^?.!]*\b(?:national security council|nsc)\b|\bwhat does the (?:[a-z]+ ){0,3}institute (?:actually |even |really )?do\b|\bwhat(?:'s| is)(?: even| actually| exactly)? (?:a|an) (?:think ?tank|blockade|minister|deputy minister|drone|researcher)\b|\bdifference between (?:a |an |the )?(?:minister|strategic|republic of china|roc|think ?tank)\b|\bwhat (?:is|are) (?:the |taiwan's )?(?:national security council|nsc|ministry of foreign affairs|joint staff|main staff|general staff)\b|\bwhat (?:does|do) ['"]?(?:joint staff|main staff|general staff|strategic level|operational level)['"]? (?:(?:even |actually |really )?mean|explain)\b|\bwhat counts as\b|\bhow (?:are|is) drones\b|\bin a war\b|\ball day\b|\bsame (?:thing )?as the pentagon\b/, 'how things work in general'],
  [/\b(?:public|private) or (?:public|private)\b|\b(?:blue|green|pan-blue|pan-green|kmt|dpp)[- ]leaning\b|\bleans? (?:blue|green|left|right)\b|\bpolitical lean(?:ing)?\b/, "the institutions' character"],
  [/\bpoll(?:s|ing|ed)?\b|\bsurveys?\b|\bpublic opinion\b/, 'public opinion'],
  [/\b(?:arms sales?|deals?|purchases?)\b[^?.!]*\bworth\b|\bapprov\w* (?:any )?(?:new )?arms sales?\b|\bbacklog\b|\bvalue of (?:[a-z-]+ ){0,3}arms\b/, 'the arms sales themselves'],
  [/\bspeaks? (?:good |fluent )?(?:english|chinese|mandarin)\b|\b(?:what|which) languages?\b|\b(?:english|mandarin) (?:well|fluently|skills)\b/, 'languages spoken'],
  [/\bwho (?:came|attended|went|participated|took part|joined) (?:[a-z0-9 ]+ )?from the (?:american|usa|us) side\b|\bfrom the (?:american|usa|us) side\b[^?.!]*\bseminars?\b|\bwho from the (?:usa |us |american )?state department\b/, "the American side's numbers"],
  [/\bever (?:actually )?(?:blockaded|invaded|attacked)\b|\bhistorically\b|\bunder which administration\b|\bolder than\b|\bwhich (?:came|started|began) first\b/, 'history before the article'],
  [/(?<!\bof )\b(?:classes|courses?)\b|\bwhat (?:does|do|did) (?:he|jin zhong|jin|zhong|the professor|the analyst) teach\b/, "the analyst's teaching"],
  // ("what would the discussions in the US cover": the US named as a place pays for nothing.)
  [/(?<!\b(?:in|at|with|from|to) (?:the )?)\b(?:usa|americans?|pentagon|dod|washington) (?:pay|pays|paying|cover|covers|covering|foot|foots)\b|\bthe us (?:pay|pays|cover|covers|foot)\b|\b(?:american|usa|us) side(?:'s)? costs?\b|\bcosts? of hosting\b|\bhosting costs?\b/, "the US side's share"],
  // "is this dangerous for them?": the article says nothing of the trip's risks to the people going.
  [/\b(?:is|are|will|would|was) (?:it|this|that|the (?:trip|visit|travel|delegation)|they|going)(?: (?:be|going to be|gonna be))? (?:\w+ )?(?:dangerous|safe|risky|unsafe)\b|\b(?:dangerous|safe|risky|unsafe) for (?:them|the (?:delegation|delegates|team|officers|staff)|my \w+)\b/, 'whether the trip is safe for those going'],
  [/\b(?:trump|biden|xi jinping|obama|harris)\b|\b(?:taiwan(?:ese)? )?(?:independence|(?:re)?unification)\b|\brecogni[sz]e\b|\bmandatory military service\b|\bconscription\b|\b(?:chinese communist party|ccp) is\b|\bwhat is the (?:chinese communist party|ccp)\b|\bwhy (?:is|does|do) china\b|\bbuild (?:its|their) own (?:weapons|arms)\b/, 'politics beyond the article'],
  [/\b(?:general|admiral|officer|soldier|military man) or (?:a )?civilian\b|\bcivilian or (?:a )?(?:general|admiral|officer|military)\b|\bmilitary (?:school|academy|college)\b|\bwest point\b|\bwar college\b/, "officials' backgrounds"],
  // ("who was the US lead at the seminars": the article names no one on the American side, and no leader of it.)
  // ("how big is the US side's delegation", "the senior US official leading their side": the article gives neither.)
  [/\b(?:usa|american|pentagon|dod)(?:'s)? (?:side(?:'s)? )?(?:lead|leader|head|chief)\b|\b(?:usa|american|pentagon|dod)(?:'s)? side(?:'s)? (?:delegation|team|contingent|headcount)\b|\bhow (?:many|big|large)\b[^?.!]*\b(?:usa|american|pentagon|dod)(?:'s)? side (?:(?:will|would|going to) )?(?:have|has|bring|brings|send|sends|field|fields)\b|\b(?:usa|american|pentagon|dod) (?:(?:senior|top|lead|chief|ranking|head|highest[- ]ranking) )?(?:official|officer|person|representative|rep|general|admiral)s? (?:who(?:'s| is| will be)? )?(?:leading|heading|leads|heads|in charge)\b|\bwho (?:led|leads|headed|heads|will lead|will head|is leading|was leading) (?:the )?(?:usa|american|pentagon|dod) (?:side|team|participants)\b|\bsecretary of (?:defense|war)\b|\b(?:defense|war) secretary\b|\b(?:usa|american|america's|washington's) (?:vice )?president\b|\bpresident of (?:the )?usa\b/, 'which US officials take part'],
  [/\bprogram codes?\b|\bwhich page\b|\bpage numbers?\b|\bvolume\b/, 'where in the budget document'],
  [/\bnamed examples?\b|\bother (?:analysts|experts|scholars|observers|commentators|think tanks)\b|\bconsensus\b/, "other people's views"],
  [/\binclusive of\b|\btravel days\b/, 'how the days are counted'],
  [/\bsection \d+\b|\blegal (?:basis|authority)\b|\bauthority\b|\bndaa\b|\bstatut\w*\b/, 'legal bases'],
  [/\breciproc\w*\b|\bin return\b|\breturn (?:the )?(?:visit|favou?r|trip)\b|\b(?:is|are|will|does|do) (?:the )?(?!taiwan\b|taipei\b|taiwanese\b|defense\b|our\b|they\b|we\b|mnd\b|ministry\b|it\b|he\b|she\b)[a-z]+(?: side)? (?:also )?send(?:ing)?\b/, "other countries' delegations"],
  [/\bwhy (?:exactly )?(?:32|thirty-two)\b|\bwhy not \d+\b|\boddly specific\b|\bwhat takes so long\b|\bwhy so (?:long|many|much)\b|\bwhat(?:'s| is) in it for\b|\bgo(?:es|ing)? public\b|\bwhy (?:does|do|would) (?:the )?(?:usa|us|america|americans|washington) (?:even )?(?:help|support|care|bother)\b|\bwhat (?:does|do) (?:the )?(?:usa|us|america|americans|washington) get out of\b|\bwhy (?:does|do|will) (?:the )?(?:trip|visit|it|they) (?:last|take)\b/, 'motives the article does not state'],
  // ("is china gonna blockade taiwan": whether it will, not the seminars' blockade scenarios.)
  [/\b(?:more|less) likely\b|\bmore or less likely\b|\b(?:fight|fights|defend|defends) (?:for )?taiwan\b|\b(?:going to|will|would|plan(?:s|ning)? to|about to) (?:(?:actually|really|ever|eventually|finally|soon|even) )?(?:invade|blockade|attack)\b/, 'predictions about war'],
  [/\bstocks?\b|\bstock markets?\b|\b(?:move|moves|affect|affects|impact|impacts|hit|hits)\b[^?.!]*\b(?:exchange rate|markets?|currency)\b|\bcontract(?:or)?s?\b|\b(?:drone|defen[cs]e|arms) (?:companies|firms|makers|industry)\b/, 'effects on business and markets'],
  // ("is the trip money paid out of the JFD or a separate line": which budget line pays for what.)
  [/\bspecial budgets?\b|\bregular (?:annual )?budget\b|\baudit\w*\b|\boversight\b|\bseparate (?:budget )?(?:lines?|items?|budgets?|pots?|appropriations?|accounts?)\b|\b(?:paid|pay|pays|come|comes|coming|came|taken|drawn|funded) (?:out of|from) (?:the )?(?:jfd|assessment|same|travel|trip)\b/, 'how the budget is organised and audited'],
  [/\b(?:has|did|does|have) (?:jin(?: zhong)?|zhong|he|the analyst|the professor) (?:actually |ever |personally |really )?(?:talked|spoken|talk|speak|met|meet) (?:to |with )?(?:anyone|anybody|someone|any officials?|officials|people)\b/, "the analyst's own contacts"],
  [/\b(?:what|which) (?:other|additional) (?!new\b)(?:[a-z-]+ ){0,2}(?:exchange )?programs\b(?! (?:are|is) (?:planned|new)\b)|\bheld the record\b/, 'other programs for comparison'],
  [/\breal[- ]time\b|\bradar\b|\bsatellites?\b|\bspy\b|\bspies\b|\bespionage\b/, 'what intelligence is shared'],
  [/\bever sent\b|\bthis (?:big|large|many)\b[^?.!]*\bbefore\b/, 'earlier delegations'],
  [/\b(?:tv|television|talk shows?|podcasts?)\b|\b(?:written|wrote|published) (?:any |a |some )?(?:books?|papers|op-eds?)\b/, "the analyst's other work"],
  [/\b(?:project policy|operational)\b[^?.!]*\b(?:happen|held|take place)\b[^?.!]*\b(?:taiwan|taipei|usa|us|washington|both)\b/, 'where the lower-tier meetings are held'],
  [/\bhow (?:many days|long)\b[^?.!]*\bseminars?\b[^?.!]*\blast(?:ed)?\b|\bwargames?\b|\bgam(?:e|es|ed|ing) out\b|\btabletop\b|\bquarantine\b|\bnaval blockade\b|\bwhat kind of blockade\b/, 'how the seminars were run'],
  [/\bget a job\b|\bapplying\b|\bapply (?:to|for)\b(?<!\b(?:does|do|did|would|will) (?:that|this|it|those|these|they) apply (?:to|for))|\bwhat (?:do|did|should) (?:you|i|we) (?:even )?study\b|\bcareers?\b/, 'careers and studies'],
];

/** Most questions are of no such kind: the filter rules most patterns out without a search. */
const MAY_BE_UNANSWERABLE = createPatternFilter(UNANSWERABLE_PATTERNS.map(([pattern]) => pattern));

/** The three older dialogues: of them the article gives only who attends, their focus and their rank. */
const OLDER_DIALOGUE = /\b(?:monterey|defense security talks|dst|political military|pmd)\b/;
const OLDER_DIALOGUE_UNKNOWNS =
  /\bwhen\b|\bwhere(?:'s| (?:is|are|was|were|do|does|did|will|would))\b|\blocation\b|\bvenue\b|\bhow (?:much|many|long|often)\b|\bcost|\bbudget(?<!\b(?:does|did|do|according to) the budget)(?! (?:calls|says|describes|names|labels|mentions)\b)|\bfounded\b|\bestablished\b|\bfirst (?:one|held|time)\b|\bstart(?:ed)?\b|\bbegan\b|\bhistory\b|\bsince (?:when|which|what)\b|\bbeen going on\b|\bcalled now\b|\bnext\b|\blast\b|\bmost recent\b|\bchairs?\b|\bheld\b|\bhappens? in\b|\b(?:taipei|taiwan) or (?:in )?(?:washington|dc|the usa|usa)\b|\b(?:washington|dc|the usa|usa) or (?:in )?(?:taipei|taiwan)\b|\bwho (?:leads|heads|runs|hosts|led|headed|hosted)\b|\bwho from\b[^?.!]*\b(?:leads|heads|runs|hosts|chairs|led|headed|hosted)\b|\bhow (?:big|large)\b|\bsize\b|\b(?:what|which) (?:usa |us )?state\b|\bcaliforni/;

/**
 * What the article lacks that the question asks for, or null when the question is of a kind it answers.
 * `asked` is the question proper; `message` the whole message, whose context may name the dialogue asked about
 * ("when did the monterey talks start, what year was the first one").
 */
export function unanswerableKind(asked: string, message = asked): string | null {
  const mayMatch = MAY_BE_UNANSWERABLE(asked);
  const kind = UNANSWERABLE_PATTERNS.find(([pattern], index) => mayMatch(index) && pattern.test(asked))?.[1];
  if (kind) return kind;
  if (OLDER_DIALOGUE.test(message) && OLDER_DIALOGUE_UNKNOWNS.test(asked)) {
    return "the older dialogues' dates, places, sizes, costs, chairs or history (only who attends, their focus and rank)";
  }
  return null;
}
