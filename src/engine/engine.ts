/**
 * The answer engine: a question in, ranked facts out, each with its score and citations, and whether the
 * article answers the question at all. Pure: no I/O, no Discord.
 *
 * How a question is scored against a fact:
 * 1. Both are normalised (spellings, currencies, calendars, long names), stemmed and mapped to concepts
 *    through the synonym groups, so "headcount" meets "people" and "ROC 117" meets "2028".
 * 2. A word the fact base has never seen is corrected against its vocabulary (fuse.js, swapped letters)
 *    unless it is an English word; one that stays unknown is a subject the article may not cover, and
 *    lowers every fact's coverage.
 * 3. Coverage: the share of the question's information (idf-weighted concepts) the fact holds, weighted
 *    by where it holds it (subject and aliases count more than a quote).
 * 4. Intent: a question that asks for a count, duration, amount, person, place, date or (in so many words) topic is answered only by
 *    a fact that holds that kind of value and the question's most specific concept; a year named in a
 *    question about amounts or dates prefers facts about that year.
 * 5. Refusal: nothing answers a kind of question the article never answers (officials' names, exact dates,
 *    outcomes..., an amount for a year it gives only inside a span), nor when the best score is below the
 *    threshold, the question names something (a capitalised word, a country) the article never mentions ("Japan"), or only
 *    years the article says nothing about.
 */
import Fuse from 'fuse.js';
import { distance } from 'fastest-levenshtein';
import type { KnowledgeBase } from '../knowledge/load.ts';
import { INTENTS, type Citation, type Fact, type Intent } from '../knowledge/schema.ts';
import { detectIntents, factIntents, STRICT_INTENTS, unanswerableKind } from './intent.ts';
import { abbreviateNames, conceptOf, conceptsOfNormalized, headConcept, isCountryWord, isEnglishWord, isFiller, isKnownSynonym, isNameConcept, isStopword, lexiconWords } from './lexicon.ts';
import { normalizeText, stem, words } from './normalize.ts';

export interface ScoredFact {
  fact: Fact;
  /** 0..1: how well the fact answers the question. */
  score: number;
  citations: readonly Citation[];
}

export type RefusalReason = 'no-match' | 'unknown-terms' | 'unknown-year' | 'unanswerable-kind' | 'empty';

export interface AnswerResult {
  question: string;
  answered: boolean;
  /** Best first; empty when `answered` is false. */
  answers: ScoredFact[];
  /** Up to three closest facts: when unanswered, the nearest the article comes; otherwise, what else fits. */
  related: ScoredFact[];
  /** Why nothing answered, when nothing did. */
  refusal?: RefusalReason;
  /** Content words the article never uses (after typo correction): what the question asked about instead. */
  unknownTerms: string[];
  /** Those of them that name something (capitalised mid-sentence, or a country): what the article never mentions ("Japan"). */
  unknownNames: string[];
  /** For an `unanswerable-kind` refusal: what the article never gives ("exact dates", "officials' names"). */
  lacks?: string;
}

export interface Suggestion {
  factId: string;
  /** A short question-like label (the fact's subject): asking it finds that fact. */
  label: string;
}

export interface EngineOptions {
  /** Minimum score for an answer. */
  threshold?: number;
  /** How many answers at most, and how close to the best a second one must be to count. */
  maxAnswers?: number;
  answerMargin?: number;
  /** How much an unknown content word weighs against coverage, relative to the rarest known concept. */
  unknownTermWeight?: number;
}

export interface Engine {
  readonly kb: KnowledgeBase;
  ask(question: string): AnswerResult;
  /** Every fact that shares a concept with the text, best first, without deciding whether it answers. */
  rank(text: string): ScoredFact[];
  suggest(partial: string, limit?: number): Suggestion[];
}

/** How much a word counts by where the fact holds it. */
const FIELD_WEIGHTS = { subject: 1, aliases: 1, keywords: 0.85, answer: 0.7, quotes: 0.45 } as const;
type Field = keyof typeof FIELD_WEIGHTS;

const DEFAULTS: Required<EngineOptions> = { threshold: 0.25, maxAnswers: 3, answerMargin: 0.9, unknownTermWeight: 1 };
const RELATED_COUNT = 3;
/** A fuzzy correction must be at least this close (fuse.js score: 0 exact, 1 anything). */
const TYPO_MAX_SCORE = 0.34;
const SHORT_TYPO_MAX_SCORE = 0.25;
const MIN_TYPO_LENGTH = 4;
/** How many words' spellings are remembered before the memory starts again (a bound on a long-running bot). */
const MAX_REMEMBERED_WORDS = 10_000;
/** Coverage at which a fact may answer without the question's most specific concept. */
const FOCUS_WAIVER_COVERAGE = 0.45;
/** Concepts that say what kind of answer is wanted, whatever words carried them. */
const INTENT_OF_CONCEPT: Readonly<Record<string, Intent>> = { focus: 'topic', highest: 'rank', level: 'rank', why: 'reason', trend: 'reason' };
const STRICT_MATCH = 1.2;
const STRICT_MISMATCH = 0.5;
const SOFT_MATCH = 1.1;
const YEAR_MATCH = 1.15;
const YEAR_MISMATCH = 0.7;
/** A number the question states that is one of the fact's values. */
const VALUE_MATCH = 1.2;
/** The same number, when the question asks which fact it belongs to ("15.43 million - the trip or the JFD?"). */
const DECIDING_VALUE_MATCH = 1.5;
/** A full match (full coverage, intent and year bonuses): scores are shown as 0..1, capped there. */
const MAX_RAW_SCORE = STRICT_MATCH * YEAR_MATCH;
const YEAR_PATTERN = /^(?:19|20)\d\d$/;
const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'when', 'where', 'who', 'whom', 'whose', 'why', 'how']);
/** Autocomplete looks at this much of what is typed: fact subjects are at most 80 characters. */
const MAX_SUGGEST_INPUT = 100;
/** Phrases that set a part of the question aside, whatever follows them ("besides the leader, ..."). */
const SET_ASIDE = "never mind|not counting|excluding|apart from|aside from|besides|except(?: for)?|forget(?: about)?|ignoring|leaving aside|setting aside|putting aside|(?:i )?(?:don't|dont|do not) (?:mean|care(?: about)?|need|want)|(?:i'm |im |i am )?not asking(?: about)?|i (?:don't|dont|do not) ask(?: about)?";
/**
 * Up to the next punctuation, spaced dash, "i mean", "but" or "or is it": the extent of a part set aside. (Speech-to-text
 * leaves no commas: "not the total i mean just the 2026 money"; "not who attends but what it's about" asks the second;
 * "is it replacing an old one or is it a fourth" asks the second choice too.)
 */
const CLAUSE = '(?:(?! - | i mean\\b| but\\b| or (?:is|are|does|do|will) (?:it|they)\\b)[^,.;:?!()])*';
/** Where what the asker reports begins, ending a part set aside without a comma ("besides the JFD he mentions ..."). */
const REPORTED = ' (?:he|she|jin zhong|jin|the article|the piece|the budget|it) (?:also )?(?:mentions|says|talks|lists|notes|refers|names|describes|brings up)\\b';
/**
 * What a question rules out: ", not the whole thing", "(not the conference)", "vs who they meet", "besides the
 * leader, ...", "i don't mean who they meet, ...", a trailing ", not counting the new one", "not monterey, ...",
 * "not for how long".
 * ("did the government not just say it?" rules nothing out.)
 */
