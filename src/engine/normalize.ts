/**
 * Turns free text (a question, or a fact's fields) into comparable terms. Both sides go through the same
 * steps, so "defence", "Defense" and "defense's" meet, "NT$15m" reads as "ntd 15 million", and the
 * article's calendars meet: "115", "ROC 115" and "next year" all become "2026".
 */
import { ROC_OFFSET } from '../knowledge/schema.ts';
import { createPatternFilter } from './pattern-filter.ts';

/** What the article's "next year" means: it was written in 2025. */
export const ARTICLE_NEXT_YEAR = 2026;

/** Ordinals as numbers, so "4th" (which becomes "4") meets the article's "fourth". */
export const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_WORD = new RegExp(`\\b(?:${ORDINALS.join('|')})\\b`, 'g');

/**
 * Chinese terms for the article's things, as diaspora readers drop them into English (traditional and
 * simplified): "which 國防部 is it", "民國115". A message wholly in Chinese is not read: these few terms are not
 * the language.
 */
const CHINESE_TERMS: ReadonlyArray<[RegExp, string]> = [
  // The article's own names, as the Chinese press gives them (before 國防部, which the JFD's long name holds).
  [/(?:台美|臺美)?(?:國防部|国防部)?(?:聯合合作評估案|联合合作评估案|聯合評估案|联合评估案)/g, ' joint cooperation assessment case '],
  [/蒙特[瑞雷]會談|蒙特[瑞雷]会谈/g, ' monterey talks '],
  [/政軍會談|政军会谈/g, ' political military dialogue '],
  [/國防安全會談|国防安全会谈/g, ' defense security talks '],
  [/軍種|军种/g, ' military branches '],
  [/軍購|军购/g, ' arms procurement '],
  [/漢光(?:演習)?|汉光(?:演习)?/g, ' han kuang '],
  [/總預算|总预算/g, ' total budget '],
  [/美金|美元/g, ' usd '],
  [/台幣|臺幣|台币/g, ' ntd '],
  [/國防部長|国防部长/g, ' defense minister '],
  [/副部長|副部长/g, ' deputy minister '],
  [/部長|部长/g, ' minister '],
  [/國防部|国防部/g, ' ministry of national defense '],
  [/民國|民国/g, ' roc '],
  [/明年/g, ' next year '],
  // "民國幾年", "幾年": which year.
  [/幾年|几年/g, ' which year '],
  [/美國|美国/g, ' usa '],
  [/臺灣|台灣|台湾/g, ' taiwan '],
  [/中共/g, ' ccp '],
  [/預算|预算/g, ' budget '],
  [/淡江/g, ' tamkang '],
  // "美方" is the US side, "華府" Washington; "賴清德" is Taiwan's president, whom the article never mentions.
  [/美方/g, ' the usa side '],
  [/華府|华府/g, ' washington '],
  [/賴清德|赖清德/g, ' president lai '],
  [/總統|总统/g, ' president '],
];
const IN_ENGLISH = /\b[a-z]{2,}\b/;
/** Chinese characters: only a message holding some goes through the terms and amounts above. */
const CHINESE_SCRIPT = /[\u3400-\u9fff]/;
/**
 * Chinese amounts: "5億" is 500 million, "1543萬" 15.43 million, and written in full "4億7123萬" 471.23 million;
 * "快5億", "近5億" nearly that.
 */
const CHINESE_AMOUNT = /(?:快|近|將近|将近|約|约)?\s*(?:(\d+(?:\.\d+)?)\s*[億亿](?:\s*(\d+(?:\.\d+)?)\s*[萬万])?|(\d+(?:\.\d+)?)\s*[萬万])/g;
function chineseAmount(match: string, hundredMillions: string | undefined, andTenThousands: string | undefined, tenThousands: string | undefined): string {
  const millions = Number(hundredMillions ?? 0) * 100 + Number(andTenThousands ?? tenThousands ?? 0) * 0.01;
  const nearly = /^(?:快|近|將近|将近)/.test(match) ? 'nearly ' : /^(?:約|约)/.test(match) ? 'about ' : '';
  return ` ${nearly}${Number(millions.toFixed(4))} million `;
}

