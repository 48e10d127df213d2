/**
 * The words people use for the article's things. A synonym group maps every variant (stemmed) to one
 * concept term; questions and facts both pass through it, so "headcount" finds a fact that says "people".
 * Groups hold only words that mean the same thing *in this article's domain*.
 */
import { readFileSync } from 'node:fs';
import { countries } from 'countries-list';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';
import { normalizeText, ORDINALS, stem, words } from './normalize.ts';

const SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = [
  ['delegation', 'delegate', 'delegates', 'group', 'team', 'crew', 'entourage', 'headcount', 'envoys', 'contingent', 'squad'],
  ['people', 'person', 'persons', 'members', 'member', 'staff', 'officials', 'official', 'officers', 'officer', 'diplomats', 'personnel', 'attendees', 'participants', 'reps', 'representatives', 'representative', 'individuals', 'bodies', 'bigwigs', 'brass'],
  ['budget', 'budgets', 'budgeted', 'cost', 'costs', 'costing', 'money', 'funding', 'funds', 'fund', 'funded', 'spend', 'spending', 'spent', 'price', 'priced', 'pricey', 'expensive', 'allocate', 'allocated', 'allocation', 'amount', 'expense', 'expenses', 'financing', 'cash', 'bucks', 'pricetag', 'outlay', 'investment', 'invest', 'invested', 'earmarked', 'slice', 'portion', 'chunk', 'tranche', 'appropriation', 'appropriations', 'appropriated', 'outlays', 'envelope', 'allotted', 'allotment', 'estimates', 'dough', 'moolah', 'bankroll', 'bankrolls', 'bankrolled', 'bankrolling', 'topline', 'funnel', 'funnelled', 'funneled', 'funnelling', 'burn'],
  ['travel', 'trip', 'trips', 'journey', 'airfare', 'flights', 'flight', 'visit', 'visiting', 'visits', 'travelling', 'traveling', 'tour', 'mission', 'excursion', 'vacation', 'embark', 'embarking', 'embarks', 'tickets', 'airfares'],
  ['send', 'sending', 'sends', 'sent', 'dispatch', 'dispatching', 'go', 'going', 'goes', 'went', 'attend', 'attending', 'attends', 'participate', 'participating', 'participates', 'join', 'joining', 'joins', 'fly', 'flying', 'represent', 'represented', 'representing', 'attendance', 'ship', 'shipping'],
  ['week', 'weeks', 'fortnight', 'days', 'day', 'month', 'months'],
  ['duration', 'long', 'longer', 'length', 'lengthy', 'period', 'window', 'stay', 'staying', 'stays', 'last', 'lasting', 'lasts', 'span', 'timeframe', 'lifespan', 'lifetime', 'stint', 'stints'],
  ['lead', 'leads', 'leader', 'leading', 'led', 'head', 'heads', 'heading', 'headed', 'chief', 'charge', 'helm', 'command', 'commands', 'principal', 'principals', 'boss', 'captain', 'captains', 'captaining', 'skipper'],
  ['minister', 'secretary', 'ministerial'],
  ['deputy', 'vice'],
  ['usa', 'america', 'american', 'americans', 'washington', 'states', 'stateside'],
  ['taiwan', 'taiwanese', 'taipei', 'island'],
  ['roc', 'minguo', 'calendar', 'calendars', 'gregorian', 'western'],
  ['ccp', 'china', 'chinese', 'prc', 'beijing', 'mainland'],
  ['pentagon', 'dod'],
  ['mnd', 'ministry', 'mod', 'agency', 'agencies', 'establishment', 'establishments', 'organization', 'organizations', 'organisation', 'organisations'],
  ['dialogue', 'dialogues', 'dialog', 'dialogs', 'talks', 'talk', 'meeting', 'meetings', 'conference', 'conferences', 'forum', 'forums', 'fora', 'mechanism', 'mechanisms', 'channel', 'channels', 'platform', 'platforms', 'summit', 'strand', 'strands', 'meetup', 'meetups', 'gathering', 'gatherings', 'consultation', 'consultations', 'track', 'tracks', 'engagement', 'engagements', 'conversation', 'conversations', 'event', 'events'],
  ['new', 'newly', 'added', 'addition', 'additional', 'extra', 'fresh', 'latest', 'novel', 'brand', 'inaugural', 'maiden', 'newcomer', 'inaugurated'],
  ['highest', 'top', 'senior', 'most', 'important', 'prestigious', 'biggest', 'flagship', 'premier', 'outrank', 'outranks', 'outranking'],
  // Where a thing sits, high or low: "lower level" is a level, not the highest.
  ['level', 'levels', 'tier', 'tiers', 'rung', 'rungs', 'hierarchy', 'rank', 'ranking', 'ranks', 'ranked', 'layer', 'layers', 'pitched', 'lineup', 'spectrum', 'structure', 'echelon', 'echelons', 'ladder'],
  ['focus', 'focuses', 'focused', 'concentrate', 'concentrates', 'concentrating', 'centre', 'center', 'centered', 'emphasis', 'about', 'cover', 'covers', 'covered', 'topic', 'topics', 'subject', 'subjects', 'agenda', 'discuss', 'discusses', 'discussed', 'discussion', 'discussions', 'issues', 'issue', 'handle', 'handles', 'handled', 'handling', 'gist', 'negotiate', 'negotiated', 'negotiating', 'negotiation', 'negotiations', 'haggle', 'haggling', 'remit', 'mandate', 'purview', 'substance', 'tackle', 'tackles', 'tackled', 'tackling', 'thrust', 'theme', 'themes', 'thematic'],
  ['seminar', 'seminars', 'workshop', 'workshops', 'session', 'sessions', 'symposium', 'tabletop', 'exercise', 'exercises', 'wargame', 'wargames'],
  ['drone', 'drones', 'uav', 'uavs', 'unmanned'],
  ['blockade', 'blockades', 'quarantine'],
  ['intelligence', 'intel'],
  ['homeland', 'territorial'],
  ['weapon', 'weapons', 'arms', 'arm', 'armament', 'armaments', 'weaponry'],
  ['procurement', 'purchase', 'purchases', 'purchasing', 'buying', 'buy', 'acquisition', 'acquisitions', 'procure', 'shopping'],
  ['sale', 'sales', 'selling', 'sell'],
  ['branch', 'branches', 'services', 'army', 'navy', 'airforce'],
  ['operational', 'operations', 'tactical'],
  ['analyst', 'jin', 'zhong', 'expert', 'scholar', 'academic', 'commentator', 'pundit', 'specialist'],
  // His two affiliations must stay apart: a researcher at an institute, a professor at a university.
  ['researcher', 'research', 'fellow', 'tank'],
  ['professor', 'prof', 'lecturer', 'lecture', 'lectures', 'lecturing', 'teaches', 'teach', 'teacher', 'faculty'],
  ['university', 'uni', 'college', 'campus'],
  ['affiliation', 'affiliations', 'affiliated', 'employer', 'institution', 'institutional', 'job', 'position', 'credentials', 'background', 'post', 'appointment', 'employs', 'employed', 'attached', 'resume', 'cv', 'bio', 'title', 'titles'],
  ['expect', 'expects', 'expected', 'framing', 'expectation', 'expectations', 'interpretation', 'interpretations', 'interpret', 'interprets', 'interpreted', 'predict', 'predicts', 'prediction', 'predictions', 'forecast', 'anticipate', 'anticipates', 'believe', 'believes', 'think', 'thinks', 'view', 'opinion', 'judge', 'judges', 'judged', 'reckon', 'reckons', 'guess', 'guesses', 'guesswork', 'speculation', 'speculative', 'assume', 'assumes', 'assumption', 'caveat', 'caveats', 'proviso', 'speculate', 'speculates', 'take', 'perceive', 'perceives', 'perceived', 'estimation', 'foresee', 'foresees', 'mooted', 'floated', 'inference', 'infer', 'inferred', 'concludes', 'conclusion', 'conclusions', 'judgement', 'judgment', 'judgements', 'judgments', 'takeaway', 'takeaways'],
  ['breakthrough', 'breakthroughs', 'progress', 'advance', 'advances', 'headway'],
  ['optimistic', 'upbeat', 'hopeful', 'positive', 'bullish', 'confident', 'sanguine', 'bearish', 'pessimistic', 'gloomy'],
  ['trend', 'direction', 'moving', 'evolve', 'evolving', 'deepening', 'deepen', 'trajectory', 'outlook', 'evolution'],
  ['shift', 'shifting', 'shifted', 'shifts', 'drift', 'drifting', 'drifted', 'drifts'],
  ['signal', 'signals', 'signify', 'shows', 'show', 'indicates', 'indicate', 'mean', 'means', 'implication', 'implications', 'significance', 'tell', 'tells', 'suggest', 'suggests'],
  ['threat', 'threats', 'pressure', 'aggression', 'danger', 'scary', 'scarier', 'menace', 'menacing'],
  ['total', 'complete', 'overall', 'whole', 'entire', 'altogether', 'combined', 'sum', 'full', 'cumulative', 'aggregate', 'tally'],
  ['rare', 'rarely', 'unusual', 'normal', 'typical', 'common', 'unprecedented', 'uncommon', 'exceptional', 'exception', 'remarkable', 'unusually', 'notable', 'noteworthy', 'striking', 'standard', 'ordinary', 'usual', 'unique'],
  ['year', 'years', 'annual', 'annually', 'yearly'],
  ['held', 'convene', 'convened', 'convenes', 'convening'],
  ['routine', 'routinely', 'regular'],
  ['abbreviation', 'acronym', 'stand', 'stands', 'short', 'abbreviated', 'initials', 'letters', 'denote', 'denotes', 'denoted'],
  ['disclose', 'disclosed', 'reveal', 'revealed', 'details', 'detail', 'breakdown', 'breakdowns', 'itemised', 'itemized', 'vague', 'specifics', 'concrete', 'explain', 'explains', 'involve', 'involves', 'doc', 'document', 'documents', 'publish', 'published', 'public', 'publicly', 'documentation', 'particulars', 'substantive', 'paperwork', 'filing', 'filings', 'spill', 'spills'],
  ['security', 'safety'],
  ['diplomacy', 'diplomatic', 'diplomatically'],
  ['city', 'cities', 'town', 'towns'],
  ['source', 'sources', 'sourced', 'leak', 'leaked', 'leaks', 'briefing', 'briefings', 'provenance', 'origin', 'origins', 'originate', 'originates', 'announcement', 'announcements'],
  // How a thing is described: "what label does the budget give it", "whose wording is that".
  // (The role a thing plays is what it is described as: "what role is the new conference supposed to play".)
  ['describe', 'describes', 'described', 'description', 'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling', 'wording', 'portray', 'portrays', 'portrayed', 'tagline', 'taglines', 'role', 'roles'],
  ['interoperability', 'interoperable', 'interop', 'compatibility', 'compatible'],
  ['why', 'reason', 'reasons', 'because', 'cause', 'purpose', 'point', 'goal', 'aim', 'motive', 'factor', 'factors', 'driver', 'drivers'],
  ['cooperation', 'cooperate', 'cooperating', 'collaboration', 'collaborate', 'partnership', 'teamwork', 'joint', 'jointly', 'together', 'bilateral', 'coordination', 'coordinate', 'cooperative'],
  ['program', 'programs', 'project', 'projects', 'initiative', 'initiatives', 'scheme', 'schemes', 'case', 'effort', 'efforts', 'undertaking', 'undertakings', 'arrangement', 'arrangements'],
  ['assessment', 'assessments', 'assess', 'evaluate', 'evaluation', 'evaluations', 'review', 'study', 'studies', 'appraisal'],
  ['prepare', 'prepares', 'preparing', 'preparation', 'preparations', 'ready', 'gearing', 'groundwork', 'prep', 'prepping'],
  // Military exchanges are the two sides' contacts.
  ['exchange', 'exchanges', 'contacts'],
  ['counterpart', 'counterparts', 'hosts', 'host', 'meetwith', 'interlocutor', 'interlocutors'],
  ['previous', 'prior', 'earlier', 'preceding', 'former'],
  // A place in a numbered series: "which number is it", "numerically", "the Nth".
  ['ordinal', 'ordinals', 'numerically', 'nth', 'sequence', 'rotation'],
  ['round', 'rounds', 'iteration', 'iterations', 'edition', 'editions', 'instalment', 'installment'],
];