const NEGATED_PART = new RegExp(
  [
    `(?:,\\s*|\\(\\s*|(?<!\\bwhy )\\b)(?:but not|not|rather than|instead of|other than|vs|versus)\\b(?=\\s+(?:the|a|an|how|what|who|when|where|which|for (?:how|what|who|when|where|which)|just(?! (?:say|said|tell|told|state|stated|announce|announced|disclose|disclosed|reveal|revealed|mention|mentioned)\\b)|his|her|its|this|that|jfd|dpsc)\\b)${CLAUSE}\\)?`,
    // "as opposed to" always names what is set aside, whatever follows it: "who attends the DST, as opposed to monterey".
    `(?:,\\s*|\\(\\s*|\\b)as opposed to\\b${CLAUSE}\\)?`,
    `\\b(?:${SET_ASIDE})\\b(?:(?! - |${REPORTED})[^,.;:?!()])*(?=,| - |${REPORTED})`,
    // (... or what the asker says, last, they already know: "..., i know who goes already".)
    `[,.;?]\\s*(?:${SET_ASIDE}|i (?:already )?(?:know|get) (?:who|what|where|when|which|why|how))\\b${CLAUSE}[.!?]*$`,
    `^not\\b${CLAUSE}(?=,)`,
    // "what is it focused on, separate from who's attending": a trailing part set apart.
    `,\\s*(?:separate|separately|distinct|independent(?:ly)?) from\\b${CLAUSE}`,
    // "beyond the conference and the JFD, what else ..." ("moved beyond interoperability - to what?" asks what is beyond).
    `^beyond\\b${CLAUSE}(?=,)`,
    // "leaving the new conference out", "keeping the JFD aside"
    '(?:^|,\\s*)(?:leaving|leave|keeping|keep|setting|putting) (?:[a-z0-9-]+ ){1,4}(?:out|aside)\\b(?=\\s*(?:,|-|$))',
    // "(not the JFD)", "(leave the new conference out of it)", "(excluding the seminars)"
    '\\(\\s*(?:not|leave|leaving|excluding|ignoring|ignore|forget|forgetting|minus)\\b[^()]*\\)',
    // "(I know the MND sends people, that is not my question.)"
    "\\([^()]*\\b(?:not (?:my question|what i'm asking|what i am asking|asking)|i (?:don't|dont|do not) mean)[^()]*\\)",
  ].join('|'),
  'g',
);