const SPELLING_VARIANTS: ReadonlyArray<[RegExp, string]> = [
  [/[‘’`´]/g, "'"],
  // "w/" is with, "w/o" without.
  [/\bw\/o\b/g, 'without'],
  // "tl;dr" asks for the gist: no subject of its own.
  [/\btl;? ?dr\b/g, ' '],
  [/\bw\/\s*/g, 'with '],
  [/[“”„]/g, '"'],
  [/[‐‑‒–—]/g, '-'],
  [/\bdefence\b/g, 'defense'],
  // "Mr Jin", "Dr. Zhong": the analyst, by his name alone (so the patterns that know his name know him).
  [/\b(?:mr|mister|dr|doctor)\.? (?=(?:jin|zhong)\b)/g, ''],
  [/\bdefences\b/g, 'defenses'],
  [/\bprogrammes?\b/g, 'program'],
  [/\bsignall(ing|ed|er)\b/g, 'signal$1'],
  // Letters spelled out, as speech-to-text writes them: "r o c", "u s a".
  [/\br\.? o\.? c\b\.?/g, 'roc'],
  [/\bu s a\b/g, 'usa'],
  [/\bu\.s\.(?:a\.)?/g, 'usa '],
  // ("the Untied States" is a slip every spell-checker lets through.)
  [/\bun(?:ited|tied) states(?: of america)?\b/g, 'usa'],
  // Lower-case "us" is the pronoun unless it follows a word that makes it the country.
  [/\b(the|to|in|from|with|and|visit|visiting|visits|enter|for) us\b/g, '$1 usa'],
  [/\bpol[- ]?mil\b|\bpolitics ?\+ ?military\b/g, 'political military'],
  // "foreign relations" is diplomacy (the Ministry of Foreign Affairs is a ministry).
  // ("the foreign affairs people" are the ministry's.)
  [/(?<!\bministry of )\bforeign (?:relations|affairs|policy)\b(?! (?:ministry|people|folks|guys|officials|types|reps)\b)/g, 'diplomacy'],
  [/\bpolitico[- ]military\b/g, 'political military'],
  [/\bpolitical[- ]military\b/g, 'political military'],
  [/\bpolitical and military\b/g, 'political military'],
  [/\bpolitics?(?<=\bthe politics?)[- ](?:(?:and|plus)[- ])?(?:the )?(?:military|armed[- ]forces|soldiers)\b|\bpolitics?[- ](?:and[- ])?(?:the )?(?:military|armed[- ]forces)(?=[- ](?:dialogue|talks|chat|one|thing|exchange|meeting))/g, 'political military'],
  // Money: every way of writing the New Taiwan dollar becomes "ntd"; "$15m" becomes "15 million".
  [/\bnt\s*\$\s*/g, 'ntd '],
  [/\b(?:ntd|twd|nt dollars?|new taiwan dollars?|taiwan(?:ese)? dollars?|nt)\b/g, 'ntd'],
  [/\b(?:us|usa)\s*\$\s*/g, 'usd '],
  [/\b(?:us|usa|american|u\.s\.) dollars?\b/g, 'usd'],
  [/\$\s*/g, ' usd '],
  // "30 NT to 1 USD", "30 ntd per dollar": a rate; so is "how many taiwan dollars to one us dollar".
  [/\b(?:\d+(?:\.\d+)?|how many) ?(?:ntd|usd) (?:to|per|for|=|a) (?:(?:1|one|a|each|every) )?(?:ntd|usd)\b/g, 'exchange rate'],
  [/\b(\d+(?:\.\d+)?)\s*(?:m|mn|mil|mio)\b/g, '$1 million'],
  [/\b(\d+(?:\.\d+)?)\s*(?:b|bn)\b/g, '$1 billion'],
  [/\b(\d+(?:\.\d+)?)\s*k\b/g, '$1 thousand'],
  [/\b(\d+(?:\.\d+)?)\s*(?:wks?)\b/g, '$1 weeks'],
  // "yr1", "year2": a year of a span, numbered.
  [/\b(?:yr|year)(\d{1,2})\b/g, 'year $1'],
  [/\b(\d+)(?:st|nd|rd|th)\b/g, '$1'],
];

/** Words for an amount of money ("how big is the budget?" asks how much). */
const MONEY_NOUN = '(?:budget|money|funding|amount|sum|cost|price)s?';

/** The older dialogues and the seminars: who goes to them is asked by name, and answered by their own facts. */
const OLDER_MEETINGS = '(?:monterey|political military|security talks|dst|pmd|seminars?|workshops?)';
/** Where the delegation goes: the US, the new conference, the trip. */
const TRIP_DESTINATION = '(?:(?:to|for) )?(?:the )?(?:usa|america|washington|dc|states|(?:(?:new|special|dpsc|defense policy special|policy|2026) )*(?:conference|dpsc)|trip)';
/**
 * "who's going?", "who are they sending to the US?", "who's in the delegation?", "who attends the new conference?":
 * who makes up the delegation, the article's one trip. Not who sends it, leads it or meets it, nor who goes to
 * the older dialogues or the seminars.
 */
const WHO_GOES = new RegExp(
  `\\bwho(?<!\\b${OLDER_MEETINGS}\\b.*)(?:` +
    `(?:'s| is| are| will be|'ll be| would be) (?:going|attending|travell?ing|flying|gonna go|going to go)(?= *(?:[?!.]|$)| ${TRIP_DESTINATION}\\b| (?:over|abroad|there|stateside)\\b)` +
    // ("who goes", "who attends": the older dialogues' attendees too, when no trip is named.)
    `|(?: will)? (?:goes|go|attends|attend)(?= ${TRIP_DESTINATION}\\b| (?:over|abroad|stateside)\\b)` +
    `| (?:are|is|will|would|does|do) (?:they|taiwan|taipei|the mnd|mnd|the ministry|the government|the military)(?: be)? (?:sending|send)\\b` +
    `|(?:'s| is| are| will be|'ll be| would be) (?:in|on|part of) (?:the |that |this |taiwan's |their |our )?(?:[a-z-]+ )?(?:delegation|team|group|trip|contingent|squad)\\b` +
    `)(?![^?!.]*\\b(?:minister|deputy|lead\\w*|head\\w*|charge|boss|meetwith|counterparts?|${OLDER_MEETINGS})\\b)`,
  'g',
);

/** Someone new to the chat, on whose behalf a question is asked. */
const NEWCOMER = '(?:new members?|new users?|new persons?|new guys?|new joiners?|new arrivals?|new folks|new people|newbies?|newcomers?|noobs?|newbs?|lurkers?|beginners?)';

/**
 * Chat idioms, as the plain words the facts use: "what's the deal with X" asks what X is, "tag along" is
 * accompanying, "heading to the US" is going there. Applied after the spellings, the chat shorthand ("abt") and
 * a question's typo corrections, in this order (some rewrite what an earlier one left: "where is the delegation
 * heading" is left for "heading" to become "going").
 */
const CHAT_IDIOMS: ReadonlyArray<[RegExp, string]> = [
  // A moderator asking on a newcomer's behalf ("a new member keeps asking", "newbie asks:", "asking for a newcomer",
  // "posting for a lurker too shy to ask"): who asks is no subject of the question (and a newcomer is nothing new).
  [new RegExp(`\\b(?:(?:a|an|our|the|this|one|some) )?${NEWCOMER}(?:'s)?(?: (?:here|just|also|still|again|(?:who(?:'s| is) )?too (?:shy|nervous|scared|afraid) to ask|reading (?:it|this|the article)(?: now)?))* (?:keeps? asking|asks?|asked|(?:is |was )?asking|wants?(?: to know)?|wanted to know|would like(?: to know)?|wonders|is wondering)\\b|\\b(?:for|to|on behalf of) (?:a |an |our |the |this |one of our |some )?${NEWCOMER}(?: (?:who(?:'s| is) )?too (?:shy|nervous|scared|afraid) to ask)?\\b`, 'g'), ' '],
  // "more details" on what the budget, in the article's words, "does not reveal more details" of: the JFD, the trip.
  [/\bmore (details|info|information|specifics|particulars)\b(?=[^?.!]*\b(?:jfd|assessment|evaluation|delegation|trip|conference|dpsc)\b)/g, 'undisclosed $1'],
  // "the 'not disclosed' bit", "a line about the budget not revealing much": what is undisclosed.
  [/\bnot (?:reveal|disclos|publish|specifi)(?:ing|ed)\b/g, 'undisclosed'],
  [/\b(jfd|assessment|evaluation|delegation|trip|conference|dpsc)\b([^?.!]*?) more (details|info|information|specifics|particulars)\b/g, '$1$2 undisclosed $3'],
  // "is there anything beyond the conference and the JFD?" asks what else there is: the two are set aside, as with
  // "besides" (what a record gives "beyond" them is its details, below).
  [/\b(is|are|was|were) there (anything|something|more)(?: else)? beyond\b/g, '$1 there $2 else besides'],
  // "say anything more", "know more": asking for details, which the budget withholds.
  [/\b(?:anything|any|much|nothing|know|say|says|tell|tells|give|gives|reveal|reveals|disclose|discloses) more\b/g, 'details'],
  // ... as does what is said "beyond the money": the rest, which the budget withholds.
  [/\bbeyond (?:the |its |their |just the |the bare )?(?:(?:travel|trip|headline) )?(?:money|numbers?|figures?|amounts?|funding|dollars?|dollar figures?|price tags?|cash|sums?|budget lines?|headline numbers?|headcount|size)(?: (?:and|or|&) (?:the |its |their )?(?:(?:travel|trip|headline) )?(?:money|numbers?|figures?|amounts?|funding|dollars?|price tags?|cash|sums?|headcount|size))?\b/g, 'details'],
  // "which ministry are we talking about" refers to a thing; it does not ask what is discussed. (So does a learner's
  // "which ministry we are talking about here", and "whose ministry the article means": no signal is asked.)
  [/\b(?:are|were|is|am) (?:we|you|they|i|he|it) (?:even |actually |really )?talking about\b|\b(?:we|you|i)(?: are| were| am|'re|'m) (?:even |actually |really )?talking about\b|\b(?:is|are)(?<=\b(?:which|what) (?:[a-z']+ ){1,6}(?:is|are)) (?:this|the) (?:article|piece|story) (?:even |actually |really )?(?:talking )?about\b|\b(?:means|meant|refers to|is referring to|has in mind)(?<=\b(?:which|whose) (?:[a-z']+ ){1,6}(?:the|this) (?:article|piece|story|paper|author|writer) (?:means|meant|refers to|is referring to|has in mind))|\b(?:everyone|everybody|people|folks|y'?all|you guys) (?:in|on|here|around) (?:the )?(?:chat|here|server|channel|thread) (?:is |are |keeps? |keep )?(?:talking|on) about\b/g, ' '],
  // "i never actually read them", "haven't read the article": the asker's own reading is chat, not the analyst's reading.
  [/\b(?:never|don't|dont|didn't|didnt|haven't|havent|have not|did not|do not)(?: (?:actually|really|even|ever|fully|properly|yet))? (?:read|skimmed)(?: (?:them|it|this|that|these|those|the (?:article|piece|story|thing|whole thing)))?\b/g, ' '],
  // To meet someone is to have a counterpart; a meeting is a dialogue ("a new meeting with the US side" too).
  [/\b(?:meet|meets|met)\b|(?<!\b(?:a|an|new|some|this|that|annual|yearly|special) )\bmeeting(?= with\b)|\bmeeting(?<=\b(?:be|been|is|are|was|were|they're|theyre|we're|were) meeting)\b|\bmeeting(?= whom?\b)/g, 'meetwith'],
  // "who will they be talking to?": whom they talk to, ending the question, is whom they meet (so is "... to in the US",
  // "... to once they land").
  [/\b(?:talk|talking|talked|speak|speaking|spoke|spoken) (?:to|with)(?<=\b(?:who|whom)\b.*)(?=(?: once (?:they|we) (?:land|arrive|get there))?(?: (?:in|at) (?:the )?(?:usa|washington|dc|pentagon|conference|dpsc)| (?:over )?there)?\s*(?:[?!.]|$))/g, 'meetwith'],
  // ... as is a learner's "with who they will talk" (the preposition first).
  [/\bwith whom? (?:will |would |do |does |did )?(?:they|he|the delegation|the team|taiwan|we)(?: will| would| are going to| going to)? (?:talk|speak|meet)\b/g, 'who will they meetwith'],
  // Whom the one leading the trip meets is whom the delegation meets: the question is about the other side.
  [/\bwhom? (?:does|do|did|will|would|is|was|gets?) (?:the |our |taiwan's )?(?:deputy (?:defense )?minister|defense minister|minister|deputy)(?: (?:actually|even|really|going to|get to|expected to|be|to))* meetwith\b/g, 'whom does the delegation meetwith'],
  // "talk about" is discussing, not a dialogue called talks.
  // ("the talks about X" are talks.)
  [/(?<!\b(?:the|these|those|their|security|monterey) )\b(?:talk|talks|talked|talking|chat|chatting) (?:about|over(?! (?:the )?(?:coming|next|past|last|following)\b)|through)\b/g, 'discuss'],
  // What the deputy minister (who leads it, in Jin Zhong's reading) discusses is what the delegation discusses.
  // (So is what he "and his people" discuss.)
  [/\b(?:the |taiwan's |our )?deputy(?: defense)?(?: minister)?(?: and (?:his|the|their) (?:people|team|staff|entourage|folks|crew|delegation))?(?= (?:(?:actually|even|really|specifically|going to|gonna|will|be|to|likely|probably|expected to) )*(?:discuss|discussing|raise|raising|bring up|bringing up|hash(?:ing)? out)\b)/g, 'the delegation'],
  // Where something sits in the order of things (before "sit in" is read as attending).
  // (What is placed, when named, stays: "where do the monterey talks rank" asks the Monterey Talks' level.)
  // "where does that leave the new conference?" asks about the conference, not a place.
  [/\bwhere (?:does|do|did|would|will) (?:that|this|it|all (?:this|that)) leave\b/g, 'what about'],
  // "the US defense sec", "sec def": a secretary (as of defense), not a second.
  [/\bsec(?= (?:of )?defense\b)|\bsec\b(?<=\b(?:defense|usa|state|navy|army) sec)(?! (?:talks|dialogues?|council)\b)/g, 'secretary'],
  // Learners' superlatives: "the most high" is the highest.
  [/\bmost (high|low)\b/g, '$1est'],
  // "how many heads" counts people, not leaders; "how many folks", "guys" too (filler words elsewhere).
  [/\bhow many (?:heads|folks|guys|souls)\b/g, 'how many people'],
  // "the number who went" counts people; the "who" asks no person.
  [/\bnumber (?:of people |of ppl )?(?:who|that) (?=went|go|goes|going|attend|attended|attends|travel|travels|travell?ed|took part|take part|were)/g, 'number of people that '],
  // "army" for the military as a whole, as learners use it: "the army ministry", "army things".
  [/\barmy (?=ministr(?:y|ies)\b)/g, 'defense '],
  [/\b(?:soldiers? (?:and|or|&) )?army (things|matters|issues|stuff|topics|affairs|questions|subjects)\b/g, 'military $1'],
  // "the money paper" is the budget.
  [/\bmoney (?:papers?|documents?|docs?|reports?|plans?)\b/g, 'budget'],
  // "what's pushing the two sides closer" asks why they draw closer.
  [/\bwhat(?:'s| is|s) (?:pushing|driving|drawing|bringing)\b(?=[^?.!]*\bcloser\b)/g, 'why is'],
  // Where something "fits into his argument" is what it does in his reading, not a place or a level.
  [/\bwhere (?:does|do|did) (.{1,60}?) (?:fit|figure|come in)(?: in| into)? (his|jin zhong's|the analyst's|the article's) (argument|reasoning|view|analysis|thinking|logic|case|thesis|conclusion)\b/g, '$1 in $2 $3'],
  [/\bpitched at\b|\bwhere do(?:es)? (?:they|it|these|those|((?:the|this|that) [a-z]+(?: [a-z]+){0,2}|monterey(?: talks)?|dpsc|pmd|dst)) (?:sit|rank|stand|fit|land|slot)(?: in| into)?\b|\bwhere (?:are|is) (?:they|it|these|those|(the [a-z]+(?: [a-z]+){0,2}|monterey(?: talks)?|dpsc|pmd|dst)) (?:positioned|ranked|placed|slotted|pitched)\b|\bwhere (?:it|they|(the [a-z]+(?: [a-z]+){0,2})) (?:sits?|ranks?|slots? in)\b|\bwhere (?:it's|it is|its|they're|theyre|they are) (?:positioned|ranked|placed|slotted|pitched)\b/g, 'what level $1$2$3'],
  // ... and, once a ladder is named, where something happens on it: "in the tier structure, where do arms sales come up?".
  [/\bwhere(?<=\b(?:tiers?|tiered|hierarchy|ladder)\b.*)(?= (?:do|does|did|would|will) [^?.!]*\b(?:happen|happens|take place|takes place|fall|falls|come up|comes up|belong|belongs|get (?:discussed|handled|talked about))\b)/g, 'at what level'],
  // Asking what something is ("..., what was the deal?" too: no arms deal is asked).
  [/\bwhat(?:'s| is|s) the (?:deal|story|thing) with\b|\bwhat(?:'s| is|s| was) the (?:deal|story)(?= *(?:there|here|then)? *[?!.]*$)/g, 'what is'],
  // "is that an official name?" asks what the thing named is (an official's name is a person's).
  [/\b(?:is|was) (?:that|this|it) (?:an? |the |its )?(?:official|formal|proper|real) (?:name|title)\b/g, 'what is it'],
  // ("form" may already read as "from": it is one swap from a function word.)
  [/\b(jfd|dpsc|mnd|dst|pmd)(?:'s)? (?:(?:full|official|formal) (?:name|title|form|from)|long (?:form|from)|meaning(?=\s*[?!.]*$))/g, '$1 stand for'],
  [/\b(?:the )?(?:(?:full|official|formal) (?:name|title|form|from)|long (?:form|from)) of (?:the )?(jfd|dpsc|mnd|dst|pmd)\b/g, 'what $1 stand for'],
  [/\bin (gregorian|western|roc|minguo|calendar|dollar|usd|ntd) terms\b/g, 'in $1'],
  // "in terms of level": what follows is asked; "terms" is no long-term anything.
  [/\bin terms of\b/g, ' '],
  // "the 2026 money converted to USD" asks the amount in dollars (the rate is asked with "rate" or "how").
  [/(?<!\bhow (?:is|was|were|are|did|do|does) (?:[a-z0-9]+ ){0,4})\b(money|budget|amount|figure|funding|total|allocation|sum|cost|commitment|slice|share|portion|chunk|tranche)s? (?:converted|conversion) (?:to|into) (usd|ntd)\b/g, '$1 in $2'],
  // "the converted figure" is the dollar one: what it stands for is asked, not the rate ("how was the converted figure
  // reached" asks the rate).
  [/(?<!\bhow (?:is|was|were|are|did|do|does) (?:[a-z0-9]+ ){0,4})\bconverted (?=(?:figures?|amounts?|numbers?|sums?)\b)/g, 'usd '],
  // ... and so does the asker's "convert the 2026 JFD allocation to USD" (the rate is asked as "convert at what rate").
  [/\bconvert (?:the |that |this |its )?((?:[a-z0-9']+ ){0,3}(?:money|budget|amount|figure|funding|total|allocation|sum|cost|share|portion|tranche)s?) (?:to|into) (usd|ntd)\b/g, '$1 in $2'],
  // ... as does a stated amount: "NT$471.23 million converts to how many USD".
  [/\b(\d+(?:\.\d+)? (?:million|billion)(?: ntd)?) (?:converts?|converted|comes|translates?) (?:to|into) (?:how (?:many|much) )?(?:in )?(usd|ntd)\b/g, '$1 in $2'],
  // "fifteen million US", "15m USA": after an amount, "US" is its currency, not the country.
  [/\b(\d+(?:\.\d+)? (?:million|billion)) usa\b(?! side\b)/g, '$1 usd'],
  // ("in 20xx terms", "20XX format": a year as written in the Gregorian calendar.)
  [/\bin (?:ad|a\.d\.|ce)(?=\s*[?!.,]*$)|\b(?:ad|ce) (?:years?|dates?)\b|\b(?:in )?20xx(?: terms| format| form| years?)?\b/g, 'in gregorian'],
  // "why does it say 'up to 32' in one place and '32' in another": the two wordings are what is asked about, not a reason.
  [/\bwhy (?:does|do|did|would) (?:it|the article|the piece|the story|the text|he|they|the budget) (?:say|write|give|use|put)\b(?=[^?!]*\b(?:in|at) (?:one|1) (?:place|spot|paragraph|para|part|point|section)\b)/g, 'it says'],
  // ... and "at one point" is a place in the text, no reason ("point").
  [/\b(?:at|in) one point\b/g, ' '],
  // Where in the article a year stands is no subject: "year 113 in the seminar part = which year?".
  [/\b(\d{3,4}) in the (?:[a-z]+ ){1,2}(?:part|bit|section|paragraph|para|passage)\b/g, '$1'],
  // ... and so is its ending: "the figure in the conclusion", "at the end of the piece" (no outcome asked), "near the
  // end he says", "the end of the article talks about", or its start: "but earlier it's 471 million".
  [/\b(?:in|at|near|towards?) the (?:article's |piece's |story's )?(?:conclusion|(?:closing|concluding|final|last) (?:paragraph|para|section|part|lines?|passage)|(?:very )?end of the (?:article|piece|story|text)|(?:very )?end(?= (?:he|it|jin zhong|the article|they|but)\b|,))\b|\bthe (?:very )?end of the (?:article|piece|story|text)\b|\b(?:earlier|further up|up top)(?: (?:in|on) the (?:article|piece|story|text))?(?= (?:he|it|jin zhong|the article|they)(?:'s| is| says| said| was| writes| wrote| gives| gave)\b)/g, ' '],
  [/\bin (?:regular|normal|ordinary|international|western) (?:years?|calendar|terms)(?: terms)?\b|\bin 20xx(?: terms| years?| format)?\b|\b(?:normal|ordinary|international|western) calendar\b|\bfor (?:usa |us )?(?:westerners|foreigners|non-taiwanese|outsiders)\b/g, 'in gregorian'],
  // "2026 by our reckoning": the asker's calendar, not anyone's view ("reckon").
  [/\bby (?:(?:our|your|the) )?(?:usual |normal |common |international |western |gregorian )?reckoning\b/g, 'in gregorian'],
  [/\b(?:american|usa|us) soil\b/g, 'usa'],
  // "US-facing exchanges", "Washington-facing": the side they face is all the word adds.
  [/\b([a-z]+)-facing\b/g, '$1'],
  [/\bthe two capitals\b/g, 'taiwan and usa'],
  // ("billed as", "touted as", "branded as" the top platform: how it is described.)
  // "what's special about the new conference", "what makes the DPSC special": its standing, not the JFD's rarity.
  [/\bwhat(?:'s| is) (?:so )?special about (?=(?:the |this |that )?(?:new |special |dpsc |defense policy special )*(?:conference|dpsc|forum|platform)\b)/g, 'what is the importance of '],
  [/\bwhat makes ((?:the |this |that )?(?:new |special |dpsc |defense policy special )*(?:conference|dpsc|forum|platform)) (?:so )?special\b/g, 'what is the importance of $1'],
  [/\bcharacteri[sz](?:e|es|ed|ing)\b|\b(?:bill|tout|brand)(?:ed|s|ing)?(?= as\b)/g, 'describe'],
  [/\bwhence\b|\b(?:derive[sd]?|drawn) from\b|\b(?:is|was) (?:this|that|it|all this|all that) (?:all )?(?:from|based on)(?= (?:the |an? |taiwan's )?(?:published |public |official )?(?:(?:ministry|mnd|defense|ministry's|mnd's) ){0,2}(?:budget|documents?|paperwork)\b)/g, 'source'],
  // Reading or quoting a figure off the budget is taking it from its source: "is he just reading off the ministry's budget".
  // "is that a real quote from the budget?" checks the claim before it, as "is that true?" does: no source is asked.
  [/\b(?:an? |the )?(?:real|actual|direct|exact|verbatim|genuine) quot(?:e|es|ation|ations)(?: (?:from|in|of) (?:the )?(?:budget|article))?\b/g, 'true'],
  [/\b(?:read(?:s|ing)?|quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)) (?:it |them |this |that |these |those )?(?:straight |directly )?(?:off(?: of)?|from)(?= (?:the |an? |taiwan's |this )?(?:(?:ministry|mnd|defense|ministry's|mnd's|government's|published|public|official|publicly disclosed|disclosed) ){0,3}(?:budget|documents?|paperwork|papers|filings?)\b)/g, 'source'],
  // "is there an actual document behind any of it" asks its source; "or is it vibes" is the asker's doubt, no subject.
  [/\b(documents?|paperwork|papers|records?) behind (?=it\b|this\b|that\b|these\b|those\b|any of\b|(?:the|these|those|his|all) (?:numbers|figures|claims?|plans)\b)/g, '$1 source '],
  [/\b(?:or (?:is it |it's |its |is this |was it )?|(?:is it|it's|its|just|pure) )(?:just |all |pure )?vibes\b/g, ' '],
  // "how do we know" asks the source; "already have" the existing dialogues; "the most senior person" the
  // leader; what the trip "sets Taiwan back" its cost.
  [/\bhow (?:do|does|did|can) (?:we|you|they|anyone|he) know\b/g, 'source'],
  // (So is what is "already on the calendar", "already in place": the calendar is no ROC one.)
  [/\balready(?= (?:talks|dialogues|meetings|mechanisms|channels)\b)|\balready (?:have|has|had|hold|holds|held|exist|exists|existed|run|runs|running|conduct|conducts|in place|on the (?:calendar|books|schedule|schedules|calendars))\b/g, 'existing'],
  [/\b(?:the )?(?:most senior|highest[- ]ranking|top[- ]ranking|senior-?most) (?:person|official|officer|member|one|guy)\b/g, 'senior leader'],
  // A meeting's "principals" are the senior officials who attend it (its "principal" alone is the one who leads).
  [/\bprincipals\b/g, 'attendees'],
  [/\bset(?:s|ting)? (?:taiwan|taipei|taxpayers|them|us|the mnd|the ministry|the government) back\b/g, 'cost'],
  // ... as does his work: "what is his job" asks who he is (both his posts).
  [/\bwhat(?:'s| is|s) (?:his|her) (?:deal|story|work|job|profession|occupation)\b/g, 'who is he'],
  // ... and "is he someone of standing?" asks his credentials ("standing" is no dialogue, nor what a name stands for).
  [/\b(?:someone|somebody|anyone|anybody|a man|a person|a figure|an expert|an authority) of (?:(?:some|any|real|great|high|good|much) )*(?:standing|note|repute|stature|consequence)\b/g, 'credentials'],
  // "why is he the one explaining everything": why he is the one quoted, which who he is answers.
  [/\bwhy (?:is|was) (?:he|jin zhong|jin|zhong|the analyst|the prof|the professor|the expert) the (?:one|guy|man|person|expert) (?:(?:who(?:'s| is)|that(?:'s| is)|being) )?(?:explaining|quoted|cited|interviewed|commenting|talking|speaking|reading|interpreting|analy[sz]ing)\b(?: (?:everything|it all|all this|all of this|here|in (?:the|this) (?:article|piece|story)|the (?:budget|numbers|figures)(?: for (?:usa|us)\b)?))?/g, 'who is jin zhong'],
  // The analyst described: "the guy they keep quoting", "the quoted expert".
  [/\b(?:the )?(?:guy|man|person|expert|dude|analyst|professor|prof|academic|gentleman|gentlemen|gent|scholar|researcher|specialist)(?: (?:they|they're|theyre|they are|the article|it|the (?:newspaper|paper|news|text|writer|author|journalist|reporter|story|piece)))? (?:keeps? |is )?quot(?:e|es|ed|ing)\b|\bthe quoted (?:expert|guy|analyst|professor|prof|academic|scholar|person|man|gentleman|gent)\b|\b(?:the )?(?:guy|man|person|expert|dude|gentleman|gent) (?:doing|giving|providing) (?:all )?(?:the |this |that )?(?:[a-z]+ )?(?:reading|analysis|explaining|commentary|interpreting|interpretation)\b/g, 'jin zhong'],
  // "this jin zhong person", "the analyst fellow", "this jin zhong guy": the analyst himself, not people.
  [/\b(jin zhong|the analyst|the professor|the prof|the expert) (?:person|fellow|character|individual|guy|dude|bloke)\b/g, '$1'],
  // "per the prof": according to the analyst, whose judgement it is ("the professor" is no subject of the question).
  [/\b(?:per|according to) (?:the )?(?:professor|prof|analyst|expert|academic|scholar)(?:'s)?(?: guy| dude| man)?\b/g, 'according to jin zhong'],
  // "who is he, some government spokesperson?": the asker's guess at who he is, which who he is answers; so does
  // "who's jin zhong, explaining all the tiers" (what he does in the article is how the asker knows him), or "the paper keeps quoting".
  [/\b(who(?:'s| is) (?:this |that )?(?:jin zhong|jin|zhong|he|the analyst|the professor|the expert)(?: anyway| exactly| even| actually)?)(?:,? (?:(?:like|just|is he) )?(?:some|a|an) [a-z -]+(?=\s*\?)|,? (?:who(?:'s| is) |that(?:'s| is) |(?:the|this) (?:newspaper|paper|article|piece|story|report) (?:keeps? |is |has been )?)?(?:explaining|explains|quoted|quoting|cited|citing|commenting|talking|speaking|describing|laying out)\b[^?.!,]*)/g, '$1'],
  // "his bottom line" is his takeaway, not the bottom of any ladder; "the point he made" is one too, no reason asked.
  [/\bbottom[- ]lines?\b|\b(?:the |his )?point (?:he|jin zhong|the analyst)(?: was| is)? (?:makes|made|making)\b/g, 'takeaway'],
  // "where the dialogue goes in 2026", "where are ties heading": their outlook, not a place.
  [/\bwhere (?:(?:do|does|will|is|are) )?((?:the )?(?:[a-z-]+ ){0,3}(?:dialogues?|relations|ties|relationship|exchanges))(?: is| are| will)? (?:go|goes|going|heading|headed|heads)\b/g, 'the outlook for $1'],
  // ... or as the article's source, when he does what a person does: "where does the main source teach".
  [/\bthe (?:article's |story's |piece's )?(?:(?:main|primary|key|chief|principal|lead|only|quoted) )?(?:source|voice|interviewee)(?= (?:(?:actually|really|even) )?(?:teach|teaches|lectures?|works?|thinks?|says?|said|believes?|reckons?|expects?|predicts?|judges?)\b)/g, 'jin zhong'],
  // "who is he, where does he work": who he is, which his posts answer.
  [/\bwho(?:'s| is) (jin zhong|jin|zhong|he|the analyst|the professor|the prof|the expert)\b,? (?:and )?(?:where|what) (?:does|do) (?:he|jin|zhong|jin zhong) (?:works?|do|teach)\b/g, 'who is $1'],
  // ... or by where he works: "the tamkang guy", "the think tank prof"; or by what he is: "that professor guy".
  [/\b(?:the|this|that) (?:tamkang|tku|cspi|think[- ]?tank|institute|professor|prof|analyst|expert|academic|scholar|researcher)(?: university)? (?:guy|man|dude|fella|fellow|person|expert|analyst|professor|prof|academic|scholar|researcher)\b/g, 'jin zhong'],
  // ... as does a summary asked "in one sentence" ("in a nutshell").
  [/\bin (?:plain|normal|simple|layman'?s?|everyday|regular) (?:words|terms|english|language)\b|\bin (?:one|a|a single) (?:sentence|line)\b|\bin a nutshell\b|\b(?:the |a )?(?:super |very |really )?(?:plain|simple|simpler|simplified|basic|dumbed[- ]down|layman'?s?|short|shorter|quick) (?:english |language )?version(?: of)?\b/g, 'explain'],
  [/\bwhat (?:does|do|did) (.+?) (?:even |actually |really )?mean\b/g, 'what is $1 explain'],
  // Discussing, attending, meeting, accompanying.
  [/\bdeal(?:s|ing|t)? with\b|\b(?:hash|thrash)(?:ed|es|ing)? (?:it |things |them )?out\b|\bconcern(?:s|ed)? (?:itself |themselves )?with\b/g, 'discuss'],
  // A matter taken up with someone is discussed with him; "what business" is what is discussed.
  [/\b(?:take|takes|taking|taken|took) up(?= with\b)/g, 'discuss'],
  [/\bwhat (?:other )?business\b/g, 'what topics'],
  [/\bsit (?:down )?(?:and talk )?with\b|\bsit down\b/g, 'meetwith'],
  [/\b(?:sit|sits|sitting|sat) in(?: on)?\b|\b(?:sit|sits|sitting|seated) there\b|\bbother(?:s|ing)? (?:to )?(?:go|going|show|send|sending|attend|attending|turn)\b/g, 'attend'],
  // ("across the table from them" is the other side: their counterparts.)
  [/\b(?:show|shows|showing|showed|turn|turns|turning|turned) up\b|\b(?:be|is|are|get|gets) represented\b|(?:\b(?:sits?|sitting|are|is|be)|'s)(?: actually| even| really)? (?:at|around) the table\b|(?:\b(?:sits?|sitting|are|is|be)|'s) across the table\b(?! from\b(?! each other| one another))/g, ' attend'],
  [/\b(?:take|takes|taking|took) part\b|\bin on it\b/g, 'participate'],
  // "does the MND play any part in the PMD", "plays a major role in": taking part.
  [/\bplay(?:s|ed|ing)? (?:(?:any|a|an|no|some|much of a) )?(?:(?:big|major|real|active|direct|key|significant) )?(?:part|role)(?= in\b)/g, 'participate'],
  // "is MND also there?", "will the military be there too?": being at a meeting is attending it.
  [/\b(is|are|was|were|be) ((?:the )?[a-z']+(?: [a-z']+)?) (?:also|even|too|actually|ever) there\b|\b(?:will|would|gonna|going to) (?:also |even |actually )?be there\b/g, '$1 $2 attend'],
  // ("leads the trip with which staff" asks who goes with the leader.)
  [/\b(?:tag|tags|tagging|come|comes|coming) along\b|\b(?:come|comes|coming|go|goes|going|travel|travels|travelling|traveling) (?:along )?with (?:him|her|them|the deputy(?: minister)?|our side|our guys)\b|\b(?:lead|leads|leading|head|heads|headed) (?:the |this |that |their )?(?:trip|delegation|team|group) with(?= (?:which|what|whom|who)\b)/g, 'accompany'],
  // (A dialogue's "lane" or "wheelhouse" is its remit; sea lanes are no topic. So is "its main thing".)
  [/\bon the (?:menu|table|agenda|docket)\b|\bon (?:their|its|the) plate\b|\b(?:its|their|main|primary|usual|own) lane\b|\bwheelhouse\b|\b(?:its|their) (?:main|primary|core|central) (?:thing|business)\b/g, 'topics'],
  // "or is that made up?": the asker's doubt about a claim, no subject ("made up of", "made up the delegation" compose).
  [/\bmade up\b(?! (?:of|the|a|an|their|its|his|most|mostly|half|part)\b)/g, ' '],
  [/\b(?:make|makes|making|made) up(?: of)?\b/g, 'composition'],
  [/\bget[- ]togethers?\b|\bsit[- ]downs\b/g, 'meetings'],
  // "the 32-strong party", "how large a party" is the delegation, not the Communist Party.
  [/\b(?:[a-z0-9-]+[- ]strong|travell?ing|visiting) party\b|\ba party\b(?<=\b(?:large|big|sizable|sizeable) a party)|\bthe (?:taiwanese|taiwan's|taiwan|whole|entire) party\b|\bthe party(?= (?:being sent|sent|going|goes|travell?ing|travels|heading|actually travel|(?:to|for) (?:the )?(?:usa|america|washington|dc|states)\b))/g, 'the delegation'],
  [/\brun(?:s|ning)? the show\b|\brun(?:s|ning)? point\b|\btak(?:e|es|ing) point\b/g, 'lead'],
  [/\bpack(?:s|ing)? (?:their |his |our |the )?bags\b/g, 'travel'],
  [/\bhang(?:s|ing)? (?:around|about|out)\b|\b(?:parked|posted|camped) (?=stateside\b|(?:in|over) (?:the )?(?:usa|states|america|washington|dc)\b|there\b)/g, 'stay '],
  [/\bremain(?:s|ed|ing)?(?= (?:in|there|abroad|stateside|over|for)\b)/g, 'stay'],
  // What the ministry "intends to" do is what it plans, in the article's word.
  [/\bintend(s|ed|ing)?(?= to\b)/g, 'plan$1'],
  [/\bspill(?:s|ing)? (?:any |the |details )?(?:more )?beans\b/g, 'disclose details'],
  [/\bhush[- ]hush\b|\bblack[- ]box\b|\bunder wraps\b|\b(?:keeps?|keeping|kept|stays?|staying|stayed) (?:quiet|silent|mum|tight-lipped) (?:about|on)\b|\bis (?:that|this|it) (?:literally |really |basically |just )?all (?:we get|we know|there is|they give|it says|we've been told|we have been told|we're told|we are told|we were told|they told us|they've told us)\b/g, 'undisclosed'],
  // "the top boss" of a ministry is its minister ("top dog" is a rank).
  [/\b(?:taiwan's |the |their |its )?top (?:defense |military )?(?:boss|guy|man|honcho|official)\b/g, 'the defense minister'],
  // "is he the main character": the one the story is about, no subject of its own.
  [/\b(?:the |a )?main characters?(?: energy)?\b/g, ' '],
  // "does the minister go himself": whether he leads the trip.
  [/\b(?:go|goes|going|went|travel|travels|travell?ing|fly|flies|flying|attend|attends|attending) (?:himself|herself)\b|\b(?:himself|herself) (?:(?:will|would|is going to|is gonna|could|can|might|should) )?(?:go|goes|going|travel|travels|fly|flies|attend|attends)\b/g, 'lead'],
  // Soldiers' talk: saber-rattling is a threat.
  [/\bsab(?:er|re)[- ]?rattl(?:e|es|ed|ing)\b/g, 'threat'],
  // A rebrand or a renaming of something old replaces it.
  [/\b(?:rebrand(?:s|ed|ing)?|renam(?:e|es|ed|ing))(?= of\b)/g, 'replace'],
  // "is the DPSC just the DST under a new name?" (or "under another name") asks whether it is a rebrand of the older one (no one's name is asked).
  [/\b(?:just |simply |really |only )?((?:the|that|those)(?: [a-z]+){1,3}) (?:under|with) (?:a |another )?(?:new|different|fresh|another) name\b/g, 'a rebrand of $1'],
  // Whom someone brings along accompanies him: "who is the deputy minister bringing along".
  [/\bwho (?:is|are|will) ((?:the |his |her )?[a-z]+(?: [a-z]+){0,3}) (?:be )?(?:bringing|taking|bring|take) (?:along|with (?:him|her|them))\b/g, 'who will accompany $1'],
  // Accountants' "T&E" (travel and expenses) is the travel budget; airfare and per diem together are its costs, not a breakdown.
  [/\bt ?& ?e\b|\bt and e\b/g, 'travel budget'],
  [/\b(airfares?|flights?|plane tickets?) (?:and|&|plus|\+) per[- ]?diems?\b/g, '$1 and travel expenses'],
  // Growth in business words: "scaling up", "ramping up".
  [/\b(?:scal|ramp)(?:e|es|ed|ing|s)? up\b/g, 'deepening'],
  // What is "layered on top" of the dialogues is added to them, not ranked above them.
  [/\b(?:layered|stacked|bolted|piled|tacked) on top of\b/g, 'added in addition to'],
  [/\b(?:layered|stacked|bolted|piled|tacked) on(?: top)?\b/g, 'added'],
  // What money pays for, or what something does with it, are the activities it funds.
  [/\b(what (?:the |this |that |its |their )?(?:[a-z]+ ){0,3}(?:money|budget|funding|cash|allocation) (?:actually |really |even )?)(?:pays?|paying|goes|go|is spent|gets spent|is used|(?:will |is going to |are going to )?(?:actually |really )?(?:be|get|gets|being) (?:spent|used)) (?:for|on|to|toward|towards)(?=\s*(?:$|[?,.!]|or\b|(?:over|in|during|across|from|between) ))/g, '$1activities'],
  [/\bwhat (?:is|are|will|does|do) ((?:the |this |that )?[a-z]+(?: [a-z]+)?) (?:actually |really |even )?(?:doing|do|going to do) with (?:the |that |all that |this |all this |its |their )?(?:money|cash|funding|budget)\b/g, 'what activities of $1'],
  // What the JFD will do, asked either way round ("what is the JFD going to do", "what the JFD will do from 115 to
  // 117"), is its activities, which the budget leaves out.
  // (Its long names are abbreviated only later.)
  [/\bwhat (?:(?:is|are|will|does|do) (?:the |this |that )?(jfd|(?:joint (?:cooperation )?)?assessment(?: case)?)|(?:the |this |that )?(jfd|(?:joint (?:cooperation )?)?assessment(?: case)?) (?:is|are|will|does|would))(?: (?:actually|really|even|going to|gonna|be))* (?:doing|do)\b(?! with\b)/g, 'what activities of the $1$2'],
  // Gamers' loot: "some rare drop" is something rare.
  [/\brare (?:drop|spawn|loot|pull)s?\b/g, 'rare'],
  [/\btop dogs?\b|\bbig leagues?\b|\b(?:carr(?:y|ies|ying)|has|have|hold|holds|pulls?) (?:the )?most weight\b/g, 'highest'],
  // Soldiers' "ops level", "the ops folks": the operational level.
  [/\bops(?=[- ](?:level|tier|side|meetings?|folks|people|types|guys)\b)/g, 'operational'],
  [/\bwho(?:'s| is) (?:the )?(?=highest(?:\s*[?!.,]*$| among\b| of the\b))/g, 'which is '],
  [/\bchew(?:s|ing|ed)? (?:over|on)\b/g, 'discuss'],
  // What "they" or "the two sides" will discuss is what the delegation will: the article's one discussion to come.
  [/\b(?:(?:will|are) (?:they|the two sides|both sides)|(?:they|the two sides|both sides) (?:will|are))(?: (?:actually|even|really|probably|going to|gonna|be))* discuss(?:ing)?\b/g, 'will the delegation discuss'],
  [/\bcook(?:s|ing|ed)? up\b/g, 'new'],
  [/\bsong and dance\b/g, ' '],
  // "the parties to the JFD" are its sides, not the Communist Party.
  [/(?<!\bpolitical )\bparties\b/g, 'sides'],
  // ... and "both countries" (or "both militaries") are both sides, not a question of which country.
  [/\bboth (?:countries|nations|governments|militaries|armies|armed forces)\b/g, 'both sides'],
  // ("has the JFD done anything yet": what it has held so far.)
  [/\b(?:do|did|done|doing) (?:(?:anything|something|stuff) )?(?:concrete |real )?together\b|\bg[eo]t up to together\b|\b(?:done|achieved|accomplished) (?:anything|something)(?: concrete| real)?(?= (?:yet|so far)\b)/g, 'held'],
  // Money and who pays it.
  // "does the JFD come out of Taiwan's own pocket": who pays for it, not how much. (The trip's costs, once named,
  // are its budget: "who pays for the trip, does that come out of the ministry's money?")
  // "which country is footing the bill for the JFD" asks who pays, not where; so does "does the US or taiwan pay for it".
  [/\b(?:which|what) (?:country|side|government)(?: is| will| would)?(?: actually| really)? (?:pays?|paying|funds|funding|foot(?:s|ing)? the bill|picks? up the (?:tab|bill)|picking up the (?:tab|bill))\b|\b(?:does|do|will|would|is|are) (?:the )?(?:usa|america|washington|taiwan|taipei)(?: side)? or (?:the )?(?:usa|america|washington|taiwan|taipei)(?: side)? (?:pays?|paying|funds?|funding|foot(?:s|ing)? the bill)\b|\b(?:come|comes|coming|came|paid|funded) out of (?<!\b(?:trip|travel|flights?|airfare|hotels?|tickets?)\b.*)(?:the |its |their |our |whose |[a-z]+'s )?(?:own )?(?:budget|money|funds|coffers|pockets?)\b/g, 'who pays'],
  [/\b(?:come|comes|coming|came|paid|funded) out of ((?:the |its |their |our |whose |[a-z]+'s )?)(?:own )?(?:budget|money|funds|coffers|pockets?)\b/g, 'funded by $1'],
  [/\b(?:put|putting|puts)(?: up| in)? the (?:money|cash|funds|funding|dough)\b|\bfoot(?:s|ing)? the bill\b|\bpick(?:s|ing)? up the (?:tab|bill)\b|\bout of (?:[a-z']+ )?pockets?\b/g, 'funds'],
  // Who pays for the trip is answered by the trip's own budget line (the ministry's), not by who funds the JFD.
  [/\bwho(?:'s| is| will| would)? (?:pays?|paying|covers?|covering|funds?|funding)(?: for)? (?:the|their|this|that|our|my) (?:[a-z]+'s )?(?:trip|travel|flights?|airfare|hotels?|tickets?)\b/g, 'what is the travel budget for the trip'],
  // "what will they talk about for two weeks" states the stay as given: it asks what, not how long.
  [/^(what\b[^?,.]*?) (?:over there |out there |there |in the usa )?for (?:over |more than |about )?(?:two|2) weeks\b/g, '$1'],
  // Money "set aside for" something is allocated to it ("setting the JFD aside" sets a subject aside instead).
  [/\b(?:set|sets|setting|put|puts|putting) aside(?= (?:for|just|purely|only|solely|to)\b)/g, 'allocated money'],
  [/\bpots? of money\b|\bpots?\b|\b(?:spending|money|funding|budget) plan\b/g, 'budget'],
  [/\bprice[- ]?tags?\b/g, 'cost'],
  // A figure "thrown out" or "tossed out" is mentioned.
  [/\b(?:throw|throws|threw|thrown|throwing|toss|tosses|tossed|tossing) out\b/g, 'mentions'],
  // "the nearly 500 million figure he uses": who uses a figure only points to it (no rate "used" is asked).
  [/\b(figures?|numbers?|amounts?|sums?|totals?|estimates?)(?: that)? (?:he|jin zhong|jin|zhong|the analyst|the article|the piece|it|they) (?:uses|used|gives|gave|cites|cited)\b/g, '$1'],
  // "the study they're throwing money at, what is it": money thrown at a thing only points to it; no amount is asked.
  // So does "the joint study taiwan is paying for, what is it".
  [/\b(?:throw|throws|threw|thrown|throwing|pour|pours|poured|pouring|sink|sinks|sank|sinking) (?:(?:so much|all (?:that|this|the)|a lot of|lots of|serious|big|real) )?(?:money|cash|funds|dough) (?:at|into)(?=\s*(?:[,;?.!-]|$))|\b(?:taiwan|taipei|they|the mnd|the ministry)(?:'s|'re| is| are) (?:paying|forking out|shelling out) for(?=\s*(?:[,;?.!-]|$))/g, ' '],
  [/\ball[- ]in(?= (?:cost|price|total|figure|amount|budget|sum)s?\b)/g, 'total'],
  [/\bwhat (?:i|we) (?:still |really )?(?:need|want)(?: to know)? is\b|\bwhat (?:i'm|im|i am|we're|we are) (?:still |really )?(?:missing|lacking|after|looking for) is\b/g, 'what is'],
  // "in para 2", "paragraph 3 says", "the third paragraph": a place in the article, whose number is no value asked.
  [/\b(?:in |from |of |at )?(?:the )?(?:para|paragraph|graf)\.? ?(?:#|no\.? ?)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:in |from |of |at )?the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)) (?:para|paragraph|graf)\b/g, ' '],
  // "people keep quoting me the big number" is about the chat, not the quoted analyst; "final para:" points to a place,
  // as does "in the bit near the end there were ...".
  [/\b(?:keeps?|kept) (?:quoting|citing|telling|giving) (?:me|us)\b|\b(?:final|closing|last|opening) (?:para|paragraph|line|sentence|bit)\b|\b(?:(?:a|the|that|this) )?(?:bit|part|line|section|para|paragraph)? ?(?:near|at|towards?|toward) the (?:very )?(?:end|start|beginning|top|bottom)(?: of (?:the )?(?:article|piece|story))?\b(?= about\b| where\b| on\b| that\b| vs\b| versus\b| there (?:was|were|is|are)\b|,| - )/g, ' '],
  // "the part where the budget doesn't say ...": a place in the text, where no place is asked.
  [/\b(?:the|that|this) (?:part|bit|line|section|paragraph|para|passage|sentence) where\b/g, ' '],
  // "does the english article match that?", "does the piece back that up": a figure checked, no mismatch of rates asked.
  [/\b(?:does|do|did|would) (?:the |this |our )?(?:english )?(?:article|piece|story|text|version|translation)(?: (?:actually|really|even))? (?:match|agree with|line up with|tally with|square with|back (?:that |this |it )?up|confirm)(?= (?:that|this|it|those|these)\b|\s*[?!.]*$)/g, 'is that right'],
  // Examples after the question ("... about the trip? who leads it, who they meet, that kind of thing?") only
  // illustrate it: their "who" asks no person.
  [/\?[^?]*\b(?:(?:that|this) (?:kind|sort|type) of (?:thing|stuff)|stuff like that|things like that)\s*[?.!]*$/g, '?'],
  // What "is official" (as said, not an officials' matter) is what the budget confirms; "how much of it is official"
  // asks which part, not an amount, and so does "how much is his read".
  [/\b(is|are|was|were) (?:all |actually |really |even |properly )?official(?=\s*(?:[?!.,;]|$|and\b|or\b|vs\b|versus\b|but\b))/g, '$1 confirmed'],
  [/\bhow much (?=of (?:[a-z']+ ){1,5}(?:is|are) (?:confirmed|official|known|fact|stated)\b|is (?:just |only |merely |purely )?(?:his|jin zhong's|jin's|zhong's|the analyst's|the professor's) (?:read|reading|guess|opinion|take|view|interpretation|speculation|judgement|judgment)\b)/g, 'which part '],
  // "is that his opinion or a fact?" asks where a claim stands: every answer says, with its passage and its label.
  [/\b(?:(?:his|her|their|an|the analyst's|jin zhong's|jin's|just) )?(?:opinion|view|take|guess) or (?:an? )?(?:fact|facts|given)\b(?: (?:from|in) (?:the )?(?:budget|article))?|\b(?:an? )?fact or (?:(?:his|her|their|an|just) )?(?:opinion|view|take|guess)\b/g, ' '],
  [/\bdefense[- ](?:plus|and|&|\+)[- ](?:security|safety)(?: (?:one|talks|dialogue|thing|meeting|meetup))?\b/g, 'defense security talks'],
  // Monterey is in California: "the california talks" are the Monterey Talks, as a skimmer remembers them.
  [/\b(?:california|cali|californian)(?: (?:talks|dialogue|one|meeting|meetings|thing|channel))+\b/g, 'monterey talks'],
  // "which officials will they meet? names please": the names are part of the question.
  [/\s*\?\s*names?,?(?: please)?\s*[?!.]*$/g, ' by name?'],
  [/\b(?:government|state) (?:body|agency|entity|organi[sz]ation)\b/g, 'ministry'],
  [/\b(?:government|state) (?:bodies|agencies|entities|organi[sz]ations)\b|\b(?:parts|branches|arms|organs) of (?:the )?government\b/g, 'ministries'],
  // How often, how long, how many.
  // To take place is to happen: "take" alone is someone's take, a view.
  // ... but what "took place" in the past, in a clause that describes it, was held: no question of what happened.
  [/\b(?:that|which) (?:took|had taken|have taken|has taken) place\b/g, 'held'],
  [/\b(?:take|takes|took|taking|taken) place\b/g, 'happen'],
  // "what happened in ROC 113", "anything happen that year": what was held then (the article's one past event, the
  // 2024 seminars), not what the year is in the other calendar. (What happens in a year after the article's is an
  // outcome or a plan.)
  // ("anything concrete actually happening on the JFD front back in 2024" too.)
  [/\b(what|anything|something)(?: (?:actually|really|else|notable|concrete))* (?:happen(?:ed|ing)?|occurred|went on|going on)\b(?= (?:on (?:the )?(?:[a-z]+ ){1,3}front )?(?:in |during |back in )?(?:(?:that|this) year|(?:roc |minguo )?(?:year )?(?:10\d|11[0-4]|201\d|202[0-5]))\b|(?<=happened|occurred) (?:(?:under|with|on|in|for) (?:the |this |that )?(?:[a-z]+ ){1,3})?(?:yet|so far|to date)\b| (?:back )?then\s*[?!.]*$)/g, '$1 held'],
  // "held annually" says how often, not where.
  [/\bheld (?=annually|yearly|every year|each year|regularly|once a year)/g, ''],
  // A place in the series of dialogues: "dialogue number four", "which no. is it", "is it no. 4".
  [/\b(?:number|no\.?) four\b/g, 'number 4'],
  // ... and "four regular dialogues now": the count the new one makes, as "4" (a lone "four" stays a word).
  [/\bfour(?= (?:(?:regular|annual|routine|high-level|yearly|official|major|main|policy) )*(?:dialogues|talks|channels|mechanisms|conferences|forums)\b)/g, '4'],
  [/\b(which|what) (?:(?:dialogue|talks|meeting) )?(?:number|no\.?)(?= (?:dialogue|talks|conference|meeting|mechanism|channel|one|is it|is the (?:new|special|dpsc)|in (?:line|the series|sequence))\b)/g, '$1 ordinal'],
  // "is it normal ... or is this a one-off" asks how unusual it is (once, what is normal is named): no frequency.
  [/,? or (?:is (?:this|it|that) )?(?:just )?an? one[- ]off\b(?<=\b(?:normal|typical|usual|common|standard)\b[^?.!]*)/g, ' '],
  // How often: a one-off or a recurring thing is asked about as the article's "annual routine" dialogues.
  [/\bon an? (?:yearly|annual|regular) basis\b|\bone[- ]off\b|\bone[- ]time (?:thing|event)\b|\bevery year\b|\beach year\b|\bregularly\b|\brecurring\b/g, 'annual routine'],
  // "the JFD goes 115 to 117": it spans those years.
  [/\b(?:goes|go|runs|run|running|lasts|stretches) (?:from )?(?=(?:roc |year )?\d{3,4} (?:to|through|thru|till|until|-)\b)/g, 'spans '],
  [/\b(?:spread|spreads|stretch|stretches|stretched|stretching) (?:out )?(?:over|across)\b|\bspread(?: out)?(?=\s*[?!.]*$)/g, 'span'],
  // "multiple years" is several of them (the "multiple" programs are another thing).
  [/\bmultiple (?=years\b)/g, 'several '],
  // "is the JFD an arms purchase deal?": the article calls it a non-military procurement exchange.
  [/\b(?:an? )?(?:arms|weapons?)[- ](?:purchase|purchasing|buying|procurement|sales?) (?:deal|program|programme|contract|agreement|exchange)s?\b/g, 'non-military procurement exchange'],
  // "did the two sides ever meet up in person?": the one in-person meeting the article knows of is the 2024 seminars.
  // ("meet" has become "meetwith" by now.)
  [/\b(?:meet|meetwith|met|meeting|meetings|get together|got together)(?: up)? (?:in[- ]person|face[- ]to[- ]face)\b/g, 'physical seminars'],
  // "... or was it all VTC / online": the other way of meeting, offered as the choice, is no subject of its own.
  // "... or are they embellishing?": the asker's doubt about a claim, no subject.
  // "is the new conference about military issues, or is it more of a diplomatic forum?": the other reading offered is
  // the asker's doubt about the thing named first, not another thing asked about.
  // So is "... or are they separate things?" after a claim that two things are one.
  [/\bor (?:is|was) (?:it|this|that) (?:more of|more like|rather|mostly|mainly) (?:an? )?(?:[a-z-]+ ){1,2}(?:forum|thing|one|affair|event|platform|dialogue|meeting|talk shop)\b|\bor (?:are|were|is) (?:they|those|these|the two|it|that) (?:two )?(?:separate|different|distinct|unrelated)(?: (?:things|events|ones|programs|meetings|tracks|thing))?(?=\s*[?!.]|$)/g, ' '],
  [/\bor (?:are|is|was|were) (?:they|he|she|people|someone|you) (?:just )?(?:embellishing|exaggerating|making (?:it|this|that|stuff|things) up|inventing (?:it|this|that))\b/g, ' '],
  [/\bor (?:was it |were they |was that |were those |is it |did they |they )?(?:all |just |only |mostly |purely )?(?:over )?(?:vtc|video ?calls?|video ?conferenc\w*|video ?link|zoom|teleconferenc\w*|online|virtual(?:ly)?|remote(?:ly)?)\b/g, ' '],
  // The seminars were held in person: "were the seminars online?", "an in-person workshop".
  [/\b(seminars?|workshops?|sessions?)\b([a-z0-9 ,()]{0,60}?) (?:in[- ]person|face[- ]to[- ]face|online|virtual(?:ly)?|remote(?:ly)?)\b/g, '$1$2 physical'],
  [/\b(?:in[- ]person|face[- ]to[- ]face|online|virtual) (seminars?|workshops?|sessions?)\b/g, 'physical $1'],
  // ... and the only in-person meetings the article reports: "any in-person engagements so far?".
  [/\b(?:in[- ]person|face[- ]to[- ]face) (?:engagements?|events?|meetings?)\b/g, 'physical seminars'],
  // "any in-person stuff with us so far", "those in-person gatherings": unnamed in-person activity is the seminars.
  [/\b(?:in[- ]person|face[- ]to[- ]face) (?:stuff|things?|events?|activit(?:y|ies)|meetups?|gatherings?|get-togethers?)\b/g, 'physical seminars'],
  // "the 2024 sessions, were those in person or virtual": whether the seminars were physical, whatever they are
  // called (the conference's format the article does not give).
  [/\b(?:(?:in[- ]person|face[- ]to[- ]face|physical(?:ly)?) or (?:virtual(?:ly)?|online|remote(?:ly)?|(?:on|over) (?:zoom|video))|(?:virtual(?:ly)?|online|remote(?:ly)?) or (?:in[- ]person|face[- ]to[- ]face|physical(?:ly)?))\b(?:(?<=\b(?:seminars?|workshops?|sessions?|meetups?|2024|113)\b.*)|(?=.*\b(?:seminars?|workshops?|sessions?|meetups?|2024|113)\b))/g, 'physical'],
  [/\b(?:goes|go|runs|run|lasts?) (?:until|till|through)\b/g, 'lasts until'],
  // "to run this long and cost this much" describes; it asks no length or amount.
  [/\b(?:cost|costs|costing|spend|spends|spending) (?:this|that|so) much\b|\b(?:this|that|so) (?:expensive|pricey|costly)\b/g, 'expensive'],
  [/\b(?:run|runs|running|last|lasts|lasting|go on|goes on|take|takes|be) (?:this|that|so) long\b|\b(?:this|that|so) long(?= and\b)/g, 'lengthy'],
  // "the JFD goes from 115 to 117" is how long it runs, not anyone going anywhere.
  [/\b(?:goes|go|going|stretch(?:es|ing)?) from (?=(?:roc |year )?\d+ (?:to|until|till|through|thru|-)\b)/g, 'runs from '],
  // "is the jfd running 2026 through 2028" is how long it runs.
  [/\b(?:running|lasting|going) (?=(?:roc |year )?\d+ (?:to|until|till|through|thru|-)\b)/g, 'lasts from '],
  // ("what happened at the most recent talks" names a time, not a limit.)
  [/\bat (?:the )?most\b(?! (?:recent|recently|senior|important|prestigious|high|powerful|basic)\b)/g, 'up to'],
  // One year's amount on its own: "2026 only", "the 2026-only figure", "for 2026 on its own", "just for 2026".
  // (The ROC years are not yet Gregorian here: "ROC 115 only".)
  [/\b(20\d\d|(?:roc |minguo |year )?11\d|next year)(?:'s)?[- ](?:only|on its own|by itself|in isolation)\b|\b(?:just|only|solely) ((?:for|in) (?:20\d\d|(?:roc |minguo |year )?11\d|next year))\b/g, '$1$2 alone'],
  // "how much of that is for 2026" asks a part of a total.
  [/\bhow much of (?:that|this|it|those|the total|the (?:whole|overall|entire) (?:amount|sum|budget|total))\b/g, 'how much share'],
  // "and what is the sum?" asks the amount ("the sum of both" adds them up).
  [/\bwhat(?:'s| is| was| would be) the sum\b(?=\s*(?:[?!.,;]|$|involved\b|in question\b))/g, 'how much'],
  // "when the article says 'next year', is that 2025 or 2026": the article's phrase, asked of itself, is a calendar question.
  // (Quoted: "he said next year there will be breakthroughs" only dates them.)
  [/\b(say|says|saying|said|write|writes|wrote|means?|meant|by) (['"])next year\b/g, '$1 calendar $2next year'],
  // ... as is "so 'next year' means 2026?" or "'next year' is 2026?", the phrase first.
  [/(['"])next year(?=\1? (?:(?:means?|meant|refers? to|equals?)\b|=|is (?:roc |year )?\d))/g, 'calendar $1next year'],
  [/\b(?:the |in the )?coming year\b|\b(?:over |in |during )?the (?:coming|next) (?:twelve|12) months\b/g, ' next year'],
  // Rank and importance: "on top of the existing dialogues" adds to them; it does not outrank them.
  [/\b(?:biggest|largest|hugest) deal\b/g, 'most important'],
  // ("how big a deal is it" asks how significant it is, not a size.)
  [/\bhow (?:big|huge|major|much) (?:of )?a deal\b/g, 'how significant and important'],
  // "why is he making such a fuss about the JFD": what he makes much of is what he calls notable.
  [/\b(?:making|make|makes|made) (?:such )?(?:a )?(?:big |huge )?(?:fuss|big deal)\b/g, 'calling notable'],
  [/\bbig deal\b/g, 'important'],
  [/\bsits? at the top\b/g, 'highest'],
  [/\bon top of\b/g, 'in addition to'],
  // "one of the three dialogues, or an extra one?": one more beside the three is the fourth.
  [/\b(?:extra|additional) one\b(?<=\b(?:dialogues?|talks|conference|dpsc|mechanisms?|channels?)\b.*)/g, 'fourth one'],
  // "what is the JFD supposed to signal" asks what it signals, as "what does the JFD signal" does.
  [/\bwhat(?:'s| is| are) ((?:the |this |that |all )?(?:[a-z0-9.']+ ){1,5})(?:supposed|meant|intended) to (signal|show|indicate|suggest|tell us|tell|mean|reveal)\b/g, 'what does $1$2'],
  // "what is the JFD prepping the ministries for?" asks what it prepares them for, its purpose ("setting the two sides up for" too).
  [/\bwhat(?:'s| is| are) ((?:the |this |that |all )?[a-z0-9.']+ )(?:(?:supposedly|actually|really|even|apparently|(?:supposed|meant|expected|going) to be) )?(?:preparing|prepping|readying|gearing up|setting (?:[a-z]+ ){0,4}up)\b((?: [a-z]+){0,4}) for\b/g, 'what is $1preparing$2 purpose'],
  // The years a thing "covers" are its span, not its subject: "which years does the JFD cover", "jfd - which yrs covered".
  [/\b((?:which|what) (?:years?|period|timeframe|dates)(?: [a-z]+){0,3}) cover(?:s|ed|ing)?\b/g, '$1 span'],
  // ", long term?" tagged on asks the same question of the long run: no length asked.
  [/, (?:in the )?long[- ]?(?:term|run)(?=\s*[?!.]*$)/g, ' '],
  // Direction: "where are Taiwan-US ties heading" is a trend, "where is the delegation heading" a place,
  // "heading to the US" going there ("heading the delegation" is leading it).
  // "what does the JFD tell us about where the ministries are heading" asks what the JFD signals.
  [/\b(what(?: (?:does|do|did)|'s) (?:[a-z0-9.']+ ){1,8})(?:(?:tell us|tells us|tell you|tells you|say|signal|show|indicate|suggest|reveal)s?|telling us|saying|signall?ing|showing|indicating|suggesting|revealing) (?:about )?where (?:[a-z0-9'-]+ ){1,8}(?:heading|headed|going|moving)\b/g, '$1signal'],
  [/\bwhere(?:'s|s)? (?:do(?:es)? (?:he|jin|jin zhong|the analyst) (?:think|see|expect|say) )?(?:is |are )?((?:the )?(?:(?:taiwan-?usa?|bilateral|military|two) ){0,2}(?:defense |security )?(?:cooperation|ties|relations|relationship|exchanges|things|ministries|sides|talks|dialogues?)(?: is| are)?) (?:heading|headed|moving|evolving|going)\b/g, 'trend direction $1'],
  // "where does he think it's going": his view of the direction ("where is it going" alone may ask a place).
  [/\bwhere (?:do(?:es)? (?:he|jin|jin zhong|the analyst) (?:think|see|expect|reckon) )(?:it'?s|it is|they'?re|they are|this is|all this is|this all is) (?:heading|headed|moving|evolving|going)\b/g, 'trend direction'],
  // ("where's the delegation headed" too.)
  [/\b(where(?:'s|s| is| are) (?:the |they|it)[a-z ]*?) (?:heading|headed)\b/g, '$1 going'],
  [/\bhead(?:s|ing|ed)? (?=to |for |over |out |off |back |there\b|stateside\b|abroad\b)/g, 'going '],
  // A delegation "deploys" as gamers and soldiers say it: it travels, with no troops ("when does the team deploy").
  [/\b(delegation|delegates|team|contingent|group)((?:'s)? (?:actually |even |finally |really |first )?)deploy(?:s|ed|ing)?\b/g, '$1$2travel'],
  // Purpose: "what's the trip for?" ("what's the budget for 2026" asks the amount).
  [/\bwhat(?:'s| is|s) the occasion\b/g, 'what is the purpose'],
  // "why are they pouring this much cash into the JFD" asks what the money is meant to achieve: the thing's purpose.
  [/\bwhy (?:are|is|do|does|did|would|will) (?:they|taiwan|taipei|the mnd|the ministry|the government)(?: even| still)? (?:fund(?:s|ing)?|pay(?:s|ing)? for|(?:spend(?:s|ing)?|pour(?:s|ing)?|sink(?:s|ing)?|invest(?:s|ing)?|put(?:s|ting)?|throw(?:s|ing)?) (?:[a-z]+ ){0,3}(?:on|into|in|at))(?= (?:the|this|that) )/g, 'what is the purpose of'],
  // ("what's the joint assessment case for": a name may take three words; "what is the trip for - ..." ends at the dash.)
  // ("what's the delegation actually going over for": a word that only stresses it does not count.)
  [/\bwhat(?:'s|s| is| was) (the |this |that )?([a-z]+)(?: (?:actually|really|even|exactly))?((?: (?!stands?\b)[a-z]+){0,2}) for(?=\s*(?:[?!.,;]|- |$))/g, 'what is $1$2$3 purpose'],
  // ... and as asked inside a sentence: "tell me what the trip is for".
  [/\bwhat (the |this |that )?([a-z]+(?: (?!stands?\b)[a-z]+)?) (?:is|was|are|were) for(?=\s*(?:[?!.,;]|$))/g, 'what is $1$2 purpose'],
  // "what are they going to America for?" asks why they go.
  [/\bwhat (?:exactly |actually |really )?(is|are|was|were) ((?:[a-z]+ ){0,3})(going|heading|travell?ing|flying|sent|sending) ((?:[a-z]+ ){0,4}[a-z]+) for(?=\s*(?:[?!.,;]|$))/g, 'why $1 $2$3 $4'],
  // ... as do "what are they going over there to do" and "... over to attend" ("what is the JFD going to do" asks its activities).
  [/\bwhat(?:'s|s| is| are| was| were| will)? ((?:[a-z]+ ){0,3}?)(?:actually |even |really )?(?:be )?(going|heading|travell?ing|flying|sent|sending|goes|go) ((?:[a-z]+ ){1,4}?)to (?:do|attend)\b/g, 'why $1$2 $3'],
  // "why are 32 people going?": the headcount says who goes; the question asks why ("why 32?" asks it of the number).
  [/\b(why (?:are|is|were|was|will|would|do|does|did) (?:[a-z']+ ){0,3})(?:\d+|thirty-two)(?:[- ]?(?:odd|something|ish))? (?=(?:[a-z]+ ){0,2}(?:people|persons|officials|delegates|members|staff|officers|folks|guys|personnel)\b)/g, '$1'],
  // Disclosure and sources.
  [/\bspell(?:s|ed)? (?:it )?out\b|\b(?:set|sets|setting|lay|lays|laying|laid) (?:it |this |that )?out\b(?! (?:for|to|on|from)\b)|\bgo(?:es)? into (?:any )?details?\b/g, 'disclose'],
  [/\bfill(?:s|ing|ed)? in the (?:blanks|gaps)\b/g, 'guesswork'],
  // (A learner's "from where come all these informations" too, and "from where does the data come".)
  [/\b(?:coming|comes|come|came|get|gets|getting|got|pull|pulled) (?:it |them |this |that |all this |(?:all )?(?:these |those |the |his |this |that )?(?:numbers|figures|info|information|data) )?(?:out )?from\b|\bpull(?:ed)? (?:it |this |that )?out of\b|\bfrom where (?:(?:do|does|did) (?:[a-z']+ ){1,4})?(?:coming|comes|come|came)\b/g, 'source'],
  // Which thing: the older dialogues, new programs, the ministry, the analyst's university, a side.
  [/\bbefore (?:the |this )?(?:dpsc|new (?:one|conference|thing)|special conference|conference)(?: conference)?(?: (?:(?:was|got|is|were) (?:added|created|introduced)|begins|starts))?/g, 'existing'],
  [/\b(?:other|further) (?=(?:new |usa |american |bilateral )?(?:exchanges?|programs?|projects?|initiatives?|cooperation)\b)/g, 'additional '],
  // "other channels of engagement", "other forms of exchange": more of them besides those named, the new exchange programs.
  // So are "any other exchanges" (made "additional" above), and other "exchange lines" or "tracks".
  [/\b(?:other|further) (?:channels?|avenues?|forms?|lines?|modes?) of (?:engagement|exchange|contact|cooperation)\b|\badditional (?:new |usa )?exchange(?:s| (?:lines?|channels?|tracks?))\b/g, 'additional exchange programs'],
  [/\b(?:beyond|besides|apart from|on top of) (?:the |these |those )?(?:big |main |first )?(?:two|2)(?: (?:line items|items|budget lines|lines|things|ones))?\b/g, 'additional'],
  // What something is "setting up between" the sides, or "paving the way" for, is what it prepares.
  [/\bsetting up(?= between\b)|\bset(?:s|ting)? the stage\b|\bpav(?:e|es|ing) the way\b|\blay(?:s|ing)? the groundwork\b/g, 'preparing'],
  [/(?<!\bwho )\bset(?:s|ting)? up\b/g, 'new'],
  // "is taiwan's military lining up other programs": the military doing something is the ministry (and its units).
  [/\b(is|are|was|were|will|has|have) (?:the |taiwan's |taiwanese |our )?(?:military|armed forces)(?= (?:also |actually |even |really |now )?(?:new|setting|lining|planning|arranging|organi[sz]ing|funding|allocating|launching|starting|adding|creating|sending)\b)/g, '$1 the ministry'],
  // What is discussed "with the Americans" is what the delegation discusses with its DoD counterparts.
  [/\bdiscuss(?:ing|ed|es)? with (?:the )?(?:americans|usa side|american side|usa|american counterparts|their american counterparts)\b(?! (?:department|defense|dod|pentagon)\b)/g, 'discuss with the dod'],
  // "they meet DoD people, but about what?" asks a topic.
  [/\babout what(?=\s*[?!.]*$)/g, 'what topics'],
  [/\b(?:doing|planning|sending|running|arranging|organi[sz]ing|funding|financing|bankrolling|paying for|pushing|pursuing|launching|starting|offering|working on|(?:putting|spending|allocating|earmarking|budgeting|throwing) (?:money |funds |cash )?(?:toward|towards|into|on|for)|new) (?:anything|something) else\b/g, 'additional new exchanges'],
  [/\b(?:which|what) country'?s\b(?=.*\b(?:ministry|mnd|mod)\b)|\bwhose\b(?= (?:defense )?(?:ministry|mnd|mod)\b)/g, 'which'],
  [/\b(ministry|mnd|mod)\b(.*?)\b(?:which|what) country'?s\b/g, '$1$2which'],
  // ... and "MND here is of which country?", "the MND is from what country" (not "the MND sends them to which country").
  [/\b(mnd|mod|ministry)((?: here| in (?:this|the) (?:article|piece|story|text))?)(?: is| =)?(?: of| from)? (?:which|what) country\b/g, '$1$2 which'],
  // "is the MND Taiwan's or the US side": whose ministry, as "the US one" (no side of a dialogue).
  [/\b(ministry|mnd|mod)\b([^?.!,]*? or\s+(?:the )?(?:usa|american|prc|chinese|china's|pentagon|dod))\s+side\b/g, '$1$2 one'],
  [/\b(?:academic|teaching|university) (?:post|job|position|role)\b/g, 'university affiliation'],
  // "what's his role there": the analyst's post ("the DPSC's role" is not one).
  [/\b(his|jin zhong's|jin's|zhong's|the analyst's) (?:roles?|gig)\b/g, '$1 position'],
  [/\b(american|usa|taiwan|taiwanese|our|their|other|us)(?:'s)? end\b(?! up\b)/g, '$1 side'],
  // "who went to them?": the only meetings the article reports as held, with who took part, are the 2024 seminars.
  [/\bwho (?:went|attended|took part|participated|joined)(?: to| in)? (?:them|those|there)\b/g, 'who attended the seminars'],
  // Every attendee the article names is Taiwan's: "from taiwan's side" tells no dialogue from another.
  [/\b(?:from|on|for) (?:the )?(?:taiwan|taiwanese|taipei)(?:'s)? (?:side|end)\b/g, ' '],
  // Arriving is no subject: "what will they talk about once they land"; money "lands in" a year.
  [/\bonce (?:they|the (?:group|delegation|team|party|crew)|we|everyone) (?:land|lands|arrive|arrives|get there|gets there)\b|\bonce (?:they're|theyre|they are|everyone's|we're) (?:in the room|at the table)\b/g, ' '],
  [/\b(?:lands|falls) in\b/g, 'for'],
  // "who ends up leading" asks who leads.
  [/\bend(?:s|ed|ing)? up\b/g, ' '],
  // A dialogue described, then offered as a choice: "the talks that are mostly about diplomacy - is that the PMD or
  // Monterey?" asks which one the description fits (before the description is read as the one it names, below).
  [/\b(?:the|those) (talks|dialogues?|ones?|meetings?|mechanisms?|forums?) (?:that|which)(?:'s| is| are)? ([^-?.!,]{3,50}?) - (?:is|are) (?:that|it|this|those|they) (?=[^?]*\bor\b)/g, 'which $1 $2 - '],
  // The older dialogue described rather than named: "the diplomacy-heavy one" (but "which is the diplomatic one?" and
  // "which one's the diplomatic one?" ask).
  [/(?<!\b(?:is|was|are|were|dialogue|talks|dst|pmd|monterey) |'s )\b(?:the|that) (?:dialogue|one|talks|meeting|mechanism)s? (?:that's|thats|that is|which is|focused on|about)(?: (?:mostly|mainly|all|supposedly|apparently|basically|meant to be))?(?: about)? (?:diplomacy|diplomatic(?: issues| stuff)?)\b|(?<!\b(?:is|was|are|were|dialogue|talks|dst|pmd|monterey) |'s )\bthe (?:(?:diplomacy|diplomatic)[- ](?:heavy|centred|centered|focused|oriented|leaning)|diplomatic|diplomacy) (?:one|dialogue|talks|channel|meetup|meeting)\b/g, 'the political military dialogue'],
  // "the diplomats' show", "the diplomats' turf": the dialogue on diplomatic issues (which it is, when asked, is its focus).
  [/\bthe diplomats'? (?:show|turf|thing|gig|baby|domain|territory|party|playground|one|forum|talks)\b/g, 'the political military dialogue on diplomacy'],
  // A named dialogue said to be "the diplomatic one" is a claim about its focus, to be checked.
  // ("is the pol-mil dialogue the diplomatic one" too.)
  [/\b(security talks|military dialogue|dst|pmd|monterey(?: talks)?) (?:(?:is|are|was|were) )?(?:the|a) (?:more )?(?:diplomacy|diplomatic)(?:[- ](?:heavy|focused|centred|centered|oriented))? (?:one|dialogue|talks|channel|track)\b/g, '$1 focus diplomatic'],
  // Its sibling: "the military-heavy one" is the Defense Security Talks, on high-level military issues.
  [/(?<!\b(?:is|was|are) )\bthe (?:military[- ](?:heavy|centred|centered|focused|oriented|leaning)|more military) (?:one|dialogue|talks|channel|meetup|meeting)\b/g, 'the defense security talks'],
  // "diplomatic/political", "political or diplomatic": one kind of focus, the diplomatic.
  [/\b(?:political|politics)\s*(?:\/|or|and)\s*(diplomatic|diplomacy)\b|\b(diplomatic|diplomacy)\s*(?:\/|or|and)\s*(?:political|politics)\b(?! military\b)/g, '$1$2'],
  // "military or diplomacy?" offers the article's two kinds of focus as a choice: it asks a focus, and what it
  // is the focus of is named elsewhere in the question. (So does "diplomacy like the pol-mil one, or military stuff":
  // the dialogue likened is an example of one kind; "military too, or diplomatic"; and "diplomacy-focused or
  // military-focused", "or more of a diplomatic thing".)
  [/\b(?:military|defense|armed forces)(?: stuff| issues| matters| affairs| topics| things|[- ]focused|[- ]heavy|[- ]oriented)?(?: too| also| as well)?(?:,? (?:like|as(?: with)?) (?:the )?(?:[a-z-]+ ){1,3}(?:one|ones|does|talks|dialogue))?,? or (?:on |about )?(?:more |mostly |mainly )?(?:of )?(?:a |an )?(?:diplomacy|diplomatic)(?: stuff| issues| matters| affairs| topics| things?| ones|[- ]focused|[- ]heavy|[- ]oriented)?\b(?! (?:officials|staff|people|reps|delegates|officers|personnel)\b)|\b(?:diplomacy|diplomatic)(?: stuff| issues| matters| affairs| topics| things|[- ]focused|[- ]heavy|[- ]oriented)?(?: too| also| as well)?(?:,? (?:like|as(?: with)?) (?:the )?(?:[a-z-]+ ){1,3}(?:one|ones|does|talks|dialogue))?,? or (?:on |about )?(?:more |mostly |mainly )?(?:of )?(?:a |an )?(?:military|defense)(?: stuff| issues| matters| affairs| topics| things?| ones|[- ]focused|[- ]heavy|[- ]oriented)?\b(?! (?:officials|staff|people|reps|delegates|officers|personnel)\b)/g, 'focus'],
  // "is he an academic too", "is he also a professor": his other post, at the university, beside the think tank.
  [/\b(?:is|was) (?:he|jin zhong|the analyst|the expert) (?:also )?(?:an? )?(?:academic|professor|prof|lecturer|teacher)(?: too| as well| also)\b|\b(?:is|was) (?:he|jin zhong|the analyst|the expert) also (?:an? )?(?:academic|professor|prof|lecturer|teacher)\b/g, 'does jin zhong teach at a university'],
  // "is he a professor or a think tank guy?" asks who the analyst is: the answer names both of his posts. So do "his
  // background, prof or think tank guy?" and "is he the tamkang prof or the think tank guy" (each post already read
  // as him, above).
  [/(?:\b(?:is|was) (?:he|jin(?: zhong)?|zhong|the (?:analyst|expert|commentator|professor|prof|researcher|scholar|guy))|\b(?:jin zhong|his)(?:'s)? (?:background|job|role|affiliation|title)s?[,:]?) (?:[a-z-]+ ){0,3}?(?:professor|prof|academic|researcher|scholar|think[- ]?tank|analyst|government|official|spokes(?:man|person)|journalist|teacher|jin zhong)\b(?: [a-z-]+){0,4}? or (?:[a-z-]+ ){0,3}?(?:professor|prof|academic|researcher|scholar|think[- ]?tank|analyst|government|official|spokes(?:man|person)|journalist|teacher|jin zhong)\b(?: (?:guy|type|person|one))?/g, 'who is jin zhong'],
  // "is tamkang his think tank or his university job?" offers his two posts as the choice: what it names decides.
  [/\b(?:(?:his|a|the|jin zhong's) )?(?:think[- ]?tank|institute)(?: (?:job|post|one|affiliation|gig))? or (?:(?:his|a|the) )?(?:university|uni|academic|teaching|professor(?:ship)?)(?: (?:job|post|one|affiliation|position|gig))?\b|\b(?:(?:his|a|the|jin zhong's) )?(?:university|uni|academic|teaching|professor(?:ship)?)(?: (?:job|post|one|affiliation|position|gig))? or (?:(?:his|a|the) )?(?:think[- ]?tank|institute)(?: (?:job|post|one|affiliation|gig))?\b/g, 'affiliation'],
  // "does he teach anywhere, or is he purely a think tank person?": the alternative set aside with "purely" or
  // "solely" is what the asker already has; the question is about the first (whatever context follows it).
  // (Up to four words: "or is it purely MOFA", spelt out as the ministry of foreign affairs.)
  [/,? or (?:is (?:he|she|it|this|that) |are (?:they|these|those) )?(?:purely|solely|strictly|exclusively) (?:an? )?[a-z-]+(?: [a-z-]+){0,3}?(?: (?:person|guy|type|one|thing))?(?=\s*(?:[?!.]|$))/g, ' '],
  // ... and so is "or just think tank" after asking whether he teaches: his other post, which the asker has.
  [/\b(teach(?:es|ing)?|lectur(?:e|es|ing|er)|professor|university|tamkang|researcher|research|institute)\b([^?!.]*?),? or (?:is (?:he|she) )?(?:just|only) (?:an? |at (?:the |a )?)?(?:think[- ]?tank|institute|university|uni|academic|researcher|professor)(?: (?:person|guy|type|one|thing|job|work|professor|prof|researcher|academic))?(?=\s*[?!.]*$)/g, '$1$2'],
  // So is the other attendees the asker supposes: "does MND send anyone to the PMD, or is it all MOFA people?"
  // ... or the body the asker supposes does it instead: "..., or is that left entirely to the foreign ministry?"
  [/,? or (?:is|are|was|were) (?:it|that|this|they|those|these) left (?:entirely |wholly |solely |purely |just |all )?to (?:the )?(?:[a-z-]+ ){0,4}?(?:ministry|ministries|diplomats|council|diplomacy|nsc|mofa|people|officials)(?=\s*[?!.]*$)/g, ' '],
  [/,? or (?:is|are|was|were) (?:it|that|this|they|those|these) (?:(?:all|just|only|entirely|mostly) (?:[a-z-]+ ){0,5}?(?:people|officials|folks|guys|staff|diplomats|officers|reps)|(?:[a-z-]+ ){1,5}?(?:only|alone))(?=\s*[?!.]*$)/g, ' '],
  // The Defense Security Talks described by what they focus on: high-level military issues.
  [/\bbig[- ]picture(?= (?:military|defense|security))/g, 'high-level'],
  [/\b(?:the|that|those) (?:strand of |set of )?(?:(?:older|old|existing) )?(?:talks|dialogue|mechanism|one)s? (?:that(?:'s| is| are)? |which (?:is |are )?)?(?:devoted to|focused on|focusing on|about|dealing with|that deal with|(?:that )?discuss(?:es)?|discussing|on|for) (?:high[- ]level|top[- ]tier) military (?:issues|questions|matters|stuff|affairs)\b/g, 'the defense security talks'],
  // "defense ministry to defense ministry": the two ministries face to face.
  [/\b(?:defense ministry|ministry|mnd|pentagon) to (?:the )?(?:other )?(?:defense ministry|ministry|mnd|pentagon)\b/g, 'both defense ministries'],
  // The Defense Security Talks described by who attends them: the two defence ministries.
  // ("the security talks between the two defence departments", "the talks that are just the two pentagons' senior folks",
  // "the older talks where the two defense ministries' senior people meet")
  [/\b(?:the|that|those) (?:strand of |set of )?(?:(?:security|regular|routine|older|old|existing|standing|recurring) )?(?:talks?|dialogue|mechanism|channel|one|meetup)s? (?:that|which|where)?(?:'s| is| are)?\s*(?:(?:basically|mostly|mainly|chiefly|just|only) )*(?:(?:bring(?:s)? together|involv(?:e|es|ing)|(?:attended|staffed|run|manned|held) (?:chiefly |mainly |mostly )?(?:by|between)|(?:are |is )?between)\b[^,:;?]*?\b)?(?:the )?(?:both|two) (?:the )?(?:sides'? )?(?:taiwanese and (?:the )?(?:us|usa|american) )?(?:(?:defen[cs]e|war) (?:ministries|departments?|establishments)|pentagons)\b/g, 'the defense security talks'],
  // ... and as a clause of its own: "the talks where it's basically senior people from both defense ministries", "one
  // of the old three where it's mostly the two defense ministries in the room" (not the new conference: that is the
  // top platform for the two ministries' military issues).
  [/\b(?:(?:the|that|those) (?!(?:new|special|top|latest|fourth|2026)\b)(?:[a-z]+ ){0,3}(?:talks|dialogues?|mechanisms?|channels?|ones?|meetups?|forums?)|one of the (?:[a-z]+ ){0,2}(?:three|3|talks|dialogues|ones))\b (?:that|which|where|with|in which)\b[^,:;?.!]*?\b(?:both|two) (?:the )?(?:defen[cs]e|war) (?:ministries|departments)\b/g, 'the defense security talks'],
  // The Monterey Talks described: "the talks named after the Californian town".
  [/\b(?:the )?(?:yearly |annual )?(?:talks|meeting|sessions?|dialogue|one)s?(?: series)? (?:(?:named|called) after|(?:carrying|bearing|having|with) the name of) (?:(?:a |the |that )?californi(?:a|an)(?: (?:coast(?:al)?|seaside|beach))?(?: city| town)?|(?:a |the |that )?(?:city|town) in californi(?:a|an))\b|\bthe californi(?:a|an)[- ](?:(?:city|town)[- ])?named (?:talks|sessions?|meeting|one)\b|\bthe californi(?:a|an)[- ](?:city|town)[- ](?:talks|sessions?|meeting|one)\b/g, 'the monterey talks'],
  // ... or by their rank: the highest of the three older dialogues ("who attends the top-ranked of the older talks").
  [/\bthe (?:highest|top|most senior)(?:[- ](?:ranked|ranking|level))?(?: one)? (?:of|among) the (?:(?:three|3|older|old|existing|routine|major|big) )+(?:dialogues|talks|channels|ones)\b|\bthe (?:highest|top)[- ](?:ranked|ranking|level) (?:older|old|existing) (?:dialogue|talks|channel|one)\b/g, 'the highest monterey talks'],
  // "where on the strategic spectrum is it pitched": a level asked, not a place.
  [/\bwhere (?:on|in|along) the (?:[a-z-]+ )?(?:spectrum|scale|ladder|hierarchy|totem pole)\b/g, 'what level'],
  // "where does the arms sales stuff get worked out" asks which meetings discuss it, not a place.
  [/\bwhere (?:does|do|is|are) (?:the )?([a-z-]+(?: [a-z-]+){0,2}?)(?: stuff| issues| questions| matters)? (?:actually |really |usually |normally )?(?:get |gets |getting |being |be )?(?:worked out|worked on|worked|handled|hashed out|negotiated|discussed|dealt with)\b/g, 'which meetings discuss $1'],
  // "where does the article say weapons buying is discussed" asks the same.
  [/\bwhere (?:does|did) (?:the article|the piece|it|he|jin zhong) (?:say|mention|put) (?:that )?(?:the )?([a-z-]+(?: [a-z-]+){0,2}?)(?: stuff| issues| questions| matters)? (?:is|are|gets?) (?:actually |really |usually |normally )?(?:worked out|worked on|handled|hashed out|negotiated|discussed|dealt with)\b/g, 'which meetings discuss $1'],
  [/\bpecking order\b/g, 'level'],
  // "project policy or service-level meetings, which one's lower on the ladder" asks which of the two lower tiers is
  // the lower: the lowest. (Which of the older dialogues is lower their ranks answer.)
  [/\b(which|what)(?: one| of (?:them|the two|those|these))?(?:'s| is| are| sits| ranks| comes)? (?:lower|further down)\b(?![- ](?:tiers?|levels?|rungs?|layers?)\b)(?: down)?(?:(?<=\b(?:project|operational|service|services|branch|branches)\b.*)|(?=.*\b(?:project|operational|service|services|branch|branches)\b))/g, '$1 is lowest'],
  // "how high level are the Monterey Talks", "how senior is it": a rank asked, not the "high-level" of other facts.
  [/\bhow (?:high|senior|high[- ]up)(?:[- ](?:level|ranking|ranked|tier))?\b/g, 'what level'],
  [/\bship(?:s|ping|ped)? off\b/g, 'send'],
  [/\bjet(?:s|ting|ted)? off\b/g, 'going'],
  [/\bhuddles?\b/g, 'meeting'],
  // "how many people in total": a count is a total; "total" would otherwise make it about the JFD's total.
  [/(\bhow many\b.*?)\s+(?:in total|altogether|all together|total)\b/g, '$1'],
  [/\b(?:a |the )?(?:(?:hard|firm|strict|absolute) )?(?:ceiling|upper limit|cap)\b/g, 'up to'],
  // Its opposite: "a hard number", "a firm figure", "set in stone" is exact.
  [/\b(?:hard|firm|fixed|set|definite|locked[- ]in) (number|figure|count|headcount|total)\b|\bset in stone\b/g, 'exact $1'],
  [/\bin the (?:pipeline|works)\b/g, 'new'],
  [/\bkeeps? going\b|\bcontinues?\b/g, 'lasts'],
  [/\b(?:what|wtf|wth) (?:does|do) (.+?) (?:even |actually )?refer to\b/g, 'what is $1 explain'],
  // "when the article speaks of the MND": refers to it ("speaks" is no one's speech).
  [/\bspeak(?:s|ing)? of\b/g, 'refers to'],
  // Money set aside for something is allocated to it.
  [/\bset aside\b(?= for\b|(?<=\b(?:is|are|was|were|been|be|gets?|got) set aside))/g, 'allocated'],
  // "counted among the dialogues, and as which number?": its place in the series.
  [/\bas (?:which|what) number\b|\b(?:which|what) number (?=is it\b|in (?:the )?(?:series|sequence|line|order)\b)/g, 'ordinal'],
  // "does the budget furnish any further particulars": disclose details.
  [/\b(?:furnish|provide|supply|offer)(?:es|s|ed|ing)? (?:(?:any|much|more|further|additional|other) )*(?:particulars|details|specifics)\b/g, 'disclose details'],
  // "who is taiwan sending besides whoever leads it", "who goes apart from the deputy minister": who else goes.
  [/\bwho\b([^?!.,]*?) (?:besides|apart from|aside from|other than|except(?: for)?) (?:whoever (?:leads|heads|is leading|is heading|is in charge(?: of)?)(?: (?:it|them|the (?:delegation|trip|team|group)))?|the (?:leader|head|deputy(?: minister)?|vice minister|boss|chief))\b/g, 'who else$1'],
  [/\bwho else\b/g, 'who accompany'],
  [WHO_GOES, 'who composition'],
  // When the conference is "happening" or which of two years it is in: when the delegation travels to it (the
  // article dates the trip; when the conference is "added" or "starts" stays the conference's own).
  [/\bconference(?= (?:(?:actually|really|even) )?(?:happening|happen|taking place|being held|scheduled)\b| (?:happening |taking place |held )?in 20\d\d or 20\d\d\b)/g, 'conference trip'],
  // "this whole trip" is the trip, "a whole group" a group ("the whole JFD" is its total).
  [/\b(this|that|the|a) whole (?=(?:trip|visit|delegation|conference|article|story|business|situation|affair|group|team|contingent|crew|squad)\b)/g, '$1 '],
  // "this 'joint cooperation assessment' business" is the thing named; that its name is "a mouthful" is no subject.
  [/\bbusiness\b(?<=\b(?:this|that|the) (?:['"]?[a-z-]+['"]? ){1,5}business)(?! (?:of|with|as|interests?|deals?|ties|people|community|leaders)\b)|\bmouthful\b/g, ' '],
  // "who does he work for" asks his affiliation; so does "where does he work" (at two places; "as a professor" is one).
  [/\bwhere (?:does|do) (?:he|jin(?: zhong)?|zhong|the (?:analyst|professor|prof|expert|researcher|scholar|academic|commentator)) (?:actually |currently |even )?works?\b(?! as\b)|\bwho (?:does|do) (?:he|jin(?: zhong)?|zhong|the (?:analyst|professor|prof|expert)) work (?:for|with)\b|\bwho (?:is|'s) (?:jin(?: zhong)?|zhong|the analyst) (?:working |work |employed )?(?:for|by|with)\b|\bwho (?:is|'s) he (?:working|work|employed) (?:for|by|with)\b/g, 'what is jin zhong affiliation'],
  [/\bup and running\b|\b(?:standing|long[- ]running|long[- ]standing|established|original|legacy)(?= (?:[a-z]+ )?(?:dialogues?|talks|channels?|mechanisms?|meetings?|three|3)\b)|\bold(?:er)?(?= (?:three|3)\b)(?<=\bone of the old(?:er)?)|\bpre-?existing\b|\bwhich predate\b/g, 'existing'],
  [/\bstick(?:s|ing)? around\b/g, 'stay'],
  // ("the max they're allowed" is a cap, not the minister's ban.)
  [/\bmax(?:imum)?(?: number of| (?:that )?(?:they're|they are|theyre|it's|it is|they've been|is) (?:allowed|permitted|approved|budgeted|authori[sz]ed))?\b/g, 'up to'],
  [/\boverseas\b/g, 'abroad'],
  // What a sum is "meant to pay for" is what it is for (who pays is another question: "who is meant to pay for it").
  [/\b(?:meant|supposed|intended|earmarked) to pay for\b(?<=\bwhat\b.*)/g, 'for'],
  // Where the delegation goes, from Taiwan: "what will they discuss over there".
  [/\b(?:while |once |when )?(?:(?:they|they're|theyre|they are)(?: (?:get|arrive|land))? )?over there\b/g, ' in the usa '],
  [/\b(?:a )?sign of\b|\bread(?:s|ing)? into\b/g, 'signal'],
  // Whom or what the asker writes for is no subject: "for my editor", "need it for the story".
  [/\bfor (?:my|our|the|a) (?:editors?|desk|copy|story|piece|lede|nut graf|headline|readers|write-?up|draft|explainer|fact-?check)\b/g, ' '],
  // "per his read", "by Jin's account": attribution (every judgement in the answers is named as his), no subject.
  [/\b(?:per|by|on|in|going by) (?:his|jin(?: zhong)?'?s?|the (?:analyst|professor|prof|expert|researcher)'?s?) (?:read|reading|take|view|telling|account|analysis|estimation)\b/g, ' '],
  [/^(?:(?:his|jin(?: zhong)?'?s?|the (?:analyst|professor|prof|expert|researcher)'?s?) (?:take|view|read|reading) on) (?=(?:what|which|who|how|where|when|why)\b)/g, ' '],
  // "what does the professor think": the analyst's view, not his teaching post.
  // (Without its article too, as second-language English often has it: "prof say ...".)
  [/\b(?:(?:the|this|that) )?(?:professor|prof|researcher|scholar|academic)\b(?= (?:(?:really|actually|even) )?(?:think|thinks|say|says|said|read|reads|believe|believes|expect|expects|reckon|reckons|predict|predicts|speculat\w*|guess\w*|judge\w*)\b)/g, 'jin'],
  // One word, so that the "think" of a think tank is no one's opinion.
  [/\bresearch (?:outfit|shop|group|body)\b|\bthink[- ]?tank\b/g, 'thinktank'],
  [/\blin(?:e|es|ing|ed) up\b/g, 'new'],
  [/\bswaps?\b/g, 'exchanges'],
  // "from what to what", "moving from one thing toward another": a change of direction asked, the analyst's shift
  // ("moving" alone is a trend, the exchanges deepening); so is what they are "moving toward", ending the question.
  [/\b(?:(?:moving|moved|going|gone|went|shifting|shifted|changing|changed|drifting|drifted) )?from what (?:to|toward|towards|into) what\b|\b(?:moving|moved|moves|move|going|goes|gone|went|turning|turned|pivoting|pivoted)(?: on| away)? from (?:one|a|some) (?:thing|goal|aim|focus|emphasis|priority|idea|mode|stage|phase)s? (?:to|toward|towards|into) (?:another|something else)(?: one| thing)?\b|\bchang(?:e|es|ed|ing) (?:direction|course|tack)\b|\b(?:moving|moved|moves|move|shifting|shifted|pivoting|pivoted|drifting|drifted) towards?(?=(?: (?:now|next|instead|exactly|these days))?\s*[?!.]*$)/g, 'shift'],
  // "moving beyond interop toward... what?": the shift, from interoperability to what comes next.
  [/\b(?:go(?:es|ing)?|gone|went|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|evolv(?:e|es|ed|ing)|progress(?:es|ed|ing)?) beyond ([a-z-]+(?: [a-z-]+){0,2}?)(?: -| and)? (?:to|toward|towards|into)(?:\.{2,}|…)? ?what\b/g, 'shift from $1 to what'],
  // Interoperability and contingencies, as people put them.
  [/\bwork(?:ing|s)? together (?:smoothly|seamlessly|well|better|technically)\b|\bplay(?:ing)? nice together\b|\b(?:able|ability) to (?:work|operate|fight) together\b/g, 'interoperability'],
  [/\bif (?:things|it|war|something|anything|shit|stuff) (?:kicks? off|pops? off|goes? (?:down|south|wrong|hot)|breaks? out|escalates?|happens)\b/g, 'if contingency'],
  // Filler that would otherwise count as a subject.
  [/\b(?:in|on) (?:the )?general(?: chat| channel)?\b(?= said| says| saying| claims?| is| are|,)|(?<!(?:\S))#[a-z][\w-]*/g, ' '],
  // A check of what the asker heard or thinks is no subject: "did I hear that right?", "am I mixing it up with another
  // dialogue?", "fair summary?".
  [/\bdid i (?:hear|get|read|understand|catch) (?:that|this|it|them)(?: part| bit)? (?:right|correctly)\b|\bam i (?:mixing|confusing|muddling) (?:it|them|things|this|that|something)(?: up)?(?: with (?:another|a different|some other|the other)(?: [a-z]+)?)?|\b(?:is (?:that|this) )?(?:a )?fair (?:summary|assessment|read|take|description|describe)\b/g, ' '],
  // A moderator's own check is no subject either: "can we confirm before I pin it" (no one else's confirmation), "who's
  // right" (no person asked).
  [/\b(?:can|could|should) (?:we|i) (?:confirm|verify|double[- ]check|check)(?: (?:this|that|it))?\b|\bbefore (?:i|we) pin(?: (?:it|this|that))?\b|\bpin[- ]?worthy\b|\bwho(?:'s| is) (?:right|correct|wrong)(?: here)?\b/g, ' '],
  // A show's hosts who "said" or "kept calling" something report it, as the chat does: no one the article's hosts meet.
  [/\b(?:(?:one|some|both|two|all) of )?(?:the |one |a |both |my |our )?(?:podcast |show |radio |video )?hosts?\b(?= (?:(?:kept|keep|keeps|both|also|just|even|all|literally) )?(?:said|say|says|saying|mentioned|claimed|called|calling|described|kept|were saying|are saying)\b)/g, ' '],
  [/^(?:(?:can|could|would) (?:you|someone|somebody|anyone) )?(?:pls |please )?tell (?:me|us) (?:more |a bit |something )?about\b|\bany idea(?: if| whether)?\b|\bi wonder(?: if| whether)?\b|\bone thing bugs me\b|\b(?:it )?bugs me\b/g, ' '],
  // "what does the JFD show", "what does the budget even tell you" ask what it signals ("does the budget show how
  // many go", "what does the budget not tell us" and "what does it tell us about X" ask no signal).
  [/\b(what (?:does|do|did) (?:(?!not\b|never\b)[a-z0-9.']+ ){1,6})(?:show|tell (?:you|us|me|anyone)(?! about\b))\b/g, '$1signal'],
  [/\bsubject[- ]matter\b/g, 'subject'],
  [/\b(\w+)[- ]wise\b/g, '$1'],
  // Words of chat, jargon and academic prose, as the facts put them.
  // ("endgame boss tier" is gamers' talk for the top.)
  [/\bend[- ]goals?\b|\bultimate (?:aim|goal|objective)\b|\bend[- ]?games?\b(?! (?:boss|tier|content|gear)\b)/g, 'goal'],
  [/\bteam(?:s|ing|ed)? up\b/g, 'cooperate'],
  [/\bcounterpart(?:y|ies)\b/g, 'sides'],
  // A ministry runs meetings as it conducts them ("what meetings does the ministry run"); the JFD runs for years.
  [/\b(does|do|did) ((?:the )?(?:(?:defense |taiwan's |taiwans )?(?:mnd|ministry|ministries)|ministry of (?:national )?defense|pentagon|dod)) run\b/g, '$1 $2 conduct'],
  // ... and meetings are run by it: "are those run by the MND", "who runs those".
  [/\b(meetings?|sessions?|talks|dialogues?|those|these|they|them) (?:(?:are|is|were|was|get|gets) )?(?:run|held|organi[sz]ed|hosted) by\b/g, '$1 conducted by'],
  [/\bwho (?:runs|organi[sz]es|hosts) (?=those|these|them|the (?:[a-z]+ ){0,2}(?:meetings|sessions|talks|dialogues?)\b)/g, 'which ministry conducts '],
  // "have they run it before", "has this been done before": earlier rounds.
  [/\b(?:done|run|held|had|tried) (?:it|this|that|one|these|them|this thing|that thing)(?: ever)? before\b|\bbeen (?:done|run|held|tried) before\b|\b(?:did|has|had|have) (?:[a-z]+ ){1,3}(?:ever )?happen(?:ed)? before\b/g, 'previous round'],
  [/\bkick(?:s|ing|ed)? off\b/g, 'start'],
  [/\bwork(?:s|ing)? as (?:an? )?(?:associate )?(?:professor|prof|lecturer|teacher)\b/g, 'teach'],
  [/\bwrap(?:s|ping|ped)? up\b/g, 'end'],
  [/\b(?:i am|i'm|im) from (?:[a-z]+ ){0,2}(?:so|and|,)/g, ' '],
  // A greeting, or the asker's own past ("having served in Washington myself"), is no subject.
  [/\bgood (?:morning|afternoon|evening|day)\b|\bhaving (?:spent|served|worked|been|lived)\b[^,.;?!]*\bmyself\b/g, ' '],
  // What the asker missed or is asking is no subject: "i missed that part", "i'm asking who attends it"; nor is
  // "in general" (the general staff are).
  [/\bin general\b(?! staff)|\bi (?:must have |might have |may have |totally |kinda |just )?missed (?:that|this|the|it)(?: part| bit| paragraph| section| line)?\b|\b(?:i'm|im|i am) (?:just |only |actually |really )?asking\b(?! about\b)/g, ' '],
  [/\b(?:(?:are|is) )?(?:we|you|they)(?<=\b(?:which|what) (?:[a-z']+ ){1,3}(?:(?:are|is) )?(?:we|you|they)) (?:even |actually |really )?talk(?:ing)? about(?: here)?\b/g, ' '],
  // What the asker confuses the thing with is not asked about: "i keep mixing it up with the defense security one".
  [/\b(?:mix|mixes|mixing|mixed|confuse|confuses|confusing|confused) (?:it|them|this|that|these|those|the two)(?: up)?(?: with\b(?:(?! - )[^,.;?!])*)?/g, ' '],
  // "the one whose name mashes together politics and the military": the Political and Military Dialogue ("whose"
  // asks no person).
  [/\b(?:(?:whose|with (?:a|the)|its) (?:name|title) )?(?:mix(?:es|ing)?|combin(?:es|ing)|blend(?:s|ing)?|mash(?:es|ing)?|merg(?:es|ing)|fus(?:es|ing)|join(?:s|ing)?)(?: together| up)? (?:politics|political|statecraft) (?:and|with|\+|&) (?:the )?(?:military|armed forces|soldiering|army|soldiers)\b/g, 'political military'],
  [/\bon whose soil\b/g, 'where'],
  // "is taiwan going to the US, or is the US sending people to taipei?": which way the trip goes, its destination (no
  // American delegation asked about).
  [/\bor (?:is |are |will |does |do )?(?:the )?(?:usa|americans?|washington|pentagon|dod)(?: side)? (?:(?:be|also) )?(?:sending|send|sends|flying|fly|flies|coming|come|comes|travell?ing|travels?|hosting|host)\b[^?.!,]{0,30}?\b(?:to|in) (?:taiwan|taipei)\b/g, 'or which destination'],
  [/\ba (?:whole )?bunch of\b/g, ' '],
  // ("the two defense departments" are the two ministries; "the defense department" alone may be the Pentagon.)
  [/\bwar ministr(?:y|ies)\b|\b(?:defense|war|military) departments\b/g, 'defense ministries'],
  [/\b(?:(?:people|folks|men|women|personnel|those|guys) in uniform|uniformed (?:people|folks|personnel|officers|staff)|military (?:folks|guys|types|dudes|men and women|men))\b/g, 'military officers'],
  // ... as are bureaucrats and "ministry office people" (as against the military branches).
  [/\bcivil servants?\b|\bbureaucrats?\b|\boffice (?:people|folks|staff|types|workers|guys)\b/g, 'officials'],
  [/\btop[- ]tier (?=(?:army|military|defense) (?:issues|matters|questions)\b)/g, 'high-level '],
  // "the high officials" are the senior ones (the Monterey Talks' "senior officials"), not the high-level issues.
  [/\bhigh(?:[- ](?:ranking|level))? (officials?|officers?)\b/g, 'senior $1'],
  // "which agencies send people to X": the article's attendees are ministries.
  // (So are its "offices", "government bodies" and "departments".)
  [/\b(?:which|what) (?:government |gov |govt |state )?(?:agenc(?:y|ies)|offices?|bodies|departments?|organi[sz]ations?|institutions?)(?= (?:send|sends|attend|attends|go|goes|show up|turn up|take part|participate)\b)/g, 'which ministries'],
  // "which agency will the delegation meet" asks the US side: the delegation's counterparts (so does "which part of
  // the US government").
  [/\b(?:which|what) (?:(?:part|parts|arm|branch|bit|corner) of (?:the )?)?(?:usa |american )?(?:agenc(?:y|ies)|government|administration)(?= (?:[a-z']+ ){1,5}(?:meetwith|talk|talking|speak|speaking)\b)/g, 'which dod counterparts'],
  // What the asker read or saw somewhere is no subject either: "i read the new meeting is ..." (a claim follows,
  // also as "i read it's ...").
  [/\b(?:i|we)(?<!\b(?:can|could|should|would|will|do|did|to|may|might|where|when) (?:i|we)) (?:read|saw)(?: (?:somewhere|online|elsewhere))?(?: that)?(?= (?:it|that|there|he|she|they)(?:'s|'re| is| are)\b| (?:[a-z'-]+ ){1,5}(?:is|are|was|were|will|would|has|have|gets|got)\b)/g, ' '],
  // Whoever else is asking is no subject: "grandpa asked me how many ...", "my boss wants to know who leads".
  [/\b(?:my )?(?:grandpa|grandma|granddad|grandad|grandfather|grandmother|mom|mum|dad|father|mother|uncle|aunt|wife|husband|boss|sister|brother|kid|son|daughter|roommate|coworker|colleague|partner|gf|bf) (?:asked|asks|was asking|is asking|keeps asking|wants to know|wanted to know)(?: me)?\b/g, ' '],
  // ... nor are the asker's own family in the services, told before the question: "My late husband served in the navy and ...".
  [/\bmy (?:late |dear |own |eldest |youngest )?(?:husband|wife|father|dad|son|sons|grandson|grandsons|granddaughter|daughter|brother|sister|grandfather|grandpa|uncle|nephew|niece) (?:(?:also|once|both|still) )?(?:served|serves|is serving|was serving|worked|works|was stationed|is stationed|fought)\b[^.?!]*[.!]/g, ' '],
  // Guesses tagged on to a "who" question are no subjects of their own: "who went? soldiers? politicians?".
  [/\b(who\b[^?]*\?)(?:\s*(?:[a-z]+ ){0,2}[a-z]+\?){1,3}\s*$/g, '$1'],
  // "doing more and more together": ties growing.
  [/\bmore and more\b/g, 'growing'],
  [/\bunpack\b|\bsummari[sz](?:e|es|ing)\b|\bsum (?:it |this |that )?up\b/g, 'explain'],
  // What is left to conjecture is what the record does not say.
  [/\bleft (?:to (?:conjecture|speculation|guesswork|(?:the )?imagination)|unsaid|unstated|unspecified)\b/g, 'undisclosed guesswork'],
  // "in what respect is it exceptional": how, not a subject.
  [/\bin (?:what|which) (?:respects?|sense)\b/g, 'how'],
  [/\b(?:the )?(?:object|objective)(?= of (?:sending|the (?:trip|visit|delegation|exercise|conference)|this|it|the whole)\b)/g, 'the purpose'],
  // From Taiwan, across the Pacific is the US.
  [/\b(?:across|over|to the other side of) the pacific\b/g, 'to the usa'],
  // "i keep mixing up the calendars", "i can't make head nor tail of it": the asker's confusion, no subject (no leader).
  [/\b(?:mix|mixes|mixing|mixed) (?:up|them up|it up|those up|these up)\b|\bmake (?:head|heads) (?:nor|or|and) tails?(?: (?:of|out of))?\b/g, 'confused'],
  // ... and so is a remark on the names: "the names are so confusing", "all these acronyms sound alike".
  [/\b(?:the |these |those |all (?:the |these |those )?)?(?:names|acronyms|abbreviations|titles)(?: (?:are|all|sound|look|get|seem))* (?:so |really |very |super |too |kinda |kind of |a bit |way too |pretty )?(?:confusing|similar|alike|the same)\b/g, ' '],
  [/\b(?:three|3|four|4)[- ]letter (?=acronym|abbreviation)/g, ''],
  // "the full name hiding behind that acronym" is its full name.
  [/\b(?:hiding|hidden|lurking|concealed) behind\b/g, 'of'],
  [/\b(?:have|has|get|gets|got|hold|holds|keep|keeps) (?:a |any )?(?:seats?|people|officials|someone|anyone|reps) at (?:the|that|this) table\b|\b(?:have|has|get|gets|got|hold|holds|keep|keeps) (?:a |any )?seats? at\b/g, 'attend'],
  // ("where does jin zhong rank the monterey talks": his ranking of them is their level.)
  [/\bwhere (?:does|do|did) (?:[a-z]+ ){1,3}(?:position|place|slot|rank|put)\b(?= (?:it|them|the (?:[a-z]+ ){0,2}(?:talks|dialogues?|conference|meetings?|forum|one|channel)|monterey|dpsc|pmd|dst|political military|defense security)\b)/g, 'what level'],
  [/\bwhat evidence (?:does|do) (?:the )?(?:article|piece|author|budget) (?:offer|give|provide|present|cite)(?: that| for)?\b/g, ' '],
  // "quoted in NT dollars" states a currency; no one is quoted.
  [/\bquoted in (?=(?:ntd|usd|usa|which|what)\b)/g, 'in '],
  // Courtesy is no subject: "I would be most grateful if ...", "would anyone know if ..." suppose nothing (no
  // hypothetical "would ... if"), and ask nothing "most" (the highest); nor does "that is most kind".
  [/\b(?:i|we)(?:'d| would| should) (?:(?:be|really|very|much|greatly|truly|most|so|ever|awfully|extremely) )*(?:grateful|obliged|thankful|appreciative|appreciate(?: it)?)(?: (?:if|for))?\b|\bwould (?:anyone|anybody|someone|somebody|you) (?:here )?(?:happen to )?know (?:if|whether)\b|\bmost (?=(?:kind|gracious)\b)/g, ' '],
  // A learner's apology is no subject, nor its "if" a hypothetical: "sorry if obvious", "sorry if my english is bad".
  [/\b(?:sorry|apologies|forgive me)(?: in advance)?,? if (?:(?:this|it|that|the question|my question) )?(?:(?:is|sounds|seems) )?(?:(?:a|too|very|so|maybe) )?(?:obvious|basic|silly|stupid|dumb|naive|simple|trivial)(?: question)?\b|\b(?:sorry|apologies),? (?:if|for) my (?:english|grammar|spelling)(?: is| was)?(?: (?:bad|poor|not good|broken|strange|weird|unclear|wrong))?\b|\b(?:dumb|stupid|silly|naive|noob) (?:q|qn|question)\b(?:,? but\b)?/g, ' '],
  [/\b(?:sorry,? )?i (?:only |just )?skimmed(?: it| the article)?\b|\bdid i mess up(?: the)?(?: maths?| calculation| numbers)?\b/g, ' '],
  [/\bfirst(?<=\b(?:the|a|its|their|this) first) (?:go|shot|attempt|try|outing)\b/g, 'first time'],
  [/\b(?:explain )?like (?:i'm|im|i am) (?:5|five)\b/g, 'explain'],
  [/\b(?:any|more|the|some) tea on\b/g, 'details on'],
  // (So is a "travel line": the trip's line in the budget.)
  [/\bline items?\b(?! (?:code|number|id)s?\b)|\bline\b(?<=\b(?:travel|trip|airfare) line)/g, 'budget'],
  [/\bwhat(?:'s| is) driving\b/g, 'why'],
  // "i need the attendees": the kind of answer wanted, as a thing.
  [/\bi (?:need|want|meant|mean)(?: to know)? (?:the )?(?:attendees|participants)\b/g, 'who attends'],
  // "what is the reason behind?": the reason for what the message said before ("behind" alone is no one's backing).
  [/\b(reasons?|motives?|logic|thinking) behind(?: (?:it|this|that))?(?=\s*[?!.]*$)/g, '$1'],
  // "the meaning behind the JFD", "what is meaning behind it": what it signals (not who backs it).
  [/\b(?:the )?(?:meaning|message|significance) behind\b/g, 'significance of'],
  // "he called the JFD unusual, what was his reasoning?": why he says what the message reports, which it points back to.
  [/\bwhat(?:'s| is| was|s) (?:his|jin zhong's|jin's|zhong's|the analyst's) (?:reasoning|logic|argument|rationale|basis|justification)(?: (?:for|behind) (?:that|this|it))?(?=\s*[?!.]*$)/g, 'why does he say that'],
  // "the thesis behind funding it", "the rationale for": the reason (an investor's "thesis"; "his thesis" is his view).
  [/\b(?:thesis|rationale) (?:behind|for)\b/g, 'reason for'],
  // "DPSC is which no. dialogue": its place in the series.
  [/\b(?:which|what) (?:no\.?|number|#)(?= (?:dialogue|talks|meeting|conference|one|mechanism|channel)s?\b)/g, 'which ordinal'],
  // Learners' "why" without the inversion: "why the writer is only guessing" asks "why is the writer only guessing".
  [/\bwhy (the (?:[a-z]+ ){0,2}[a-z]+|he|she|they|it|this|that) (is|are|was|were|does|do|did|can|can't|cannot|will|would|has|have)\b/g, 'why $2 $1'],
  [/\bzero(?:s|ing|ed)? in on\b|\bhone(?:s|d)? in on\b|\b(?:built|centred|centered|organi[sz]ed|based|revolv(?:e|es|ed|ing)) around\b/g, 'focus on'],
  // ("is the budget getting tighter" is money running short, not closeness.)
  [/(?<!\b(?:budget|money|funding|cash|spending|finances)(?: [a-z]+){0,3} )\b(?:getting|gets|get|got|growing|grows|grow|becoming|become) (?:ever |even |much |a lot |way )?(?:tighter|cozier|cosier)\b/g, 'getting closer'],
  [/\bstand(?:s|ing)? out\b/g, 'notable'],
  [/\b(?:do|does|did) for (?:a )?(?:living|work|a job)\b/g, 'job'],
  [/\b(?:top|premier|flagship) (?:venue|spot|stage|outlet)\b/g, 'top platform'],
  // A title a thing "receives" or "gets" is how it is described.
  [/\b(?:receives?|received|gets?|got|is given|was given) (?:a |the )?(?:(?:very )?(?:big|grand|fancy|high|special|nice) )?(?:title|name|label)\b/g, 'described'],
  [/[- ]flavou?red\b|-type(?<=[a-z]-type)\b/g, ''],
  [/\b(?:plug(?:s|ging)? into|connect(?:s|ing)? (?:to|with)) each other'?s? (?:systems|networks|kit|gear)\b/g, 'interoperability'],
  [/\b(?:a )?part(?:y|ies) to\b(?! (?:the )?(?:usa|america|washington)\b)/g, 'sides of'],
  // "between which bodies is the JFD conducted": who takes part in it (not who conducts the project meetings).
  [/\bbetween (?:which|what|whom)(?: [a-z]+)? (?:is|are|was|were|will) ([a-z ]+?) (?:be )?(?:conducted|run|held|carried out|undertaken)\b/g, 'which sides participate in $1'],
  // "whose departments are part of the JFD" asks who takes part ("is X part of Y?" compares X with Y).
  [/\b(?:are|is|were|was) (?:also |even |actually |really )?part of\b(?<=\b(?:who|whose|which|what)\b[^?.!,]*)/g, 'participate in'],
  // A named dialogue's "lineup" or "roster" is who attends it (the dialogues' lineup is their order).
  [/\b(monterey(?: talks)?|(?:defense )?security talks|political military(?: dialogue)?|dst|pmd|seminars?|workshops?)(?:'s)? (?:lineup|line-up|roster|guest list)\b/g, '$1 attendees'],
  [/\bthe rest of the (?:team|delegation|group|party|crew)\b|\b(?:the |their |its )?(?:delegation|team|group|trip)(?:'s)? lineup\b|\bwho(?:'s| is) in the lineup\b/g, 'the accompanying staff'],
  // "delegation staff members", "the staff on the team": whom the delegation is made of (a count of them is its size).
  [/\b(?:delegation|team|group)(?<!\bhow many (?:[a-z]+ ){0,3}(?:delegation|team|group))(?:'s)? staff(?: members)?\b|\bstaff(?<!\bhow many (?:[a-z]+ ){0,3}staff)(?: members)? (?:of|in|on) the (?:delegation|team|group)\b/g, 'delegation accompanying staff'],
  // "does the defence side even turn up?": Taiwan's defence ministry, the only one the article has attend.
  [/\bthe (?:defense|military|armed forces) (?:side|people|folks|establishment|guys)\b(?! of)/g, 'the mnd'],
  // ... as are "32 taiwanese defense people": the ministry's people.
  [/\b(?:taiwanese|taiwan's|taiwan|\d+) defense (?:people|folks|guys|personnel|types)\b/g, 'mnd people'],
  // ("over the whole multi-year window" scopes an amount to the whole span: it asks no length.)
  [/\bthe (?:whole|entire|full) run\b|\b(?:from )?(?:start|beginning) to (?:finish|end)\b|\b(?:over|across|during) the (?:whole|entire|full) (?:[a-z-]+ )?(?:window|period|span|timeframe|stretch)\b/g, 'the total'],
  [/\b(?:some|a|an|another|just (?:a|another)) side (?:event|meeting|thing|show|gig|quest)\b|\bside[- ]quests?\b/g, ' '],
  [/\bfy ?(\d{2})\b/g, '20$1'],
  [/\bground[- ]floor\b/g, 'lowest level'],
  // "which is lower down, A or B?" asks which of them is lowest.
  [/\bwhich(?: one)? (?:is|are|sits|sit|ranks|rank|comes|come) (?:lower|further down|lower down|below the other)\b/g, 'which is lowest'],
  // "MND here means Taiwan's ministry?" asks what the name stands for, not what anything signals.
  [/\b(?:here|in this article|in the article|in the piece) (?:means?|refers? to)\b/g, 'which is'],
  // "how big" is an amount when the question is about money.
  [new RegExp(`\\bhow (?:big|large)(?= (?:is|was|are|were) (?:the |that |this |its )?(?:[a-z]+ ){0,2}${MONEY_NOUN}\\b)`, 'g'), 'how much'],
  [new RegExp(`(\\b${MONEY_NOUN}\\b[^,.?!]*,\\s*)how (?:big|large)(?= (?:is|was) (?:it|that)\\b)`, 'g'), '$1how much'],
  // Asides with no subject ("at all", "just checking", "no clue"); so is the asker's own "i assume" (no one's view).
  [/\bwhy (?:should|would) (?:i|we|anyone|you) (?:care|listen to|trust|believe)(?: (?:him|it|this|about what (?:he|jin zhong) (?:thinks|says)|what (?:he|jin zhong) (?:thinks|says)))?\b|\b(?:all )?on paper\b|\bshow (?:me|us)\b(?: where (?:it|the article|the piece) (?:says?|mentions?|states?)\b)?|\bin the first place\b|\bat all\b|\bjust (?:confirming|checking|asking|wondering)\b|\bfor (?:our |my |the |any )?(?:readers|viewers|listeners|audience|classmates|newcomers)(?: (?:who|that) [^,.?!]*)?|\b(?:journalist|reporter|(?:high ?)?student|intern|s[ck]eptic|teacher|(?:retired )?(?:officer|soldier)|veteran|newbie|noob|(?:history |politics |military )?(?:nerd|buff|geek)) here\b|\b(?:kinda|kind of|a bit|bit|totally|so|i'm|im) lost\b|\bi (?:lost|lose) (?:the thread|track|the plot)\b|\bnew (?:here|to (?:this|the) (?:server|channel|chat|group))\b|\b(?:half|most|some|the rest) (?:of )?the (?:channel|chat|server|thread)\b|\bpop(?:s|ping)? up\b|\b(?:i |people |everyone |everybody |they )?(?:keep|keeps|kept) (?:seeing|hearing|reading|mentioning|bringing up)(?: about)?(?: (?:alongside|next to|along with) (?:the |this |that )?[a-z]+)?\b|\b(?:no|zero) (?:clue|idea)\b|\bon (?:the|my) (?:bus|train|subway|metro|phone|commute)\b|\b(?:hold|hang) on\b(?! to\b)|\bi(?:'m| am)? (?:assum|presum|suppos)(?:e|ing)\b|\b(?:can|could) (?:you|someone|anyone|somebody) (?:answer|help) (?:them|him|her)(?: out)?\b/g, ' '],
];

/** Rewrites, in order, with the filter that tells which of them a text may match (see pattern-filter.ts). */
interface Rewrites {
  entries: ReadonlyArray<readonly [RegExp, string]>;
  mayMatch: (text: string) => (index: number) => boolean;
}

function rewrites(entries: ReadonlyArray<readonly [RegExp, string]>): Rewrites {
  return { entries, mayMatch: createPatternFilter(entries.map(([pattern]) => pattern)) };
}

const SPELLING_REWRITES = rewrites(SPELLING_VARIANTS);
const IDIOM_REWRITES = rewrites(CHAT_IDIOMS);

/** Chat shorthand, word for word. */
const SHORTHAND: Readonly<Record<string, string>> = {
  r: 'are', u: 'you', ur: 'your', ppl: 'people', ppls: 'people', yr: 'year', yrs: 'years', abt: 'about',
  wat: 'what', wut: 'what', wats: 'whats', wuts: 'whats', wen: 'when', irl: 'in person', natsec: 'national security', wich: 'which', whos: 'who is', wht: 'what', waht: 'what', whta: 'what', teh: 'the', lvl: 'level', lvls: 'levels', prog: 'program', progs: 'programs', subunits: 'subordinate units', subunit: 'subordinate unit',
  discus: 'discuss', secdef: 'defense secretary', mil: 'military', jz: 'jin zhong', affil: 'affiliation', assoc: 'associate', smth: 'something', sth: 'something',
  govt: 'government', gov: 'government', nxt: 'next', nex: 'next', bc: 'because', cuz: 'because', coz: 'because',
  thru: 'through', tho: 'though', uni: 'university', approx: 'approximately', info: 'information',
  dept: 'department', depts: 'departments', mtg: 'meeting', mtgs: 'meetings', conf: 'conference', def: 'defense', intel: 'intelligence',
  dep: 'deputy', deleg: 'delegation', delegs: 'delegates', nsc: 'national security council', mofa: 'ministry of foreign affairs', mfa: 'ministry of foreign affairs', amt: 'amount', tot: 'total', alloc: 'allocation', allocs: 'allocations', breakthru: 'breakthrough', breakthrus: 'breakthroughs',
  goin: 'going', doin: 'doing', talkin: 'talking', meetin: 'meeting', sayin: 'saying', gonna: 'going to',
  til: 'until', schooler: 'student', monterrey: 'monterey', tdy: 'trip', conus: 'usa', osd: 'pentagon', fms: 'arms sales', wher: 'where', n: 'and', og: 'original', eli5: 'explain', eval: 'evaluation', evals: 'evaluations', whre: 'where', tru: 'true',
  // English words, but so rare that in a question about this article they are slips.
  leed: 'lead', acton: 'action', minster: 'minister', positon: 'position', projet: 'project', projets: 'projects', frist: 'first', thrid: 'third', pont: 'point',
  // Pinyin, as diaspora readers type the Chinese terms (see CHINESE_TERMS).
  guofangbu: 'ministry of national defense', meiguo: 'usa', minguo: 'roc', mingguo: 'roc', taibi: 'ntd', meijin: 'usd', meiyuan: 'usd', huafu: 'washington', zhonggong: 'ccp',
  w: 'with', greenbacks: 'usd', ops: 'operations', gimme: 'give me', wks: 'weeks', tw: 'taiwan', twn: 'taiwan', capex: 'procurement', repped: 'represented', repping: 'representing', rn: 'now', pls: 'please', plz: 'please', tbh: '', imo: '', lol: '',
};

/** Any shorthand word: most questions hold none, and a search is cheaper than a look-up per word. */
const SHORTHAND_WORD = new RegExp(`\\b(?:${Object.keys(SHORTHAND).join('|')})\\b`, 'g');

/**
 * A bare 110-119 is an ROC year unless it is an amount or a count: "ntd 115 million", "115 people".
 * (Decimals are amounts too: "110.5".)
 */
const BARE_ROC_YEAR = /(?<!\b(?:ntd|usd)\s*)\b(11[0-9])\b(?!\.\d|\s*(?:%|(?:million|billion|thousand|percent|people|persons|delegates|members|officials|officers|days|weeks|months)\b))/g;

/** "ROC 115", "year 115", "115年" and a bare 110-119 are ROC years; they become Gregorian. */
function rocToGregorian(text: string): string {
  // The calendar stays named ("roc 2026"): a question in ROC years may be asking about the calendar itself.
  const gregorian = (roc: string) => `roc ${Number(roc) + ROC_OFFSET}`;
  return text
    .replace(/\b(?:roc|minguo)\s*(?:year\s*)?(\d{2,3})\b/g, (_, roc: string) => gregorian(roc))
    .replace(/\byear\s+(\d{3})\b/g, (_, roc: string) => `year ${gregorian(roc)}`)
    .replace(/\b(\d{3})\s*年/g, (_, roc: string) => gregorian(roc))
    .replace(BARE_ROC_YEAR, (_, roc: string) => gregorian(roc));
}

/**
 * Numbers as speech-to-text spells them: "twenty twenty six" is 2026, "thirty two" 32, "fifteen point four three
 * million" 15.43 million, and numbers said in groups of digits, "four seventy one" 471 and "roc one fifteen" ROC 115.
 */
const SPOKEN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SPOKEN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const SPOKEN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT = `(?:${SPOKEN_UNITS.join('|')})`;
const NONZERO = `(?:${SPOKEN_UNITS.slice(1).join('|')})`;
const TENS = `(?:${SPOKEN_TENS.join('|')})(?:[- ]${NONZERO})?`;
const TEEN = `(?:${SPOKEN_TEENS.join('|')})`;
/** One group of digits: "four hundred and seventy one", "seventy one", "fifteen", "four". */
const SPOKEN_GROUP = `${NONZERO} hundred(?: and)?(?: ${TENS}| ${TEEN}| ${NONZERO})?|${TENS}|${TEEN}|${UNIT}`;
const SPOKEN_GROUPS = new RegExp(SPOKEN_GROUP, 'g');
const SPOKEN_YEAR = new RegExp(`\\b(?:twenty|two thousand(?: and)?) (twenty|thirty)(?:[- ](${NONZERO}))?\\b`, 'g');
const SPOKEN_NUMBER = new RegExp(`\\b(?:${SPOKEN_GROUP})(?:[ -](?:${SPOKEN_GROUP}))*(?: point(?: ${UNIT})+)?\\b`, 'g');
const SPOKEN_WORD = new RegExp(`\\b(?:${[...SPOKEN_UNITS, ...SPOKEN_TEENS, ...SPOKEN_TENS].join('|')})\\b`);

/** A group's value: "seventy one" is 71, "four hundred and fifteen" 415. */
function spokenGroupValue(group: string): number {
  const [first = '', ...rest] = group.split(/[- ]/).filter((word) => word !== 'and');
  if (rest[0] === 'hundred') return SPOKEN_UNITS.indexOf(first) * 100 + (rest.length > 1 ? spokenGroupValue(rest.slice(1).join(' ')) : 0);
  if (SPOKEN_TEENS.includes(first)) return SPOKEN_TEENS.indexOf(first) + 10;
  if (SPOKEN_TENS.includes(first)) return (SPOKEN_TENS.indexOf(first) + 2) * 10 + (rest[0] ? SPOKEN_UNITS.indexOf(rest[0]) : 0);
  return SPOKEN_UNITS.indexOf(first);
}

function spokenNumber(match: string): string {
  const [whole = '', decimals] = match.split(' point ');
  const groups = whole.match(SPOKEN_GROUPS) ?? [];
  const isUnit = (group: string | undefined) => group !== undefined && SPOKEN_UNITS.includes(group);
  const isTwoDigits = (group: string | undefined) => group !== undefined && !isUnit(group) && !group.includes('hundred');
  const out: string[] = [];
  for (let i = 0; i < groups.length; i += 1) {
    const group = groups[i]!;
    if (isUnit(group) && isTwoDigits(groups[i + 1])) {
      // "one fifteen", "four seventy one": hundreds, then the rest.
      out.push(`${spokenGroupValue(group)}${spokenGroupValue(groups[i + 1]!)}`);
      i += 1;
    } else if (isUnit(group)) {
      // "one one five" is said digit by digit. A lone "one", "two" or "four" stays a word: it is as often "won",
      // "to" or "for" ("from one fifteen two one seventeen").
      let end = i;
      while (isUnit(groups[end + 1]) && !isTwoDigits(groups[end + 2])) end += 1;
      out.push(end - i >= 2 ? groups.slice(i, end + 1).map(spokenGroupValue).join('') : group);
      i = end - i >= 2 ? end : i;
    } else out.push(String(spokenGroupValue(group)));
  }
  if (decimals !== undefined) {
    const last = out.pop() ?? '';
    const units = /^\d/.test(last) ? last : String(spokenGroupValue(last));
    out.push(`${units}.${decimals.split(' ').map(spokenGroupValue).join('')}`);
  }
  return out.join(' ');
}

function spokenNumbers(text: string): string {
  if (!SPOKEN_WORD.test(text)) return text;
  const year = (_: string, tens: string, unit?: string) => String(2000 + (SPOKEN_TENS.indexOf(tens) + 2) * 10 + (unit ? SPOKEN_UNITS.indexOf(unit) : 0));
  // Between two numbers, "two" or "too" is the "to" of a range: "one fifteen two one seventeen".
  return text.replace(SPOKEN_YEAR, year).replace(SPOKEN_NUMBER, spokenNumber).replace(/(\d) (?:two|too) (?=\d)/g, '$1 to ');
}

/** Applies each rewrite in order, skipping those the text cannot match; a change may let a later one match. */
function rewrite(text: string, { entries, mayMatch }: Rewrites): string {
  let out = text;
  let mayMatchOut = mayMatch(out);
  entries.forEach(([pattern, replacement], index) => {
    if (!mayMatchOut(index)) return;
    const rewritten = out.replace(pattern, replacement);
    if (rewritten === out) return;
    out = rewritten;
    mayMatchOut = mayMatch(out);
  });
  return out;
}

/**
 * Lower-cases and rewrites spellings, currencies and calendars; keeps words and numbers apart. `correctWord`
 * reads each word once the spellings and shorthand are done (a question's typos; a fact's text has none).
 */
export function normalizeText(text: string, correctWord: (word: string) => string = (word) => word): string {
  // Capitals tell the country from the pronoun: "US", "U.S.", "USA".
  // "@kai reckons it's 23": a handle names a member of the chat, not anything the article is about.
  let out = text.normalize('NFKC').replace(/(?<![\w@])@[\w.]+/g, ' ').replace(/\bUSA?\b/g, 'usa').toLowerCase();
  // "# of ppl" is a number of people ("#general" is a channel).
  out = out.replace(/(?<!\S)#\s*of\b/g, 'number of');
  if (IN_ENGLISH.test(out) && CHINESE_SCRIPT.test(out)) {
    out = out.replace(CHINESE_AMOUNT, chineseAmount);
    for (const [pattern, replacement] of CHINESE_TERMS) out = out.replace(pattern, replacement);
    // "國防部's budget": the possessive stays on the term.
    out = out.replace(/ +'s\b/g, "'s");
  }
  out = rewrite(out, SPELLING_REWRITES);
  out = spokenNumbers(out);
  // Shorthand after the spellings ("u.s.", "15 mil" first), before the idioms, so that they read "talkin abt".
  out = out.replace(/\bdep(?:uty)?\.? min\.?(?=\s|$)/g, 'deputy minister');
  out = out.replace(SHORTHAND_WORD, (word) => SHORTHAND[word]!);
  // "Min" is the Minister ("Dep Min or Min"), unless it follows a number ("15 min").
  out = out.replace(/(?<!\d\s?)\bmin\b/g, 'minister');
  // A quiz host numbers the questions ("Q1:", "round 2 q3 -", "question 4)"): the numbers are no subject.
  out = out.replace(/\b(?:round|rd) \d+,? (?=(?:q|question) ?\d)|\bq ?\d+\b(?: for tonight)?|\bquestion \d+\b(?: for tonight)?(?=\s*[:.)-])/g, ' ');
  // "hwo" is "how" or "who" swapped: before "long", "many" or "much" it can only be "how".
  out = out.replace(/\bhwo (?=long|many|much|often|big)\b/g, 'how ');
  // "were does it come from": "were" before a verb that asks can only be "where".
  out = out.replace(/^were (?=(?:does|do|did|is|are|will|would|can)\b)/, 'where ');
  // Typos are corrected before the idioms are read, so that "think tnak" is a think tank.
  out = out.replace(/[a-z]+/g, correctWord);
  out = rewrite(out, IDIOM_REWRITES);
  // "forth" for "fourth" is a common slip; "back and forth" is not one.
  out = out.replace(/(?<!\bback and )\bforth\b/g, 'fourth');
  // The article's one span of years starts in 2026: its "first year" or "year 1".
  out = out.replace(/\b(?:first|1|opening|initial|starting) year\b|\byear (?:1|one)\b/g, 'first year 2026');
  // ... its middle year 2027, when an amount is asked (for which the article has none), and its final one, when it
  // ends ("last year" alone is the year before the article's).
  if (/\b(?:how much|money|budget|funding|cash|amounts?|allocat\w*|spen[dt]\w*|costs?)\b/.test(out)) out = out.replace(/\b(?:middle|second) year\b|\byear two\b/g, 'year 2027');
  out = out.replace(/\b(?:final|closing) year\b|\blast year(?= of\b)/g, 'end year');
  out = out.replace(ORDINAL_WORD, (ordinal) => String(ORDINALS.indexOf(ordinal) + 2));
  out = rocToGregorian(out);
  // "budget year 115" states a year in the ROC calendar, as "year 115" does: the budget is no subject of it; nor is it
  // of "the 115 budget = which year?".
  out = out.replace(/\b(?:budget|fiscal) (?=year roc \d{4}\b)|(?<=\broc \d{4}) budget\b(?=[^?]*\b(?:which|what) year\b)/g, '');
  // The article's "next year" is 2026: it was written in 2025.
  out = out.replace(/\bnext year\b/g, `next year ${ARTICLE_NEXT_YEAR}`);
  // What the rewrites dropped leaves runs of spaces; patterns that follow count words one space apart.
  // An aside dropped whole leaves its commas: "what, in his estimation, does" reads "what does".
  return out.replace(/,(?:\s*,)+/g, ' ').replace(/ {2,}/g, ' ');
}

/** A light stemmer: enough to make "talks"/"talk", "dialogues"/"dialogue", "sending"/"send" meet. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("'s")) word = word.slice(0, -2);
  // A silent final "e" goes too, so that "compare", "compared" and "comparing" meet at "compar".
  return dropSilentE(stripSuffix(word));
}

function stripSuffix(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

function dropSilentE(word: string): string {
  return word.length > 4 && word.endsWith('e') && !word.endsWith('ee') ? word.slice(0, -1) : word;
}

/** Words of a normalised text: letters, digits, decimals ("15.43"); possessive 's and apostrophes dropped ("taipei's" is "taipei"). */
export function words(normalized: string): string[] {
  const unquoted = normalized.includes("'") ? normalized.replace(/'s\b/g, '').replace(/'/g, '') : normalized;
  return unquoted.match(/[a-z]+|\d+(?:\.\d+)?/g) ?? [];
}