/**
 * The article's long names as their abbreviations (with the head noun, so "conference" still meets them),
 * so that a question naming the JFD in full meets every fact about the JFD, not only the one that spells
 * the name out. Applied to normalised text.
 */
const LONG_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:taiwan-?usa? )?(?:defense department )?joint cooperation assessment(?: case)?\b/g, 'jfd'],
  // (Misremembered with another head noun too: "the Defence Policy Special Committee"; or with none: "that defense policy thing".)
  [/\bdefense policy (?:special )?(?:conference|committee|council|commission|forum|meeting|dialogue|thing|one|event|gathering|summit)\b|\bdefense policy special\b/g, 'dpsc conference'],
  // The older dialogues half remembered: "the defense security whatever", "the monterey thing".
  [/\b(monterey|defense security|political military)(?: talks)? (?:whatever|whatsit|something|thing|one|stuff)\b/g, '$1 talks'],
  // The article's one new dialogue: "the new conference", "the special conference", "the new forum", "the new big meeting".
  [/\b(?:new|special|brand new|newly (?:launched|added|created)|freshly added)(?: (?:annual|yearly|top-level|top-tier|high-level|senior-level|special|policy|big|major|fancy))* (?:conference|forum|platform|meeting|one|gathering|get-together|summit|talks|dialogue)\b/g, 'dpsc conference'],
  // The JFD described: "the joint study thing", "the three-year evaluation", "the cooperative study project", "the joint cooperation case".
  [/\b(?:(?:three-year|3-year|multi-year|joint|cooperative|cooperation|bilateral) )+(?:study|evaluation|assessment|review|appraisal)(?: (?:project|program|thing|case))?\b/g, 'jfd'],
  [/\bthe (?:(?:three-year|3-year|joint|cooperative|cooperation|bilateral) )+(?:program|project|scheme|initiative|thing|case)\b/g, 'the jfd'],
  // The article's one assessment: "the assessment program", "this assessment project".
  [/\b(the|this|that) assessment (?:program|project|scheme|initiative|thing)\b/g, '$1 jfd'],
  // ... and the joint program, with or without an article: "joint program years".
  [/\bjoint (?:program|project)s?\b/g, 'jfd'],
  // "Action plan coordination" is the article's phrase for what the JFD prepares (its closing "action plans" are his
  // wider shift).
  [/\baction plan coordination\b/g, 'jfd action plan coordination'],
  // The article's "top platform" is the new conference.
  [/\b(?:the )?top platform\b/g, 'dpsc top platform'],
  [/\bministry of (?:national )?defense\b/g, 'mnd ministry'],
  // "the dialogue", "the talks" after a dialogue named in full is that dialogue (the last one named): "the MND sends
  // seniors to the political military dialogue, but what's the dialogue about?".
  [/\bthe (?:dialogue|talks)\b(?<=\b(political military dialogue|monterey talks|defense security talks)\b(?:(?!\b(?:political military dialogue|monterey talks|defense security talks)\b).)*)/g, 'the $1'],
  // The tiers named by what they sit under: "what sits below the project policy meetings" (or "tier"), "the lowest layer",
  // "below the procurement-focused meetings", "underneath the procurement sessions", "beneath the procurement-focused
  // project meetings", or "under them" once the project meetings were named (not the dialogues after them).
  [/\b(?:below|under|beneath|underneath|lower than|after)(?: even)?(?: the| those| these)? (?:project(?: policy|[- ]level|[- ]type)? (?:meetings|ones|tier|level|layer|rung)|(?:arms|weapons?)[- ](?:sales|buying|shopping|procurement|purchase|purchasing) (?:stuff|meetings|ones)|(?:procurement|arms|weapons?|purchasing|buying)(?:[- ](?:focused|centred|centered|heavy|oriented|related))? (?:project )?(?:meetings|ones|talks|sessions))\b|\b(?:below|under|beneath|underneath) (?:them|those)(?<=\bproject(?: policy)? meetings\b(?:(?!\b(?:dialogues|talks)\b)[^?])*)|\bthe (?:very )?(?:lowest|bottom) (?:layer|tier|level|rung)\b|\b(?:very )?bottom of (?:the|this|that)(?: whole| entire)? (?:[a-z]+ ){0,2}(?:ladder|pile|hierarchy|chain|pyramid)\b/g, 'operational level meetings'],
  [/\b(?:directly )?(?:below|under|beneath|underneath)(?: the)?(?: (?:three|big|existing|routine|high-level|major|main|old))* (?:dialogues|talks)\b|\b(?:below|under|beneath|underneath)(?: the)? big (?:three|3)\b/g, 'project policy meetings'],
  [/\b(?:the )?(?:(?:arms|weapons?)[- ](?:sales|buying|shopping|procurement|purchase|purchasing)|procurement(?:[- ](?:focused|related|centred|centered))?) (?:meetings|ones|talks|sessions)\b/g, 'project policy meetings'],
];