/** How much the context before the question proper counts ("I know the JFD is 3 yrs, but ..."). */
const CONTEXT_WEIGHT = 0.35;
/** Context that says what the asker already knows (or checks: "X is the diplomatic one, right? so ..."), and how much it counts then. */
const KNOWN_CONTEXT = /\b(?:i know|we know|i get (?:that|it|who|what|how|why|where|when|which)\b|got it|understood|i understand|i reali[sz]e|i'm aware|im aware|granted|fine|sure|ok so|okay so|apparently)\b|\bright\s*\?(?:\s*(?:so|then|and|ok)\b)?\s*$/;
/** Context that the question sets against with "but" ("he's at the institute, but which university?"). */
const GRANTED_CONTEXT = /\bbut\s*$/;
const KNOWN_CONTEXT_WEIGHT = 0.1;
/**
 * A message that opens on a thing, then asks about it after a dash: "the jfd - is that taiwan's money?" (a
 * statement is no such thing: "the jfd is 115 to 117 - what are those years").
 */
const FRONTED_TOPIC = /^\s*(?:(?!(?:is|are|was|were|has|have|had|says?|said)\b)[a-z][a-z'-]* ){1,5}-\s*$/;
/** A topic named before the question, after a comma: "for the defense security talks, ...", "as for the JFD, ...", "in the Monterey format, ...". */
const TOPIC_FIRST = /^\s*(?:(?:and|so|ok|okay) )?(?:for|as for|as to|regarding|re|with|in|at) (?:the |that |this )?(?:[a-z'-]+ ){0,5}[a-z'-]+,\s*$/;
/** A question that ends on what the message named before it: "does the MND send anyone to it?". */
const ENDS_ON_IT = /\b(?:to|at|in|into|attend|attends|join|joins) (?:it|them|that one|that thing)\s*[?!.]*$/;
/** Words that point back to what the message said before the question ("..., what's the actual number?" too). */
const ANAPHOR = /\b(?:that|this|those|these|it)(?: one| number| figure| amount| thing)?\b|\bthe (?:actual|exact|real|precise|correct|right|official) (?:number|figure|amount|count|total)\b/;
/**
 * A claim reported for checking ("user says ...", "someone posted that ...", "claim going around: ..."): the question
 * after it ("does the article confirm that number?") asks about the claim, so what the article lacks is read off both.
 */
const REPORTED_CLAIM = /^(?:a |one |some )?(?:user|users|someone|somebody|member|poster|people|claim|rumou?r)\b[^.?!]{0,30}?\b(?:says?|said|saying|claims?|claimed|claiming|posted|wrote|writes|going around|:)/;
/** The words that ask, as a regular-expression alternation ("whats", "whos" as typed without an apostrophe). */
const QUESTION_WORD = `(?:${[...QUESTION_WORDS, 'whats', 'whos'].join('|')})`;
/**
 * Where the question proper starts: after the last sentence end or "but" that a question word follows (or a negated
 * one, as a sceptic asks after a claim: "I saw a post saying ... isn't the point to attend the conference?").
 * (A dash that closes an aside continues the question: "which official - the minister or his deputy - will lead?".)
 */
const QUESTION_START = new RegExp(
  `(?:[?.!;:]\\s+(?:then\\s+)?|\\s+-\\s+(?<!^\\s*${QUESTION_WORD}\\b(?:(?! - )[^?.!])* - (?:(?! - )[^?.!])* - )|,?\\s*\\bbut\\s+|,?\\s*\\bso\\s+|,\\s*(?=${QUESTION_WORD}\\b)|,(?<=^(?:(?!\\b(?:if|${QUESTION_WORD})\\b)[^?])*,)\\s*(?=(?:does|do|did)\\b))(?=(?:${QUESTION_WORD}|is|are|does|do|did|will|can|(?:is|are|was|were|does|do|did)n'?t)\\b)` +
    // "the JFD goes until 2028 but the trip happens which year?": the question word may come last.
    `|,?\\s*\\bbut\\s+(?=[^,.;:?!]*\\b${QUESTION_WORD}\\b(?: [a-z]+)?\\s*\\?)` +
    // So may it after a comma, in the message's last clause: "i see two figures, the 15.43m is for what exactly".
    `|,\\s*(?=(?:[^,.;:?!]|\\.(?=\\d))*\\b(?:is|are|was|were) for ${QUESTION_WORD}\\b(?: [a-z]+)?\\s*[?!.]*$)`,
  'g',
);
/**
 * Kinds of thing guessed after a question, after a question mark, colon or dash: "? a program, a study, or a contract?".
 * ("- army, navy, air force?", "- the army, the navy?" name the very things asked for: they are no guesses at a kind.)
 */
const OFFERED_GUESSES = /(?:[?:]| -)\s+an? [a-z'-]+(?: [a-z'-]+){0,3}(?:,(?: or)? (?:(?:an?|the|some|just) )?[a-z'-]+(?: [a-z'-]+){0,3}){1,4}\s*\?\s*$/;
/** "among the three older dialogues, which ranks highest?": the scope of a superlative belongs to the question. */
const SCOPE_BEFORE_QUESTION = /(?:^|[,.;:!?]\s*|\bbut\s+)((?:among|of|out of|between|within|from|as for)\b[^,.;:?!]*,\s*)$/;
/** The words of a superlative: "which ranks highest", "the most senior". */
const SUPERLATIVE = /\b(?:highest|lowest|top|most|least|biggest|smallest|largest|greatest|best|first|last|senior-?most)\b/;
/**
 * What a question concedes or supposes ("even though it's about diplomacy", "given it's about diplomacy", "if it's about
 * diplomacy, ..."), or says of a year it names ("2026 or 2028 when the JFD ends"): context, not what is asked.
 */
const CONCEDED = new RegExp(`\\b(?:even (?:though|if)|although|despite|(?<!\\b(?:was|were|been|be|is|are|being) )granted(?: that)?|given(?: that)?(?= (?:it|its|it's|they|they're|theyre|that|the)\\b))\\b${CLAUSE}|^(?:so |and |but |ok )?if\\b${CLAUSE}(?=,)|(?<=\\b20\\d\\d,? )(?:when|once|as) ${CLAUSE}`, 'g');
/**
 * A yes-or-no question: "is X one of ...?", "does X ... like Y does?", "X is another name for Y, isn't it?", or one tagged
 * on: "who attends X, is it the same crowd as Y?". ("The one of China" is no "one of" the things compared.)
 */
const YES_NO_QUESTION = new RegExp(`^(?:(?!${QUESTION_WORD}\\b)[a-z]+ ){0,2}(?:is|are|was|were|does|do|did)\\b|\\b(?:is|are|was|were)n'?t (?:it|they|that)\\b|,? or (?:it|they) (?:is|are)\\b|,\\s*(?:is|are|was|were) (?:it|they|that|those|these)\\b`);
/** What a yes-or-no question compares its subject with, up to the next punctuation (or the option it offers instead: "or is that just a MOFA thing"). */
const COMPARED_WITH = new RegExp(`\\b(?:(?<!\\bthe )one of|part of|(?:the )?same (?:thing |year |time |crowd |people |folks |group |lineup )?as|(?:in )?the same (?:year|time)(?= (?:the|that|when)\\b)|a rebrand of|(?:another|a new) name for|different from|separate from|replac(?:e|es|ing)|instead of|in addition to|similar to|or (?:is|was) (?:that|it|this) (?:purely|just|only|all|mostly|entirely|strictly)(?= (?:[a-z-]+ ){1,5}(?:thing|affair|show|job|matter)\\b)|like the(?= (?:[a-z-]+ ){0,3}(?:one|ones|dialogue|dialogues|talks|meetings|seminars)\\b))\\b${CLAUSE}`, 'g');
/** "is that A or B?", "are those for A or B", "that number is for A or B", "this is money for A or B": a choice about what the question points back to. */
const FIGURE_CHOICE = /\b(?:is|are|was|were) (?:that|it|this|those|these)\b[^?]*\bor\b|\b(?:that|this|those|these)(?: number| figure| amount| one)? (?:is|are|was|were)(?: (?:the )?(?:money|budget|funding|cash))? (?:for|about|from)\b[^?]*\bor\b/;
/** ... or about a figure it states: "is the 32 people for the conference or the seminars?", "is 32 the number for ... or ...". */
const STATED_FIGURE_CHOICE = /\b(?:is|are|was|were) (?:the )?\d+(?:\.\d+)?(?: [a-z]+| the (?:number|figure|amount|count|total))? (?:for|about|from)\b[^?]*\bor\b/;
/** "..., right?", "... correct?": a guess the asker wants checked; so is "(the figure) - is that the travel budget?". */
const CHECKED_GUESS = /\b(?:right|correct|true|yeah|yes)\s*[?!.]*$|^(?:is|was) (?:that|this|it) (?:the|for the|just the|only the)\b/;
/** Text with a question word anywhere ("not asking what level it is"). */
const ASKS_ANYWHERE = new RegExp(`\\b${QUESTION_WORD}\\b`);
/** Text that asks something: a question word at the start of a clause, or a yes-or-no question that follows up ("right? then is MND there"). */
const ASKS = new RegExp(`(?:^|[.!;:,]\\s*|\\b(?:but|so|and)\\s+)\\s*${QUESTION_WORD}\\b|^\\s*then\\s+(?:is|are|was|were|does|do|did|will|can)\\b`);

/** A tail that names what the question it follows means: "like his name", "i mean in usd" (no second question: "like which city?"). */
const ELABORATES = new RegExp(`^\\s*(?:like|i mean|as in|meaning)\\b(?!.*\\b${QUESTION_WORD}\\b)`);

function splitContext(text: string): { asked: string; context: string } {
  // A question mark ends the question proper: a statement after it ("He says it's a waste...") is context too;
  // a question after it ("right? where does he teach") is the question.
  const questionEnd = text.lastIndexOf('?');
  const tail = text.slice(questionEnd + 1);
  // So is one that says what the question means ("which deputy? like his name").
  const end = questionEnd > 0 && !ASKS.test(tail) && !ELABORATES.test(tail) ? questionEnd + 1 : text.length;
  const starts = [...text.slice(0, end).matchAll(QUESTION_START)].map((match) => match.index! + match[0].length).filter((start) => start < end - 1);
  const lastStart = starts.at(-1) ?? 0;
  const scope = SUPERLATIVE.test(text.slice(lastStart, end)) ? text.slice(0, lastStart).match(SCOPE_BEFORE_QUESTION)?.[1] : undefined;
  const start = lastStart - (scope?.length ?? 0);
  return { asked: text.slice(start, end), context: text.slice(0, start) + ' ' + text.slice(end) };
}

/** What discloses, or does not: "the budget", "the published budget document", "the paperwork", "the defense ministry". */
const RECORD = "(?:the |this )?(?:(?:defense )?(?:ministry|mnd|government|taiwan)'s )?(?:published |public |official |publicly disclosed )?(?:defense |military )?(?:spending |funding |money )?(?:budget|ministry|mnd|government|paperwork|document|appropriations?|papers)(?: documents?| docs?| paperwork| papers| itself)?";
/**
 * A yes-or-no question about what the budget discloses ("does the article say who leads?" asks who leads; "did the ministry
 * publish anything else about the trip?"), or one tagged on ("..., doesn't the budget say?").
 * ("does the budget say more" reads "does the budget details": see the chat idioms.)
 */
const DISCLOSURE_QUESTION = new RegExp(`(?:^[\\s,;:-]*(?:(?:to what extent|how much|how far|how clearly) )?(?:(?!${QUESTION_WORD}\\b)[a-z]+ ){0,3}(?:does|did|do|is|was)|[,;]\\s*(?:does|did|doesn't|doesnt|didn't|didnt)) ${RECORD} (?:not |never )?(?:actually |even |really |ever |itself |just )?(?:say|says|details|disclose|explain|describe|reveal|mention|specify|detail|tell|clarify|clarifies|set out|sets out|lay out|lays out|spill|spills|state|states|break (?:it |this |that )?down|itemi[sz]e|(?:publish|publishes|release|releases|put out|puts out)(?= (?:anything|any|more|much|details|specifics)\\b))\\b` +
  // "does it disclose what the JFD involves?": disclosing is what a record does, whatever "it" points back to.
  `|^(?:[a-z]+ ){0,2}(?:does|did|do) (?:it|they) (?:not |never )?(?:actually |even |really |ever )?(?:disclose|itemi[sz]e)\\b` +
  // ... and chat drops the "does": "budget say what the jfd actually does?".
  `|^[\\s,;:-]*(?:(?:so|and|but|ok|okay) )?${RECORD} (?:actually |even |really |ever )?(?:say|mention|disclose|reveal|specify|explain) (?=(?:what|who|whom|where|why|which|whether|if|anything|more)\\b|how\\b(?! (?:much|many|long)\\b))`);

/** The same, said and checked: "so the published budget just doesn't say who leads?". */
const DISCLOSURE_DENIED = new RegExp(`^[\\s,;:-]*(?:(?:so|and|but|wait|ok|okay|hmm) )?${RECORD} (?:just |really |even |actually |still )?(?:doesn't|doesnt|does not|didn't|didnt|did not|never) (?:actually |even |really |ever )?(?:say|disclose|reveal|mention|specify|detail|tell|state|name)\\b`);

/** "what does the budget leave out", "what's missing from the budget", "why does he have to guess", "why doesn't it just say". */
const LEFT_OUT = /\bwhy (?:does|did|do|would) (?:he|jin zhong|jin|the analyst|the article) (?:have|need) to (?:guess|speculate|assume|infer)\b|\bwhy (?:doesn't|doesnt|does not|didn't|didnt|did not|can't|cant|won't|wont) (?:the )?(?:article|budget|ministry|mnd|document|it|they) (?:just |actually |even |simply )?(?:say|tell|reveal|disclose|mention|state|name|specify)\b|\bwhat (?:do|does) we (?:still )?not know\b|\bwhat (?:don't|dont) we (?:still )?know\b|\bwhat(?:'s| is) (?:still )?unknown\b|\b(?:leaves?|left|leaving) out\b|\bomit(?:s|ted)?\b|\bwhat(?:'s| is) (?:missing|not (?:said|disclosed|stated))\b|\bwhat (?:isn't|isnt) (?:said|disclosed|stated|known)\b|\bwhat (?:does|did) (?:the )?(?:budget|article|ministry|mnd) not (?:tell|say|reveal|disclose|mention)\b|\bwhat (?:else|more) (?:does|did) (?:the )?(?:budget|paperwork|document)(?: document| doc| paperwork)? (?:say|tell|reveal|disclose|mention)\b|\b(?:do|does|did) (?:we|anyone|the article) (?:actually |even )?know (?:(?:anything|much|any) (?:else|more)|(?:any |more )?details) about what\b/;
/** ... and "what more does the ministry's published budget actually say": the rest of it, which it withholds. */
const SAYS_MORE = new RegExp(`\\bwhat (?:else|more) (?:does|did) ${RECORD} (?:actually |really |even )?(?:say|tell|reveal|disclose|mention)\\b`);
/**
 * A choice between the record and a guess: "is it in the paperwork or is the prof just guessing", "official vs speculation",
 * "anything official beyond what he guesses";
 * or why something is only a guess: "why is who leads just the prof's guess?".
 */
const OFFICIAL_OR_GUESSED = /\bwhy (?:is|are|was|were|does|do)\b[^?.!]*\b(?:just|only|merely|purely)\b[^?.!]*\b(?:guess\w*|speculat\w*|judge?ments?|assumptions?|opinions?|inferences?)\b|\b(?:official|officially|confirmed|budget|paperwork|disclose|document|doc)\b.*\b(?:or|vs|versus|beyond|besides|apart from|other than)\b.*\b(?:guess\w*|speculat\w*|making (?:it|this|that) up|made up)\b|\b(?:guess\w*|speculat\w*)\b.*\b(?:or|vs|versus)\b.*\b(?:official|officially|confirmed|paperwork|budget)\b/;
const UNDISCLOSED = conceptOf(stem('undisclosed'));
const TOTAL = conceptOf(stem('total'));
const BUDGET = conceptOf(stem('budget'));
const NEXT = conceptOf(stem('next'));
const WHY = conceptOf(stem('why'));

/** "two weeks", "three years": a count of something, in words. */
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const NUMBER_WORD_WITH_UNIT = new RegExp(`\\b(?:${NUMBER_WORDS.join('|')}) (?=(?:weeks?|years?|months?|days?|people)\\b)`, 'g');

/**
 * The numbers a text states, as ranges: "152.50" is itself, "30-odd" and "30-something" are 30 to 39, "15ish"
 * is 15 give or take a tenth. Years are no such numbers.
 */
function statedNumberRanges(text: string): Array<[number, number]> {
  const withDigits = text.replace(NUMBER_WORD_WITH_UNIT, (word: string) => `${NUMBER_WORDS.indexOf(word.trim()) + 2} `);
  return [...withDigits.matchAll(/\b(\d+(?:\.\d+)?)(?:[- ]?(odd|something|ish))?\b/g)].flatMap(([, figure, vague]): Array<[number, number]> => {
    const number = Number(figure);
    if (number <= 1 || YEAR_PATTERN.test(figure!)) return [];
    // Give or take one, as a figure may be rounded ("471 million"); a small one (2 weeks, 3 years) a tenth of itself.
    // One written to its decimals is rounded at the last of them: "15.43" is not "15.45", "15.4" may be either.
    const decimals = figure!.split('.')[1]?.length ?? 0;
    const slack = Math.min(1, number * 0.1, decimals > 0 ? 1.01 * 10 ** -decimals : 1);
    if (vague && number % 10 === 0 && vague !== 'ish') return [[number - slack, number + 9 + slack]];
    return vague ? [[number * 0.9 - slack, number * 1.1 + slack]] : [[number - slack, number + slack]];
  });
}

/** The figures of a text's amounts of money: "471" in "471 million". */
function amountsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\b(\d+(?:\.\d+)?) (?:million|billion)\b/g)].map((match) => match[1]!));
}