/**
 * "the next echelon down from the big three", "under the big three, what's the next level down": what sits below
 * them (read before the tiers below things are named). Without what it is below, the next level down stays.
 */
const NEXT_DOWN: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:(?:the )?next|a|one) (?:level|tier|echelon|rung|layer|step)s? (?:down|below|lower) (?:from|below|under|beneath) (?=the\b|these\b|those\b)/g, 'below '],
  [/\b(below|under|beneath|underneath) ((?:the )?[a-z0-9 -]{1,40}?),\s*(what(?:'s| is| are|s| comes)?) (?:the )?next (?:level|tier|echelon|rung|layer|step)s? (?:down|below|lower)\b/g, '$3 $1 $2'],
];

export function abbreviateNames(normalized: string): string {
  // (Both need a way down: "next level down", "a tier below".)
  if (/\b(?:down|below|lower)\b/.test(normalized)) normalized = NEXT_DOWN.reduce((text, [pattern, below]) => text.replace(pattern, below), normalized);
  return LONG_NAMES.reduce((text, [pattern, short]) => text.replace(pattern, short), normalized);
}

/** Stemmed variant -> concept term (the group's first word, stemmed). */
const CONCEPT_OF = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const concept = stem(group[0]!);
  for (const variant of group) {
    const stemmed = stem(variant);
    // A word in two groups would silently mean whichever came last.
    const earlier = CONCEPT_OF.get(stemmed);
    if (earlier !== undefined && earlier !== concept) throw new Error(`lexicon: "${variant}" is in the groups of both "${earlier}" and "${concept}"`);
    CONCEPT_OF.set(stemmed, concept);
  }
}

/** The concept a stemmed word stands for: its synonym group's head, or itself. */
export function conceptOf(stemmed: string): string {
  return CONCEPT_OF.get(stemmed) ?? stemmed;
}

/** Every word of the synonym group a concept heads (just the concept itself when it heads none). */
export function wordsForConcept(concept: string): string[] {
  const group = SYNONYM_GROUPS.find((candidate) => stem(candidate[0]!) === concept);
  return group ? [...group] : [concept];
}

export function isKnownSynonym(stemmed: string): boolean {
  return CONCEPT_OF.has(stemmed);
}

/**
 * Words that carry no topic: function words, question words, chat filler (learners' tags too: "desu ka", "bitte",
 * "kan?"). They neither match nor count as unknown. Words with a topic (even general ones like "money") belong in a synonym group instead.
 */
const STOPWORD_LIST = `a about above after again against all also am an and any are aren arent as at be been before being
below between both but by can cant could couldnt did didnt do does doesnt doing dont down during each either else
ever every few for from further get gets getting got had hadnt has hasnt have havent having he her here hers herself
him himself his how i if in into is isnt it its itself just let lets me might more must my myself no nor not now of
off on once only or other our ours ourselves out over own per same she should shouldnt so some such than that thats
the their theirs them themselves then there theres these they this those through to too under until up upon very
was wasnt we were werent what whats when whens where wheres whether which while who whos whom whose why will with
wont would wouldnt you your yours yourself u ur ya yo hey hi hello pls please plz thanks thank thx ok okay yeah yes
yep nope hmm um uh lol lmao btw fyi imo tbh idk iirc afaik actually really exactly basically literally just
quick quickly question q anyone someone somebody everyone know knows tell told explain explains show me us
again also still even already yet much many big bigger large size number numbers count counted counts quantity figure figures
gonna wanna gotta kinda sorta wait so right correct true false real sure confirm check verify claim claimed
claims claiming user users posted wrote misleading accurate inaccurate wrong fine pin pinning pinned
saying said written article story piece news report reported reports according supposedly apparently guess mean
like thing things stuff part kind sort way ways exactly anyway anyways thus therefore hence whats going happen
happening happens happened do does supposed planned planning plan plans will shall going get make makes made
one ones which whichever what whatever name named called call list lists listed give gives given couple
say says mention mentions mentioned several various
compare compared comparing comparison im ive id paragraph paragraphs another different ngl fwiw smh wtf taxpayer taxpayers actual exact fixed
everything anything something nothing everybody anybody somebody nobody
guy guys dude dudes folks fella bro bros man
thread threads server chat hearing heard arguing argue argues argument debate debating confused confusing genuinely honestly seriously curious wondering wonder asking ask asked friend friends kinds sorts types
grandpa grandma granddad grandad grandmother grandfather grandparents mom mum dad mother father parents uncle aunt cousin wife husband roommate coworker coworkers colleague colleagues classmate classmates
ntd usd twd dollars dollar million millions currency
super mainly mostly primarily largely chiefly generally essentially principally predominantly
odd ish
tonight lowkey highkey deadass bruh ong fr nah af fam tbf istg smh ikr sounds omg wow damn geez yikes
forgive elementary precisely speaking grateful obliged thankful appreciative appreciate kindly gather understand roughly broadly entirely
considered considers regarded fiscal precise sits refers refer referring series
play plays played playing meant use uses using
bit bits main though although may seems simply pretty random definition definitions define defined meaning essence underpinning elements element po namely regarding toward towards becomes among amongst
desu ka kan bitte lah
answer answers fit fits feed feeds`;
const STOPWORDS = new Set(STOPWORD_LIST.split(/\s+/).filter(Boolean).map((word) => word.replace(/'/g, '')));

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * General English filler (stopwords-iso's list of 1,298 words: "specifically", "somewhere", "anything"). A
 * word the fact base does not know is ignored when it is filler; otherwise it is a subject the article may
 * not cover, and it counts against every fact.
 */
const GENERAL_FILLER: ReadonlySet<string> = new Set(
  (createRequire(import.meta.url)('stopwords-iso/stopwords-iso.json') as Record<string, string[]>).en,
);

export function isFiller(word: string): boolean {
  return GENERAL_FILLER.has(word) || (word.length > 5 && word.endsWith('ly'));
}

/**
 * Every word the lexicon itself knows: typo corrections may land on these too ("teh" -> "the"), and on the
 * ordinals, which become numbers before the fact base's words are read ("fourht" -> "fourth" -> "4").
 */
export function lexiconWords(): string[] {
  return [...SYNONYM_GROUPS.flat(), ...STOPWORDS, ...ORDINALS];
}

let englishWords: readonly string[] | undefined;

/**
 * Whether a word is English (word-list's 274,000 words). Such a word is never "corrected" into one of the
 * article's: "produce" is not a typo of "procure", nor "agreements" of anything; it is a subject of its own.
 * Loaded on first use: most questions never need it. A sorted array searched by halves loads in a third of
 * the time a Set of as many words takes to build (about 80 ms against 270).
 */
export function isEnglishWord(word: string): boolean {
  englishWords ??= readFileSync(wordListPath, 'utf8').split('\n').sort();
  let low = 0;
  let high = englishWords.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (englishWords[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return englishWords[low] === word;
}

/** A text's concept terms: normalised, stopwords dropped, stemmed, mapped through the synonym groups. */
export function conceptsOf(text: string): string[] {
  return conceptsOfNormalized(normalizeText(text));
}

/** The same, for text already through normalizeText. */
export function conceptsOfNormalized(normalized: string): string[] {
  return words(abbreviateNames(normalized))
    .filter((word) => !isStopword(word))
    .map((word) => conceptOf(stem(word)));
}

/**
 * What a phrase names, by its head noun: "routine policy dialogue mechanisms" is mechanisms (dialogues), not
 * officials. A count counts this. Empty when the phrase has no content word.
 */
export function headConcept(phrase: string): string[] {
  // The head comes before any phrase that qualifies it: "new exchange programs with the US" counts programs.
  return conceptsOf(phrase.split(/\b(?:with|for|of|in|to|at|on|by|from|about)\b/i)[0]!).slice(-1);
}

let countryWords: ReadonlySet<string> | undefined;

/** The words that name the article's things, as against what is asked about them ("level", "who attends"). */
const NAME_WORDS = 'jfd dpsc monterey political security talks seminars delegation project operational analyst tamkang mnd';
let nameConcepts: ReadonlySet<string> | undefined;

/** Whether a concept names one of the article's things: a dialogue, a programme, a body, the analyst. */
export function isNameConcept(concept: string): boolean {
  nameConcepts ??= new Set(conceptsOf(NAME_WORDS));
  return nameConcepts.has(concept);
}

/**
 * Whether a word names a country (countries-list's 252 names): a one-word name ("japan"), or the distinctive
 * word of a longer one ("korea", not "south"). Loaded on first use.
 */
export function isCountryWord(word: string): boolean {
  countryWords ??= new Set(
    Object.values(countries).flatMap(({ name }) => {
      const parts = name.toLowerCase().split(/[^a-z]+/).filter(Boolean);
      return parts.length === 1 ? parts : parts.filter((part) => !isEnglishWord(part));
    }),
  );
  return countryWords.has(word);
}