/** Intents as bits, so that matching a question's kinds against a fact's is one AND. */
function maskOf(intents: Iterable<Intent>): number {
  let mask = 0;
  for (const intent of intents) mask |= 1 << INTENTS.indexOf(intent);
  return mask;
}
const COUNT_BIT = maskOf(['count']);

interface Ranking {
  /** Positions (in the fact base) of the facts sharing a concept with the question, in no order. */
  candidates: number[];
  /** By position: each fact's score, 0..1. */
  scores: Float64Array;
  /** By position: 1 where the fact can give the kind of value asked for and holds the question's focus. */
  eligible: Uint8Array;
  /** What the article lacks that the question asks for (see unanswerableKind, unstatedYearAmount), or null. */
  lacks: string | null;
  unknownTerms: string[];
  /** See AnswerResult.unknownNames. */
  unknownNames: string[];
  askedYears: Set<number>;
}

interface IndexedFact {
  fact: Fact;
  /** The question kinds it answers, as bits (see maskOf). */
  intentMask: number;
  /** concept -> best field weight. */
  weights: Map<string, number>;
  /** Gregorian years its values are about. */
  years: Set<number>;
  /** What its counts count ("people", "dialogue"), for "how many X". */
  countedConcepts: Set<string>;
  /** Its counts, durations and amounts (in millions) as numbers. */
  amounts: number[];
}

/**
 * What a "how many X" question counts: the first of the next few words that the fact base counts ("how
 * many new exchange programs": programs; "how many people go": people); a word the fact base does not know
 * ("how many f-16s"), which nothing counts; or null when only known words follow ("how many are going"),
 * where any count will do.
 */
function countedConcept(normalizedQuestion: string, countable: ReadonlySet<string>, isKnown: (word: string) => boolean): string | null {
  const after = /\bhow many ((?:[a-z0-9]+ ?){1,4})/.exec(normalizedQuestion)?.[1]?.split(' ').filter(Boolean) ?? [];
  for (const word of after) {
    if (isStopword(word)) continue;
    const concept = conceptOf(stem(word));
    if (countable.has(concept) || !isKnown(word)) return concept;
  }
  return null;
}

/** Where each key sits on a QWERTY keyboard: its row, and its place along the rows (which are staggered). */
const KEY_PLACES = new Map(
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].flatMap((row, rowIndex) => [...row].map((key, column) => [key, [rowIndex, column + rowIndex * 0.5]] as const)),
);
/** How many of a typo's letters are a neighbouring key of the word's letter in the same place (words of one length). */
function keySlips(word: string, typo: string): number {
  if (word.length !== typo.length) return 0;
  let slips = 0;
  for (let i = 0; i < word.length; i += 1) {
    const meant = KEY_PLACES.get(word[i]!);
    const typed = KEY_PLACES.get(typo[i]!);
    if (meant && typed && word[i] !== typo[i] && Math.abs(meant[0] - typed[0]) <= 1 && Math.abs(meant[1] - typed[1]) <= 1) slips += 1;
  }
  return slips;
}

/** Whether a fact states a span of years (a length in years, with its first and last years). */
function spansYears(fact: Fact): boolean {
  return fact.values.some((value) => value.kind === 'duration' && value.unit === 'year');
}

/** `normalize` is normalizeText, remembered while the engine is built: the same text is indexed and read for vocabulary. */
function indexFact(fact: Fact, normalize: (text: string) => string): IndexedFact {
  const fields: Record<Field, string[]> = {
    subject: [fact.subject],
    aliases: fact.aliases,
    keywords: fact.keywords,
    answer: [fact.answer],
    quotes: fact.citations.map((citation) => citation.quote),
  };
  const weights = new Map<string, number>();
  for (const field of Object.keys(fields) as Field[]) {
    for (const concept of fields[field].flatMap((text) => conceptsOfNormalized(normalize(text)))) {
      weights.set(concept, Math.max(weights.get(concept) ?? 0, FIELD_WEIGHTS[field]));
    }
  }
  const years = new Set<number>();
  for (const value of fact.values) {
    if (value.kind === 'year') years.add(value.gregorian);
    if (value.kind === 'money') value.years.forEach((year) => years.add(year));
  }
  // A span of years ("three years, from 2026 to 2028") is about the years between too: "does it end in 2027?".
  if (spansYears(fact) && years.size > 1) {
    for (let year = Math.min(...years) + 1; year < Math.max(...years); year += 1) years.add(year);
  }
  const countedConcepts = new Set(
    fact.values.flatMap((value) => (value.kind === 'count' ? headConcept(value.unit) : []))
      .concat(fact.answers.includes('count') ? headConcept(fact.subject) : []),
  );
  const amounts = fact.values.flatMap((value) => (value.kind === 'money' ? [value.millions] : value.kind === 'count' || value.kind === 'duration' ? [value.amount] : []));
  return { fact, intentMask: maskOf(factIntents(fact)), weights, years, countedConcepts, amounts };
}

export function createEngine(kb: KnowledgeBase, options: EngineOptions = {}): Engine {
  const settings = { ...DEFAULTS, ...options };
  // Each text is normalised once while building: a fact's fields are both indexed and read for vocabulary.
  const normalizedWhileBuilding = new Map<string, string>();
  const normalizeOnce = (text: string) => {
    let normalized = normalizedWhileBuilding.get(text);
    if (normalized === undefined) normalizedWhileBuilding.set(text, (normalized = normalizeText(text)));
    return normalized;
  };
  const indexed = kb.facts.map((fact) => indexFact(fact, normalizeOnce));
  const indexedById = new Map(indexed.map((entry) => [entry.fact.id, entry]));
  /** The years the facts' values are about (2024-2028): a year the article dates something in. */
  const valueYears = new Set(indexed.flatMap((entry) => [...entry.years]));
  const countable = new Set(indexed.flatMap((entry) => [...entry.countedConcepts]));

  // Inverse document frequency over facts: a concept every fact shares says little.
  const documentFrequency = new Map<string, number>();
  for (const entry of indexed) {
    for (const concept of entry.weights.keys()) documentFrequency.set(concept, (documentFrequency.get(concept) ?? 0) + 1);
  }
  const factCount = Math.max(indexed.length, 1);
  const idf = (concept: string) => Math.log(1 + factCount / (documentFrequency.get(concept) ?? 0.5));

  // Postings: concept -> the facts holding it and with what weight, so a question touches only the facts it
  // shares a concept with, and adds up its matches without looking at any fact twice.
  const postings = new Map<string, Array<{ position: number; weight: number }>>();
  indexed.forEach((entry, position) => {
    for (const [concept, weight] of entry.weights) {
      const list = postings.get(concept) ?? [];
      list.push({ position, weight });
      postings.set(concept, list);
    }
  });
  // Every word the article and the facts use, for telling a typo or a known word from an unknown one.
  // Typos may land on any word the engine understands: the base's, the synonyms', the stopwords'. They
  // are matched as typed (unstemmed): "exsting" is near "existing", not near its stem "exist".
  const vocabulary = new Set<string>();
  const correctable = new Set<string>(lexiconWords());
  const sources = [...kb.article.paragraphs, ...indexed.flatMap(({ fact }) => [fact.subject, fact.answer, ...fact.aliases, ...fact.keywords])];
  for (const text of sources) {
    for (const word of words(normalizeOnce(text))) {
      vocabulary.add(stem(word));
      if (!/\d/.test(word)) correctable.add(word);
    }
  }
  normalizedWhileBuilding.clear(); // questions are not remembered
  /** A word the engine understands: the article's and the facts' words, and the synonyms'. */
  const isKnownWord = (word: string) => vocabulary.has(stem(word)) || isKnownSynonym(stem(word));
  const articleYears = new Set([...vocabulary].filter((word) => YEAR_PATTERN.test(word)).map(Number));
  /** The figures facts hold as words ("471.23", "15.43"), for a figure asked rounded ("471m in usd?"). */
  const factFigures = [...postings.keys()].filter((concept) => /^\d+(?:\.\d+)?$/.test(concept) && !YEAR_PATTERN.test(concept));
  /** The facts' figures a figure the article does not write stands for, rounded: 471 for 471.23. */
  const figuresNear = (word: string): string[] => {
    const [range] = statedNumberRanges(word);
    return range ? factFigures.filter((figure) => Number(figure) >= range[0] && Number(figure) <= range[1]) : [];
  };
  // A correction keeps the first letter, so each letter gets its own index: a lookup searches a few dozen
  // words, not the whole vocabulary, and a question full of unknown words stays fast.
  const byFirstLetter = new Map<string, string[]>();
  for (const word of correctable) {
    if (word.length < MIN_TYPO_LENGTH) continue;
    const group = byFirstLetter.get(word[0]!);
    if (group) group.push(word);
    else byFirstLetter.set(word[0]!, [word]);
  }
  const typoIndexes = new Map(
    [...byFirstLetter].map(([letter, group]) => [letter, new Fuse(group, { includeScore: true, threshold: TYPO_MAX_SCORE, ignoreLocation: true })]),
  );
  /** A typo is at most two letters longer than the word it meant; anything longer is not worth a search. */
  const maxTypoLength = Math.max(0, ...[...correctable].map((word) => word.length)) + 2;
  /** Two neighbouring letters swapped is the commonest typo ("teh", "lnog") and too short for fuse.js. */
  function unswap(word: string): string | undefined {
    for (let i = 0; i + 1 < word.length; i += 1) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (correctable.has(swapped)) return swapped;
    }
    return undefined;
  }
  /**
   * The word a typo most likely meant, or null. A fuzzy match must keep the first letter and about the
   * length ("japan" is no typo of "japanese"), and short words must be closer than long ones.
   */
  function correct(word: string): string | null {
    if (word.length < 3 || word.length > maxTypoLength || /\d/.test(word)) return null;
    const maxScore = word.length >= 7 ? TYPO_MAX_SCORE : SHORT_TYPO_MAX_SCORE;
    // Searched only when no swap explains the typo. Of fuse.js's close matches the fewest edits away wins
    // ("anual" is "annual", one letter short, not "analyst"); ties keep fuse.js's order.
    const fuzzy = () => {
      if (word.length < MIN_TYPO_LENGTH) return undefined;
      const candidates = (typoIndexes.get(word[0]!)?.search(word, { limit: 5 }) ?? [])
        .filter(({ item, score }) => (score ?? 1) <= maxScore && Math.abs(item.length - word.length) <= 2)
        .map(({ item }) => item);
      // (Equally far, a key slipped to its neighbour wins: "expext" is "expect", not "expert".)
      const closer = (item: string, best: string) => distance(word, item) - distance(word, best) || keySlips(best, word) - keySlips(item, word);
      return candidates.reduce<string | undefined>((best, item) => (best === undefined || closer(item, best) < 0 ? item : best), undefined);
    };
    return unswap(word) ?? fuzzy() ?? null;
  }

  // Autocomplete matches what is typed so far against the short fields only: partial words ("deleg") are
  // fuse.js's job; whole words go through the engine's own ranking, which knows synonyms and intents.
  const suggestIndex = new Fuse(kb.facts, {
    keys: [
      { name: 'subject', weight: 3 },
      { name: 'aliases', weight: 2 },
      { name: 'keywords', weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });

  // Years the article gives an amount for on its own (2026); the others only inside a span (2027, 2028).
  const moneyValues = kb.facts.flatMap((fact) => fact.values.filter((value) => value.kind === 'money'));
  const singleYearAmounts = new Set(moneyValues.flatMap((value) => (value.years.length === 1 ? value.years : [])));
  const spannedYears = new Set(moneyValues.flatMap((value) => (value.years.length > 1 ? value.years : [])));
  /** "How much in 2027?" when the article gives 2027 only as part of a span, or "in 2024", when it gives none: a figure it does not state. */
  function unstatedYearAmount(asksAmount: boolean, askedYears: ReadonlySet<number>, asksTotal: boolean, asksMoney: boolean): string | null {
    if (!asksAmount || asksTotal || askedYears.size === 0) return null;
    const years = [...askedYears];
    if (years.every((year) => !singleYearAmounts.has(year) && spannedYears.has(year))) return `a separate amount for ${years.join(' or ')}`;
    // "the JFD budget back in 2024": a year the article dates something in, but gives no amount for.
    return asksMoney && years.every((year) => valueYears.has(year) && !singleYearAmounts.has(year) && !spannedYears.has(year)) ? `an amount for ${years.join(' or ')}` : null;
  }

  /** "whch", "hw", "wjo", "whyy": a question word with one letter dropped, slipped or doubled, too short for a fuzzy match to trust. */
  function misspeltQuestionWord(word: string): string | undefined {
    return [...QUESTION_WORDS].find(
      (questionWord) =>
        (questionWord.length === word.length + 1 && [...questionWord].some((_, i) => questionWord.slice(0, i) + questionWord.slice(i + 1) === word)) ||
        // "whyy", "whoo": a letter typed twice.
        (word.length === questionWord.length + 1 && [...word].some((letter, i) => letter === word[i - 1] && word.slice(0, i) + word.slice(i + 1) === questionWord)) ||
        // "wjo": one letter slipped to its neighbour, the first kept.
        (questionWord.length === word.length && questionWord[0] === word[0] && [...word].filter((letter, i) => letter !== questionWord[i]).length === 1),
    );
  }

  /** An English word swapped into a function word ("fro" for "for"); not into a name ("odd" is no "dod"). */
  function englishSwap(word: string): string | undefined {
    const swapped = unswap(word);
    return swapped && isStopword(swapped) ? swapped : undefined;
  }
  /** Words already read, and what they were read as: most words of a batch of questions recur. */
  const spellings = new Map<string, string>();
  /** Known words stay; a typo becomes the word it most likely meant; an unknown word stays as typed. */
  function spellCorrect(word: string): string {
    let spelling = spellings.get(word);
    if (spelling === undefined) {
      if (spellings.size > MAX_REMEMBERED_WORDS) spellings.clear();
      spellings.set(word, (spelling = readSpelling(word)));
    }
    return spelling;
  }

  function readSpelling(word: string): string {
    const stemmed = stem(word);
    if (isStopword(word) || vocabulary.has(stemmed) || isKnownSynonym(stemmed) || isFiller(word) || /^\d/.test(word)) return word;
    const guess = isEnglishWord(word) ? englishSwap(word) : (misspeltQuestionWord(word) ?? correct(word));
    // A word that is not English may be a typo of any word, function words too ("hapened", "whch"); an English
    // word only of a function word, by a swap ("fro"): "weather" is a word of its own, not a typo of "whether".
    return guess ?? word;
  }

  function score(question: string): Ranking {
    // Spelling first, so that intents see "how many" in "hwo mnay"; what the asker rules out ("not the
    // whole thing", "vs who they meet") is dropped before anything is matched.
    const spelt = abbreviateNames(normalizeText(question, spellCorrect));
    const negatedParts = spelt.match(NEGATED_PART) ?? [];
    const whole = negatedParts.length > 0 ? spelt.replace(NEGATED_PART, ' ') : spelt;
    const setAsideQuestions = negatedParts.filter((part) => ASKS_ANYWHERE.test(part));
    // In "I know the JFD is 3 yrs, but how long is the trip?" the last question is what is asked; what comes
    // before is context: it still counts, but less.
    const split = splitContext(whole);
    // "is the new conference one of the three existing dialogues?" is about the conference: what it is compared
    // with is context.
    // So is what it concedes: "does MND send people to the PMD even though it's about diplomacy?"
    const compared = YES_NO_QUESTION.test(split.asked) ? (split.asked.match(COMPARED_WITH) ?? []) : [];
    const conceded = split.asked.match(CONCEDED) ?? [];
    const corrected = (compared.length > 0 ? split.asked.replace(COMPARED_WITH, ' ') : split.asked).replace(CONCEDED, ' ');
    const context = [split.context, ...conceded].join(' ');
    // What it is compared with counts least: "is the JFD the same thing as the new conference?" asks what the JFD is.
    const comparedWith = compared.join(' ');
    /** Query weight by concept: 1 for what is asked, CONTEXT_WEIGHT for what only the context names. */
    const queryWeight = new Map<string, number>();
    const unknownTerms: string[] = [];
    const askedYears = new Set<number>();
    const contextYears = new Set<number>();
    // The same few texts are read word by word several times below.
    const wordsRead = new Map<string, string[]>();
    const wordsOf = (text: string) => {
      let read = wordsRead.get(text);
      if (read === undefined) wordsRead.set(text, (read = words(text)));
      return read;
    };
    const refersBack = ANAPHOR.test(corrected);
    // "the 15.45 million number, what's that one for?": a question that only points back asks about its context.
    const pointsBack = refersBack && wordsOf(corrected).filter((word) => !isStopword(word) && postings.has(conceptOf(stem(word)))).length < 2;
    // "I know the JFD total is 471 million, but how much is 2026's?": what the asker already knows is not asked.
    // "NT$15.43 million, but what is that for?" still points back to the figure; "X, but which university?" grants X.
    const known = KNOWN_CONTEXT.test(context);
    const granted = !pointsBack && GRANTED_CONTEXT.test(context);
    // A question pointing back to a figure ("the delegation's NT$15.43 million, what is that for?") asks about
    // its context. One pointing back to a named thing ("the delegation's two-week stay, what year is that?") asks
    // about the thing: its names count in full (below), what the context says of it as context.
    const statesFigure = /\d/.test(context) && wordsOf(context).length <= 6;
    const namesThing = !statesFigure && wordsOf(context).some((word) => isNameConcept(conceptOf(stem(word))));
    const contextWeight = known || granted ? KNOWN_CONTEXT_WEIGHT : pointsBack && !namesThing ? 1 : CONTEXT_WEIGHT;
    // "what did the budget disclose about the JFD? i know it was vague on the delegation, but what about ...": what
    // the asker knows is one sentence; a question asked before it is context as any other.
    const contextParts = contextWeight === KNOWN_CONTEXT_WEIGHT
      ? context.split(/(?<=\?)\s+/).map((part, index, parts) => [part, index === parts.length - 1 || KNOWN_CONTEXT.test(part) ? KNOWN_CONTEXT_WEIGHT : CONTEXT_WEIGHT] as const)
      : [[context, contextWeight] as const];
    for (const [text, weight] of [[corrected, 1], ...contextParts, [comparedWith, KNOWN_CONTEXT_WEIGHT]] as const) {
      let amounts: Set<string> | undefined; // read once, when a text has a number the engine does not know
      for (const word of wordsOf(text)) {
        if (isStopword(word)) continue;
        if (YEAR_PATTERN.test(word)) (weight === 1 ? askedYears : contextYears).add(Number(word));
        const stemmed = stem(word);
        if (vocabulary.has(stemmed) || isKnownSynonym(stemmed)) {
          const concept = conceptOf(stemmed);
          queryWeight.set(concept, Math.max(queryWeight.get(concept) ?? 0, weight));
        } else if (/^\d/.test(word)) {
          // An amount rounded ("471 million") is the article's own ("471.23"), as a word a fact holds: in what is
          // asked (or pointed back to), not in what the asker states around it.
          if (weight < 1 || !(amounts ??= amountsIn(text)).has(word)) continue;
          for (const figure of figuresNear(word)) queryWeight.set(figure, Math.max(queryWeight.get(figure) ?? 0, weight));
        } else if (weight === 1 && !isFiller(word)) unknownTerms.push(word);
      }
    }
    /** The things a text names count, at `weight`; what it says about them does not. */
    const keepNames = (text: string, weight: number) => {
      for (const concept of wordsOf(text).map((word) => conceptOf(stem(word)))) {
        if (isNameConcept(concept)) queryWeight.set(concept, Math.max(queryWeight.get(concept) ?? 0, weight));
      }
    };
    // "i get who goes to the political military dialogue, but what's it about?": "it" is the dialogue, and who
    // goes is known.
    if (pointsBack) keepNames(context, 1);
    // So does one about a thing set out first ("the pol-mil track - does the MND even go to that?").
    else if (refersBack && FRONTED_TOPIC.test(split.context)) keepNames(context, 1);
    // So does one whose topic comes first: "for the defense security talks, who attends?"
    else if (TOPIC_FIRST.test(split.context)) keepNames(context, 1);
    // ... or one that ends on it: "..., but does the MND even send anyone to it?"
    else if (ENDS_ON_IT.test(corrected)) keepNames(context, 1);
    // "not asking what level the Monterey Talks are, who attends them?" sets aside a question about Monterey, not
    // Monterey: the names in a set-aside question stay, as context. When what is asked points back to it ("not asking
    // what the defense security talks cover - who attends them?"), what it names counts in full, all but what it asked.
    const pointsToSetAside = setAsideQuestions.length > 0 && /\b(?:them|it)\s*[?!.]*$/.test(corrected);
    for (const part of setAsideQuestions) {
      // (What it names is the thing after "the": "who tags along" names none.)
      const named = pointsToSetAside ? /\bthe (.*)/.exec(part)?.[1] : undefined;
      if (named === undefined) {
        keepNames(part, CONTEXT_WEIGHT);
        continue;
      }
      for (const concept of wordsOf(named).filter((word) => !isStopword(word)).map((word) => conceptOf(stem(word)))) {
        if (!INTENT_OF_CONCEPT[concept] && postings.has(concept)) queryWeight.set(concept, 1);
      }
    }
    // "just 2026 - how much goes to the JFD that year": a question pointing back to a year is about its context's.
    if (askedYears.size === 0 && refersBack) contextYears.forEach((year) => askedYears.add(year));
    // "Does the budget say what the JFD will do?" asks what is left undisclosed, whatever else it names, and
    // though none of its words says so.
    const asksDisclosure = DISCLOSURE_QUESTION.test(corrected) || DISCLOSURE_DENIED.test(corrected) || OFFICIAL_OR_GUESSED.test(corrected) || LEFT_OUT.test(corrected) || SAYS_MORE.test(corrected);
    if (asksDisclosure) queryWeight.set(UNDISCLOSED, 1);
    // "why is taiwan sending a group next year?": "why" (a stopword) asks for a reason, as "purpose" does; lightly,
    // as context does, for a fact need not say "because" to give one.
    if (/^(?:[a-z']+ ){0,2}why\b/.test(corrected) && !asksDisclosure) queryWeight.set(WHY, Math.max(queryWeight.get(WHY) ?? 0, CONTEXT_WEIGHT));
    // A word of the article that no fact holds ("coming", "does" stemmed) is neither a topic nor news: it weighs nothing.
    const unique = [...queryWeight.keys()].filter((concept) => postings.has(concept));
    // "Does the budget say who goes?" asks what the budget discloses: "who" is not the kind of answer wanted.
    const intents = asksDisclosure ? new Set<Intent>(['reason']) : detectIntents(corrected);
    // Synonyms say what is asked as well as wording does: "concentrate on" asks for a topic. ("it's called the
    // top platform, but what is it?" asks no rank: only the question proper says what is asked.)
    for (const concept of unique) {
      const implied = INTENT_OF_CONCEPT[concept];
      if (implied && !asksDisclosure && queryWeight.get(concept) === 1) intents.add(implied);
    }
    // Nothing else asked ("jfd?", "monterey talks"): what the thing is.
    if (intents.size === 0) intents.add('definition');
    // "I know the JFD total is 471 million, but how much is 2026's?" asks no total.
    const asksTotal = queryWeight.get(TOTAL) === 1;
    // A budget named is an amount asked ("jfd budget 2028 alone").
    const asksAmount = intents.has('money') || queryWeight.get(BUDGET) === 1;
    // "the seminars were held in taipei, where were they actually held?": "they" are what the context names.
    // So are those of "why can't the minister get into DC? what's the reason": a question proper that names next to
    // nothing follows up on the one before it, as does one that ends on it: "..., what is the reason for this?".
    const askedWords = wordsOf(corrected);
    const followsUp = askedWords.length <= 5 && !askedWords.some((word) => YEAR_PATTERN.test(word)) && askedWords.filter((word) => !isStopword(word) && isKnownWord(word)).length < 2;
    // Kinds of thing guessed after the question ("what is the JFD? a program, a study, a contract?") are no part of what
    // is asked: they say nothing of what the article lacks.
    const lacks = unanswerableKind((followsUp || REPORTED_CLAIM.test(whole) || /\b(?:they|them)\b|\b(?:for|behind) (?:this|that|it)\s*[?!.]*$/.test(corrected) ? whole : split.asked).replace(OFFERED_GUESSES, ' '), whole) ?? unstatedYearAmount(asksAmount, askedYears, asksTotal, intents.has('money'));
    if (unique.length === 0) {
      return { candidates: [], scores: new Float64Array(0), eligible: new Uint8Array(0), unknownTerms, askedYears, unknownNames: [], lacks };
    }

    // An unknown content word is information no fact holds: it lowers every fact's coverage alike.
    const totalInformation =
      unique.reduce((sum, concept) => sum + idf(concept) * queryWeight.get(concept)!, 0) + unknownTerms.length * settings.unknownTermWeight * idf('');
    // Typed arrays by fact position: a question over 10,000 facts may touch most of them.
    const matched = new Float64Array(indexed.length);
    const touched: number[] = [];
    for (const concept of unique) {
      const information = idf(concept) * queryWeight.get(concept)!;
      for (const { position, weight } of postings.get(concept) ?? []) {
        if (matched[position] === 0) touched.push(position);
        matched[position] = matched[position]! + information * weight;
      }
    }

    // Asked in so many words ("what is it focused on", "what subjects"), a topic is as strict as an amount: a
    // fact about who attends does not answer it. ("he talks about" reports the analyst; it asks no topic.)
    // So is "what is it mainly about?", ending the question.
    const topicAsked = /\b(?:focus\w*|(?<!\b(?:he|jin|zhong|article|it) )discuss\w*|topics?|subjects?|agenda|handle[sd]?|handling)\b|(?<!\b(?:how|on|number|figure|amount|sum) )\babout\s*[?!.]*$/.test(corrected);
    const strictMask = maskOf([...intents].filter((intent) => STRICT_INTENTS.has(intent) || (intent === 'topic' && topicAsked)));
    const softMask = maskOf(intents);
    const counted = countedConcept(corrected, countable, isKnownWord);
    /** Whether the fact can give the kind of value asked for ("how many people": a count of people). */
    const givesAsked = (entry: IndexedFact) =>
      (entry.intentMask & strictMask & ~COUNT_BIT) !== 0 ||
      ((entry.intentMask & strictMask & COUNT_BIT) !== 0 && (counted === null || entry.countedConcepts.has(counted)));
    const eligible = new Uint8Array(indexed.length);
    const scores = new Float64Array(indexed.length);
    // "what year is ROC 115?" names only years and calendars: it asks about the calendar, and no single year's
    // fact should win it for naming the year.
    // So does "when they say 'next year', which year is that?": the article's own phrase, and years. (What the context
    // adds, "the article keeps using these years", is no subject of the question.)
    const asksCalendar =
      (unique.includes('roc') || unique.includes(NEXT)) && unique.filter((concept) => queryWeight.get(concept) === 1).every((concept) => concept === 'roc' || concept === NEXT || concept === 'year' || YEAR_PATTERN.test(concept));
    const yearPicks = !asksCalendar && (intents.has('money') || intents.has('date') || unique.includes('budget'));
    // The question's most specific concept (held by the fewest facts) is what it is about: a fact without
    // it may be related, but does not answer ("where are the Monterey Talks held" is not the trip's venue).
    // A word that says what kind of answer is wanted ("cover", "level") is no subject, if the question names one.
    const inQuestion = unique.filter((concept) => queryWeight.get(concept) === 1);
    const subjects = inQuestion.filter((concept) => !INTENT_OF_CONCEPT[concept]);
    const askedConcepts = subjects.length > 0 ? subjects : inQuestion;
    const focus = (askedConcepts.length > 0 ? askedConcepts : unique).reduce((rarest, concept) => (idf(concept) > idf(rarest) ? concept : rarest));
    // "NT$152.50 million, is that the whole JFD?" is about the fact that holds 152.50 (or 152, or 153): numbers
    // of the question proper count, and those of its context when the question points back to them.
    // So do those of "32 people - is that for the conference or the seminars?" and "471 million, that's just next
    // year's, right?": the asker offers a choice or checks a guess about the figure, and the figure says which fact
    // is meant, more than any word of the choice or the guess.
    // (A question that states the figure itself takes none from its context: "is 32 for X or Y? two people here disagree".)
    const statesChoice = STATED_FIGURE_CHOICE.test(corrected);
    const offersChoice = (refersBack && FIGURE_CHOICE.test(corrected)) || statesChoice;
    const figureDecides = offersChoice || (refersBack && CHECKED_GUESS.test(corrected));
    const statedRanges = statedNumberRanges((pointsBack || figureDecides) && !known && !statesChoice ? `${corrected} ${context}` : corrected);
    const valueMatch = figureDecides ? DECIDING_VALUE_MATCH : VALUE_MATCH;
    const holdsFocus = new Uint8Array(indexed.length);
    for (const { position } of postings.get(focus) ?? []) holdsFocus[position] = 1;
    const holdsFigure = new Uint8Array(indexed.length);
    for (const position of touched) {
      if (indexed[position]!.amounts.some((amount) => statedRanges.some(([low, high]) => amount >= low && amount <= high))) holdsFigure[position] = 1;
    }
    // One figure offered a choice says which fact is meant, whatever else the choice names ("32 people: the JFD or
    // the conference?"): when a fact holds it, only such a fact may answer. (A guess checked, "a 3 day thing, right?",
    // may have the figure wrong.)
    const figurePicks = offersChoice && new Set(statedRanges.map(([low]) => low)).size === 1 && touched.some((position) => holdsFigure[position] === 1);
    for (const position of touched) {
      const entry = indexed[position]!;
      let score = matched[position]! / totalInformation;
      const aboutFocus = figurePicks ? holdsFigure[position] === 1 : holdsFocus[position] === 1 || score >= FOCUS_WAIVER_COVERAGE;
      if (strictMask !== 0) {
        const gives = givesAsked(entry);
        score *= gives ? STRICT_MATCH : STRICT_MISMATCH;
        if (gives && aboutFocus) eligible[position] = 1;
      } else {
        if ((entry.intentMask & softMask) !== 0) score *= SOFT_MATCH;
        if (aboutFocus) eligible[position] = 1;
      }
      if (askedYears.size > 0 && entry.years.size > 0) {
        const coversAsked = [...askedYears].some((year) => entry.years.has(year));
        // The year picks among amounts and dates ("the JFD budget for 2026"); elsewhere it is one word of many.
        const exactly = coversAsked && yearPicks && (entry.years.size === 1 || asksTotal);
        score *= exactly ? YEAR_MATCH : coversAsked ? 1 : YEAR_MISMATCH;
      }
      if (holdsFigure[position] === 1) score *= valueMatch;
      scores[position] = Math.min(1, score / MAX_RAW_SCORE);
    }
    // A capital names something mid-sentence; one that starts a sentence does only for a country ("Japan is
    // sending..."), not otherwise ("Leak, or something official?"). A country needs no capital ("does japan join").
    // An acronym names something wherever it stands ("what's in the NDAA").
    const capitalised = new Map((question.match(/(?<![.!?]\s*|^\s*)\b[A-Z][a-z]+\b|\b[A-Z]{2,}\b/g) ?? []).map((word) => [word.toLowerCase(), word]));
    const unknownNames = unknownTerms.flatMap((term) => capitalised.get(term) ?? (isCountryWord(term) ? [term] : []));
    return { candidates: touched, scores, eligible, unknownTerms, askedYears, unknownNames, lacks };
  }

  function scoredAt(ranking: Ranking, position: number): ScoredFact {
    const { fact } = indexed[position]!;
    return { fact, score: ranking.scores[position]!, citations: fact.citations };
  }

  /**
   * The best `count` candidates that `accept` lets through, best first; ties keep the fact base's order so
   * the same question always gets the same answer. One pass: a question over 10,000 facts needs no sort.
   */
  function top(ranking: Ranking, count: number, accept: (position: number) => boolean): number[] {
    const { scores } = ranking;
    const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
    const best: number[] = [];
    for (const position of ranking.candidates) {
      if (!accept(position) || (best.length === count && !before(position, best[count - 1]!))) continue;
      let at = best.length === count ? count - 1 : best.length;
      while (at > 0 && before(position, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at -= 1;
      }
      best[at] = position;
    }
    return best;
  }

  /**
   * "How many seminars will be held in 2026?": the seminars are dated 2024, so the best fact speaks of other
   * years than the ones asked (of those the article dates anything in). What the article lacks, or null.
   */
  function otherYearsOnly(ranking: Ranking, best: ScoredFact): string | null {
    const factYears = indexedById.get(best.fact.id)!.years;
    const asked = [...ranking.askedYears].filter((year) => valueYears.has(year));
    if (asked.length === 0 || factYears.size === 0 || asked.some((year) => factYears.has(year))) return null;
    return `this for ${asked.join(' or ')} (what it says is about ${[...factYears].sort().join(', ')})`;
  }

  /**
   * Why nothing answers, and what the article lacks when that is known; undefined when `best` does. The kind of
   * question comes first: it is the surest.
   */
  function refusalFor(ranking: Ranking, best: ScoredFact | undefined): { reason: RefusalReason; lacks?: string } | undefined {
    if (ranking.lacks) return { reason: 'unanswerable-kind', lacks: ranking.lacks };
    if (!best) return { reason: ranking.candidates.length > 0 ? 'no-match' : ranking.unknownTerms.length > 0 ? 'unknown-terms' : 'empty' };
    if (best.score < settings.threshold) return { reason: 'no-match' };
    if (ranking.unknownNames.length > 0) return { reason: 'unknown-terms' };
    // "2026 or 2027?" names a year the article covers; "the budget for 2030" names only one it does not.
    const years = [...ranking.askedYears];
    // (A year inside the span of years the best fact states is one it speaks of: "does the JFD end in 2027?".)
    const spanned = spansYears(best.fact) ? indexedById.get(best.fact.id)!.years : new Set<number>();
    if (years.length > 0 && years.every((year) => !articleYears.has(year) && !spanned.has(year))) return { reason: 'unknown-year' };
    const otherYears = otherYearsOnly(ranking, best);
    if (otherYears) return { reason: 'unknown-year', lacks: otherYears };
    return undefined;
  }

  function ask(question: string): AnswerResult {
    const ranking = score(question);
    const { eligible, scores } = ranking;
    // Only a fact that can give the kind of value asked for may answer; the rest may still be related.
    const [firstEligible] = top(ranking, 1, (position) => eligible[position] === 1);
    const best = firstEligible === undefined ? undefined : scoredAt(ranking, firstEligible);
    const refusal = refusalFor(ranking, best);
    const closest = (exclude: readonly number[]) =>
      top(ranking, RELATED_COUNT, (position) => !exclude.includes(position)).map((position) => scoredAt(ranking, position));
    if (refusal || !best) {
      const lacks = refusal?.lacks ? { lacks: refusal.lacks } : {};
      return { question, answered: false, answers: [], related: closest([]), unknownTerms: ranking.unknownTerms, unknownNames: ranking.unknownNames, refusal: refusal?.reason, ...lacks };
    }

    const floor = Math.max(settings.threshold, best.score * settings.answerMargin);
    const answerPositions = top(ranking, settings.maxAnswers, (position) => eligible[position] === 1 && scores[position]! >= floor);
    const answers = answerPositions.map((position) => scoredAt(ranking, position));
    return { question, answered: true, answers, related: closest(answerPositions), unknownTerms: ranking.unknownTerms, unknownNames: ranking.unknownNames };
  }

  function suggest(partial: string, limit = 25): Suggestion[] {
    const text = partial.trim().slice(0, MAX_SUGGEST_INPUT);
    if (!text) return kb.facts.slice(0, limit).map((fact) => ({ factId: fact.id, label: fact.subject }));
    const ranking = score(text);
    const ranked = top(ranking, limit, () => true).map((position) => indexed[position]!.fact);
    const fuzzy = suggestIndex.search(text, { limit }).map((result) => result.item);
    return [...new Set([...ranked.slice(0, Math.ceil(limit / 2)), ...fuzzy, ...ranked])]
      .slice(0, limit)
      .map((fact) => ({ factId: fact.id, label: fact.subject }));
  }

  function rank(text: string): ScoredFact[] {
    const ranking = score(text);
    const { scores } = ranking;
    return [...ranking.candidates].sort((a, b) => scores[b]! - scores[a]! || a - b).map((position) => scoredAt(ranking, position));
  }

  return { kb, ask, rank, suggest };
}
