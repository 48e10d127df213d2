import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine/engine.ts';
import { conceptsOf, isEnglishWord, lexiconWords } from '../src/engine/lexicon.ts';
import { normalizeText, stem } from '../src/engine/normalize.ts';
import { createPatternFilter, requiredLiterals } from '../src/engine/pattern-filter.ts';
import { checkQuestion, MAX_QUESTION_LENGTH } from '../src/engine/question.ts';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';

const kb = loadKnowledgeBase();
const engine = createEngine(kb);

/** The best answer's fact id; the test fails if the question is not answered, so two refusals never compare equal. */
function topFactId(question: string): string {
  const result = engine.ask(question);
  expect(result.answered, question).toBe(true);
  return result.answers[0]!.fact.id;
}

/** A paraphrase gets the answer its plain wording gets (both must be answered). */
function same(paraphrase: string, plain: string): void {
  expect(topFactId(paraphrase), paraphrase).toBe(topFactId(plain));
}

/** What the article lacks, by the refusal of a question it cannot answer. */
function lacksOf(question: string): string | undefined {
  return engine.ask(question).lacks;
}

/** The fact that states an amount in this currency for exactly these years: found, not hard-coded. */
function moneyFact(currency: 'TWD' | 'USD', years: number[]) {
  const fact = kb.facts.find((candidate) =>
    candidate.values.some((value) => value.kind === 'money' && value.currency === currency && value.years.join() === years.join()),
  );
  if (!fact) throw new Error(`no ${currency} fact for ${years.join()}`);
  return fact;
}

describe('normalisation', () => {
  it('meets British and American spellings, curly and straight quotes', () => {
    expect(normalizeText('Defence’s budget')).toBe(normalizeText("defense's budget"));
  });

  it('reads every way of writing New Taiwan dollars and millions alike', () => {
    const forms = ['NT$15.43 million', 'NTD 15.43m', 'TWD 15.43 mn', 'nt$ 15.43 M'];
    const normalized = forms.map((form) => normalizeText(form).replace(/\s+/g, ' ').trim());
    expect(new Set(normalized).size).toBe(1);
    expect(normalized[0]).toBe('ntd 15.43 million');
  });

  it('turns ROC years and the article’s "next year" into Gregorian years', () => {
    expect(normalizeText('ROC 115')).toContain('2026');
    expect(normalizeText('year 117')).toContain('2028');
    expect(normalizeText('113年')).toContain('2024');
    expect(normalizeText('next year')).toContain('2026');
    expect(normalizeText('the budget for 115')).toContain('2026');
  });

  it('stems a word\'s forms to one, silent "e" included', () => {
    expect(new Set(['compare', 'compared', 'comparing', 'compares'].map(stem)).size).toBe(1);
    expect(new Set(['dialogue', 'dialogues'].map(stem)).size).toBe(1);
  });

  it('drops chat handles: "@kai reckons" names a member, not a subject', () => {
    expect(normalizeText('@kai reckons 23 people')).not.toContain('kai');
    expect(normalizeText('mail me at a@b.c')).toContain('a@b');
  });

  it('leaves an amount or a count of 110-119 alone: it is no ROC year', () => {
    expect(normalizeText('NT$115 million')).toBe('ntd 115 million');
    expect(normalizeText('115 people')).toBe('115 people');
    expect(normalizeText('110.5')).toBe('110.5');
  });

  it('reads numbers as speech-to-text spells them, and leaves a lone "one", "two" or "four" a word', () => {
    expect(normalizeText('the twenty twenty seven money')).toBe('the 2027 money');
    expect(normalizeText('thirty two people')).toBe('32 people');
    expect(normalizeText('four seventy one point two three million')).toBe('471.23 million');
    expect(normalizeText('five hundred million')).toBe('500 million');
    expect(normalizeText('r o c one one six')).toContain('2027');
    expect(normalizeText('from one fifteen two one sixteen')).toBe('from roc 2026 to roc 2027');
    expect(normalizeText('the one four the trip')).toBe('the one four the trip');
    expect(normalizeText('two weeks')).toBe('two weeks');
  });

  it('reads off each pattern the literals a match must contain, and skips a pattern whose literals a text lacks', () => {
    expect(requiredLiterals(/\bthink ?tank\b/)).toEqual(['think']);
    expect(requiredLiterals(/\b(?:jfd|dpsc)\b/)).toEqual(['jfd', 'dpsc']);
    expect(requiredLiterals(/(?:the )?\bbudget\b/)).toEqual(['budget']);
    // What a negative lookaround forbids is not needed; what a positive one needs is.
    expect(requiredLiterals(/\bwho(?! cares)\b/)).toEqual(['who']);
    expect(requiredLiterals(/\b[a-z]+(?= million)/)).toEqual([' million']);
    // A choice one of whose branches needs nothing needs nothing.
    expect(requiredLiterals(/\bjfd\b|\d+/)).toBeNull();
    const patterns = [/\bjfd\b/, /\bmonterey talks\b/, /\d+/];
    const mayMatch = createPatternFilter(patterns)('how much is the jfd');
    expect([0, 1, 2].map(mayMatch)).toEqual([true, false, true]);
    // Whatever the labelled questions match, the filter lets through.
    const texts = ['what level are the monterey talks', 'jfd 2026', 'monterey talk'];
    for (const text of texts) {
      const may = createPatternFilter(patterns)(text);
      patterns.forEach((pattern, index) => {
        if (pattern.test(text)) expect(may(index), `${pattern} on ${text}`).toBe(true);
      });
    }
    // A later scan leaves what an earlier one let through let through.
    const filter = createPatternFilter(patterns);
    const earlier = filter('how much is the jfd');
    filter('what level are the monterey talks');
    expect([earlier(0), earlier(2)]).toEqual([true, true]);
    // Literals inside and across one another are all found: "ushers" holds "she", "he" and "hers".
    const overlapping = [/she/, /\bhe\b|hex/, /hers/, /shed/, /使用/];
    expect(overlapping.map((_, index) => createPatternFilter(overlapping)('ushers 使')(index))).toEqual([true, true, true, false, false]);
  });

  it('expands chat shorthand before reading idioms: "talk abt" is discussing', () => {
    expect(normalizeText('what r they gonna talk abt over there')).toContain('discuss');
    expect(normalizeText('who went from tw side')).not.toContain('side');
  });

  it('corrects typos before reading idioms: "think tnak" is a think tank', () => {
    expect(normalizeText('think tnak', (word) => (word === 'tnak' ? 'tank' : word))).toContain('thinktank');
    const thinkTank = kb.facts.find((fact) => fact.aliases.includes("Jin Zhong's think tank"))!.id;
    expect(topFactId('which think tank is jin zhong at')).toBe(thinkTank);
    expect(topFactId('whats the name of the think tnak jin zhong reserches at')).toBe(thinkTank);
  });

  it('tells the country from the pronoun', () => {
    expect(normalizeText('can you tell us how long the US trip is')).toMatch(/^can you tell us how long the usa trip/);
  });
});

describe('the lexicon', () => {
  it('knows English words, wherever the word list has them ("manlihood" is out of order there)', () => {
    for (const word of ['produce', 'agreements', 'aa', 'manlihood', 'sharrowed', 'zymurgy']) expect(isEnglishWord(word), word).toBe(true);
    for (const word of ['delegatoin', 'jfd', '', 'zzzzq']) expect(isEnglishWord(word), word).toBe(false);
  });

  it('reads a think tank as one thing: its "think" is no one\'s opinion', () => {
    expect(conceptsOf('which think tank is he at')).not.toContain(conceptsOf('think')[0]);
    expect(conceptsOf('his think-tank')).toEqual(conceptsOf('his thinktank'));
  });

  it('reads an interpretation as a judgement, "interop" as interoperability, a complete amount as a total (sets BZ, CA)', () => {
    expect(conceptsOf('his interpretation')).toEqual(conceptsOf('his judgement'));
    expect(conceptsOf('interop')).toEqual(conceptsOf('interoperability'));
    expect(topFactId('not the first year, the complete amount for the JFD until 2028?')).toBe('jfd-total-budget');
    // Verbs of assessing are the assessment: "the three-year assessing project" is the JFD.
    expect(topFactId('who takes part in the three-year assessing project')).toBe('jfd-parties');
  });

  it('holds single words only: questions are matched word by word, so a phrase there would never match', () => {
    expect(lexiconWords().filter((word) => !/^[a-z]+$/.test(word))).toEqual([]);
  });
});

describe('answering', () => {
  it('cites, for every answer, a quote that is verbatim in the paragraph it names', () => {
    const result = engine.ask('how big is the delegation');
    expect(result.answered).toBe(true);
    const top = result.answers[0]!;
    expect(top.fact.values.some((value) => value.kind === 'count' && value.unit === 'people')).toBe(true);
    for (const citation of top.citations) expect(kb.article.paragraphs[citation.paragraph - 1]).toContain(citation.quote);
  });

  it('answers "how much is the JFD next year" with the 2026 amount, not the travel budget or the total', () => {
    // Only the JFD's 2026 amount is also given in US dollars for 2026 alone.
    const jfd2026 = moneyFact('USD', [2026]);
    expect(topFactId('how much is the JFD next year')).toBe(jfd2026.id);
    expect(topFactId('travel budget')).not.toBe(jfd2026.id);
  });

  it('answers a question that names only a year and a calendar with the calendar', () => {
    for (const question of ['113 is what year', 'what year is 115 in the western calendar']) {
      expect(engine.ask(question).answers[0]?.fact.aliases, question).toContain('ROC calendar');
    }
  });

  it('answers in ROC years as in Gregorian ones', () => {
    expect(topFactId('jfd budget for ROC 115')).toBe(topFactId('jfd budget for 2026'));
  });

  it('reads "what happened in ROC 113" as the event of that year, a span of ROC years "in western years" as the JFD\'s years, and Chinese amounts', () => {
    // What went on in a year before the article's is what was held then; later years' events stay outcomes.
    same('so what went on in minguo year 113', 'what happened in the 2024 seminars?');
    expect(lacksOf('did anything happen in ROC 116')).toBe('outcomes');
    // A span of years "in gregorian" asks which years, not the money spread over them; "til" is until, a "window" a period.
    for (const question of ['jfd 115-117 in gregorian?', 'the jfd window is 115-117, so what is it in western years', 'the joint assessment goes til 117, yeah?']) {
      expect(topFactId(question), question).toBe(topFactId('how long does the JFD run'));
    }
    // "快5億" is nearly 500 million, "1.525億" 152.5 million; "明年" next year.
    expect(normalizeText('is it 快5億 ntd')).toContain('nearly 500 million');
    expect(topFactId('auntie says 快5億 for the joint assessment thing, right in NT$?')).toBe(topFactId('what is the total JFD budget'));
    expect(topFactId('is 1.525億 for the whole jfd?')).toBe(topFactId('how much is the JFD next year'));
    // Written in full, hundred-millions and ten-thousands together: "1億5250萬" is 152.5 million.
    expect(normalizeText('the 1億5250萬 figure')).toContain('152.5 million');
    expect(topFactId('明年 jfd 多少?')).toBe(topFactId('how much is the JFD next year'));
  });

  it('reads "hwo long" as how, a misspelt question word as that word, and "30 NT to 1 USD" as a rate', () => {
    expect(engine.ask('hwo long is the delgation stayin in usa').answers[0]?.fact.values.map((value) => value.kind)).toContain('duration');
    expect(engine.ask('whch years doe the jfd cover').answered).toBe(true);
    expect(engine.ask('wjo is this jin zhonf guy anyway').answers[0]?.fact.subject).toMatch(/who jin zhong is/i);
    expect(engine.ask('is it like 30 NT to 1 USD in those figures or what').answers[0]?.fact.subject).toMatch(/exchange rate/i);
  });

  it('survives typos and abbreviations', () => {
    // Of close spellings the fewest edits away: "anual" is "annual", not "analyst".
    expect(topFactId('so the new confrence is the fourht anual dialouge right?')).toBe(topFactId('is the new conference the fourth annual dialogue'));
    expect(topFactId('wen is the delgation going')).toBe(topFactId('which year does the delegation travel'));
    expect(topFactId('who is jin zhogn and why shoud i care what he thinks')).toBe(topFactId('who is jin zhong'));
    expect(topFactId('how lnog is the delegaton staying')).toBe(topFactId('how long is the delegation staying'));
    expect(topFactId('how many ppl r they sending')).toBe(topFactId('how many people are they sending'));
    expect(topFactId('how many ppl in the deleg')).toBe(topFactId('how many people are they sending'));
    // A typo of a function word: "hapened" is "happened".
    expect(topFactId('what hapened in 2024')).toBe(topFactId('what happened in 2024'));
    // "odd" is a word of its own, not "DoD" with two letters swapped.
    expect(topFactId("so it's like 30-odd people going, true?")).toBe(topFactId('how many people are going'));
  });

  it('takes a capital that starts a sentence for no name', () => {
    const result = engine.ask('Where are all these numbers coming from? Leak, or something official?');
    expect(result.unknownNames).toEqual([]);
    expect(result.answered).toBe(true);
  });

  it('does not answer a question about another country with Taiwan’s delegation', () => {
    const result = engine.ask('how many people will Japan send');
    expect(result.answered).toBe(false);
    expect(result.answers).toEqual([]);
    expect(result.related.length).toBeGreaterThan(0);
    expect(result.related.length).toBeLessThanOrEqual(3);
    // A country needs no capital to be one.
    expect(engine.ask('does japan join any of these dialogues').unknownNames).toEqual(['japan']);
  });

  it('refuses kinds of question the article never answers, offering the closest facts', () => {
    for (const question of ['who is taiwan’s defence minister', 'what exact date does the conference start', 'how old is jin zhong']) {
      const result = engine.ask(question);
      expect(result.answered, question).toBe(false);
      expect(result.refusal, question).toBe('unanswerable-kind');
      expect(result.related.length, question).toBeGreaterThan(0);
    }
  });

  it('refuses an amount for a year the article gives only inside a span, saying so', () => {
    const result = engine.ask('how much is the jfd in 2027');
    expect(result.answered).toBe(false);
    expect(result.lacks).toMatch(/2027/);
    expect(engine.ask('how much is the jfd from 2026 to 2028 in total').answered).toBe(true);
    expect(engine.ask('jfd 2028 allocation').lacks).toMatch(/2028/);
  });

  it('refuses a year the article says nothing about', () => {
    expect(engine.ask('what is the jfd budget for 2030').answered).toBe(false);
    // The seminars are 2024's: a question about 2026's is not answered with them.
    const seminars2026 = engine.ask('how many seminars will be held in 2026');
    expect(seminars2026.answered).toBe(false);
    expect(seminars2026.lacks).toMatch(/2026.*2024/);
    expect(engine.ask('how many seminars were held in 2024').answered).toBe(true);
  });

  it('reads a stated length or headcount as what a check asks about, unless it asks something else', () => {
    const travelBudget = topFactId('how much is the travel budget');
    expect(topFactId('the money for getting everyone over there and put up for two weeks, ballpark?')).toBe(travelBudget);
    const size = topFactId('how many people go');
    expect(topFactId('they send 30-something people right')).toBe(size);
    // "the 32 people number" names the figure; the question is where it comes from.
    expect(topFactId("what's the article's source for the 32 people number")).toBe(topFactId('where does this information come from'));
  });

  it('reads a stated length ("thats 3 yrs for the JFD right") as a question about how long, not about money', () => {
    const period = topFactId('how long does the JFD run');
    expect(period).toBeDefined();
    expect(topFactId('so 115 to 117 is 2026 thru 2028, thats 3 yrs for the JFD right')).toBe(period);
    // "a 3 year program" describes the program; it asks no length.
    expect(topFactId('is a 3 year program like the JFD normal or unusual')).toBe(topFactId('is the JFD unusual'));
    // "over all three years" names the span of a total, not a length.
    expect(topFactId('whats the jfd total over all three years')).toBe(topFactId('what is the JFD total budget'));
  });

  it('tells what the JFD signals from the shift the analyst sees in the cooperation', () => {
    const signal = topFactId('what does the JFD signal');
    const shift = topFactId('how has taiwan-us military cooperation shifted according to jin zhong');
    expect(signal).not.toBe(shift);
    expect(topFactId('He says something shifted, from what to what?')).toBe(shift);
    expect(topFactId('overall what has taiwan-us cooperation shifted from and to')).toBe(shift);
  });

  it('reads "is X one of Y?" as a question about X, with Y as context', () => {
    const conference = topFactId('what is the defense policy special conference');
    expect(topFactId('is the special conference one of the three existing dialogues or a separate new one')).toBe(conference);
    const projectMeetings = topFactId('what are the project policy meetings');
    expect(topFactId("project policy meetings are just another name for the defense security talks, aren't they?")).toBe(projectMeetings);
    // Not a yes-or-no question: "part of" says who takes part.
    const parties = topFactId('who runs the JFD');
    expect(topFactId("which governments' military departments are part of the jointly run evaluation effort")).toBe(parties);
  });

  it('reads "why are they going to the US" and "what are they going to America for" as asking the trip\'s purpose', () => {
    const purpose = topFactId('what is the purpose of the delegation');
    expect(topFactId('why is the delegation going to the US')).toBe(purpose);
    expect(topFactId('what are they going to america for')).toBe(purpose);
  });

  it('reads a question pointing back to a figure as about the figure, and one pointing back to a thing as about the thing', () => {
    expect(topFactId('NT$15.43 million, but what is that for?')).toBe(topFactId('what is the travel budget'));
    expect(topFactId("the delegation's two-week-plus stay, what year does that happen in?")).toBe(topFactId('what year does the delegation travel'));
    // "how big" is an amount when the thing pointed back to is money.
    expect(topFactId('the whole pot of money for the joint evaluation across all the years, how big is it')).toBe(topFactId('what is the JFD total budget'));
  });

  it('takes what is asked from the question proper: a rank or topic named in what it grants is not asked', () => {
    const definition = topFactId('what is the defense policy special conference');
    expect(topFactId("ok it's called the top platform, but what actually is the defense policy special conference?")).toBe(definition);
  });

  it('reads a "where" that describes talks ("the talks where they haggle over weapons") as asking no place', () => {
    expect(topFactId('is there anything below the big three talks where they actually haggle over buying weapons?')).toBe(topFactId('what are the project policy meetings'));
    expect(topFactId('where is the delegation heading')).toBe(topFactId('which country will the delegation visit'));
    // ... or an arrangement ("an arrangement" is a program, as "a scheme" is).
    expect(topFactId('is the JFD an arrangement where taiwan purchases weapons?')).toBe('jfd-rarity');
  });

  it('does not over-read its idioms: each is kept to the wording it is for', () => {
    same("what's the jfd's full form", 'what does JFD stand for');
    same('according to the budget, how big is the delegation?', 'how many people go');
    same('how many people are going from Taiwan to Washington?', 'how many people go');
    same('what else does the article say about Jin Zhong', 'who is jin zhong');
    same('does the budget show how many people go', 'how many people go');
    same('the conference where is it', 'where is the delegation going');
    same('do the project policy meetings deal with the costs of arms sales', 'what are the project policy meetings');
    same("the delegation's NT$15.43 million, what is that for?", 'how much is the travel budget');
    expect(topFactId("what's the JFD's meaning for Taiwan-US relations")).not.toBe(topFactId('which ministry is the MND'));
    expect(engine.ask('what did the defense budget submitted to the legislature say about the JFD').lacks).toBeUndefined();
    expect(normalizeText('the standing talks')).toBe('the existing talks');
    expect(normalizeText('what are the real dates of the conference')).not.toContain('gregorian');
    expect(normalizeText('will the delegates be military or diplomatic officials')).toContain('military or diplomatic');
    same('JFD in US dollars - not the next-year amount, the whole thing', 'what is the JFD total in US dollars');
    same('is the new special conference just the defense security talks renamed?', 'what is the defense policy special conference');
  });

  it('reads "military or diplomacy?" as asking a focus, of whatever the question names', () => {
    const conferenceFocus = topFactId('what is the defense policy special conference focused on');
    const dialogueFocus = topFactId('what is the political military dialogue focused on');
    expect(conferenceFocus).not.toBe(dialogueFocus);
    expect(topFactId("what's the new conference even about, military stuff or diplomacy?")).toBe(conferenceFocus);
    expect(topFactId('the special conference: diplomatic issues or military ones?')).toBe(conferenceFocus);
    expect(topFactId('is the political military dialogue about military or diplomatic issues')).toBe(dialogueFocus);
    // What it is likened to is context.
    expect(topFactId('is the new special conference about military stuff or diplomatic stuff like the political military one')).toBe(conferenceFocus);
    expect(topFactId('does the new conference focus on military issues or diplomatic stuff like the pol-mil dialogue does?')).toBe(conferenceFocus);
  });

  it('reads what a question concedes or supposes as context ("even though it is about diplomacy", "if ..., ...")', () => {
    const attendees = topFactId('who from the defense ministry goes to the political military dialogue');
    expect(topFactId('does MND send ppl to the pol-mil dialogue even tho its about diplomacy')).toBe(attendees);
    expect(topFactId('if the political military dialogue is about diplomacy, does the defense ministry even bother to show up')).toBe(attendees);
    expect(topFactId("does MND even bother showing up to the political-military dialogue given it's basically a diplomacy forum?")).toBe(attendees);
    // A supposition still makes a hypothetical, which the article cannot answer.
    expect(engine.ask('if china blockades taiwan, would the JFD still go ahead?').refusal).toBe('unanswerable-kind');
  });

  it('answers the question asked, not the context before it', () => {
    const trip = topFactId('how long is the conference trip');
    expect(trip).toBeDefined();
    expect(topFactId('i know the JFD is 3 yrs, but how long is the conference trip?')).toBe(trip);
  });

  it('finds the question in a long message: before a statement that follows it, after a comma that precedes it', () => {
    const travel = topFactId('how much is the travel budget for the conference');
    expect(travel).toBeDefined();
    expect(
      topFactId("My uncle keeps forwarding me this. How much are they spending on the travel for that conference? He says it's a waste of taxpayer money and I want numbers before dinner"),
    ).toBe(travel);
    const rare = topFactId('what is rare');
    expect(topFactId('sorry for my english, i read it two times, the professor say something is very rare, what is rare exactly?')).toBe(rare);
    // The dialogue named before the comma still decides what the article lacks.
    expect(engine.ask('when did the monterey talks start, what year was the first one').refusal).toBe('unanswerable-kind');
    // ... nor where they meet: "in monterey" is a place, not the talks' name.
    expect(engine.ask('so the pmd meets in monterey as well?').refusal).toBe('unanswerable-kind');
  });

  it('reads a question that only points back ("what is that one for?") as asking about what came before it', () => {
    const total = topFactId('what is the JFD total in US dollars');
    expect(total).toBeDefined();
    expect(topFactId("the 15.45 million number, what's that one for?")).toBe(total);
  });

  it('reads "the new conference" as the DPSC, and a dash as the start of the question proper', () => {
    const focus = topFactId('what does the defense policy special conference focus on');
    expect(topFactId('both the defense security talks and the new conference sound like military stuff - what exactly is the new conference focused on')).toBe(focus);
    const year2026 = topFactId('how much goes to the JFD in 2026');
    expect(topFactId('not the overall total, just 2026 - how much goes to the assessment case that year')).toBe(year2026);
  });

  it('counts what the asker says they already know ("I know X, but ...", "X, but ...") hardly at all', () => {
    const focus = topFactId('what is the new conference focused on');
    expect(topFactId('I know the defense security talks are about high-level military issues, but what is the new conference focused on?')).toBe(focus);
    const budget2026 = topFactId('how much is the JFD budget for 2026');
    expect(topFactId('I know the JFD total is 471 million, but how much is budgeted for 2026?')).toBe(budget2026);
    // Pointing back to what is known: "it" is the dialogue; who goes is not asked.
    const pmdFocus = topFactId('what is the political military dialogue mainly about');
    expect(topFactId("i get who goes to the political military dialogue, but what's it mainly about?")).toBe(pmdFocus);
    // "X, but ...?" grants X as well.
    const university = topFactId('which university is jin zhong at');
    expect(topFactId("he's a researcher at the chinese strategic prospects institute, but which university is he at")).toBe(university);
  });

  it('keeps what the asker rules out from matching', () => {
    const size = topFactId('how many people go');
    expect(topFactId('how many people go, not how long')).toBe(size);
  });

  it('drops what the asker sets aside: "besides ...,", "not X,", "i don\'t mean ...,", a trailing "not counting ..."', () => {
    const leader = topFactId('who leads the delegation');
    expect(leader).toBeDefined();
    expect(topFactId("who leads the delegation - i don't mean who they're meeting, i mean who's heading our side")).toBe(leader);
    const securityTalks = topFactId('who goes to the defense security talks');
    expect(topFactId('not monterey, who goes to the defense security talks')).toBe(securityTalks);
    expect(topFactId('the defense security talks, which officials are there? (not monterey, the other one)')).toBe(securityTalks);
    const jfd = topFactId('what is the JFD');
    expect(topFactId('not asking what he thinks it signals - what literally is the JFD')).toBe(jfd);
    // "why not the minister" asks why; it sets nothing aside.
    expect(topFactId('why not the minister')).toBe(leader);
    // Without a comma to close it, "besides" may be the whole question: it stays.
    expect(engine.ask('who besides the dep min goes').answered).toBe(true);
    // "leaving X out", "keeping X aside" set X aside wherever they stand.
    const monterey = topFactId('which of the three existing dialogues ranks highest');
    expect(topFactId('among the three older dialogues, leaving the new conference out, which ranks highest')).toBe(monterey);
    // Only as an aside of its own: "why does washington keep the minister out?" asks about the minister.
    expect(topFactId('why does washington keep the minister out?')).toBe(topFactId('who leads the delegation'));
  });

  it('keeps the thing a set-aside question was about: "forget what level monterey sits at, who attends it"', () => {
    const attendees = topFactId('who attends the monterey talks');
    expect(attendees).toBeDefined();
    expect(topFactId('forget what level monterey sits at, who actually attends it')).toBe(attendees);
    expect(topFactId('not asking what level the Monterey Talks are, who actually attends them?')).toBe(attendees);
  });

  it('finds a tier by what it sits under: "what sits below the project policy meetings"', () => {
    const operational = topFactId('what are the operational level meetings');
    const projectPolicy = topFactId('what are the project policy meetings');
    expect(operational).not.toBe(projectPolicy);
    expect(topFactId('and what sits below the project policy meetings')).toBe(operational);
    expect(topFactId("what's the lowest layer of meetings he describes?")).toBe(operational);
    expect(topFactId('which meetings are beneath the three big dialogues')).toBe(projectPolicy);
    expect(topFactId("what's at the very bottom of the ladder, under the arms-buying meetings")).toBe(operational);
    // The branches take part in them: a "who" the fact answers.
    expect(topFactId('who takes part in the operational meetings')).toBe(operational);
  });

  it('answers a question about what something focuses on with its focus, not with who attends it', () => {
    const focus = engine.ask('what does the political military dialogue focus on').answers[0]?.fact;
    expect(focus?.answers).toContain('topic');
    expect(topFactId("i know the defense ministry sends people to the political military dialogue but what's it mainly focused on")).toBe(focus?.id);
    expect(engine.ask('what subjects do the defense security talks handle').answers[0]?.fact.answers).toContain('topic');
    expect(engine.ask("what's the DPSC abt").answers[0]?.fact.answers).toContain('topic');
    // "mainly" hedges; it names nothing (one fact happens to say "mainly").
    expect(topFactId('what is the new conference mainly about')).toBe(topFactId('what is the new conference focused on'));
    // A question ending "... about?" asks a topic as strictly, whatever its context says the thing's attendees are.
    same('MND sends senior people to the pol-mil dialogue, but what is that dialogue mainly about?', 'what does the political military dialogue focus on');
    // ("what's that number about" asks what the number is, no topic: read as one, it was refused.)
    expect(engine.ask("he says 'nearly NT$500 million' at the end, what's that number about").answered).toBe(true);
  });

  it('answers "does the budget say ...?" with what the budget leaves out, not with the thing asked about', () => {
    const fact = engine.ask('does the budget actually say anything more about the trip').answers[0]?.fact;
    expect(fact?.subject).toMatch(/leaves out/i);
    expect(engine.ask('what else does the budget say about the assessment case, anything concrete at all?').answers[0]?.fact.subject).toMatch(/leaves out/i);
    expect(engine.ask('does the ministry ever explain what the assessment case actually involves?').answers[0]?.fact.subject).toMatch(/leaves out/i);
    // Whatever else it names: the JFD's three years, who goes; or asked as official against guesswork.
    expect(engine.ask('Does the budget actually say what the assessment case will do over those three years?').answers[0]?.fact.subject).toMatch(/leaves out/i);
    expect(engine.ask('does the budget document actually spell out who goes and who they meet, or is it guesswork').answers[0]?.fact.subject).toMatch(/leaves out/i);
    expect(engine.ask("is any of the who's-leading-who stuff in the ministry's paperwork or is the prof just guessing").answers[0]?.fact.subject).toMatch(/leaves out/i);
    expect(engine.ask('what the budget leaves out about the delegation').answers[0]?.fact.subject).toMatch(/leaves out/i);
    // Chat drops the "does": "budget say who ...?" (but "budget say how much ...?" asks the amount, which it gives).
    expect(engine.ask('the budget mention who the delegation meets?').answers[0]?.fact.subject).toMatch(/leaves out/i);
    expect(topFactId('budget say how much the trip costs?')).toBe('delegation-travel-budget');
    // After what the asker sets aside.
    expect(engine.ask('apart from the seminars, does the budget say what the JFD will do in 2026-2028?').answers[0]?.fact.subject).toMatch(/leaves out.*JFD/i);
    expect(engine.ask('what does the budget NOT tell us about the assessment case specifically, not the delegation').answers[0]?.fact.subject).toMatch(/leaves out.*JFD/i);
    // "how does the budget describe it" asks for the description, not for what is left out.
    expect(engine.ask('how does the budget describe the new conference?').answers[0]?.fact.subject).not.toMatch(/leaves out/i);
  });

  it('tells meeting someone (a counterpart) from a meeting (a dialogue)', () => {
    const counterparts = topFactId('whom does the delegation meet');
    expect(topFactId('who from DoD will the MND guys meet')).toBe(counterparts);
    expect(topFactId('who specifically will the conference delegation be meeting')).toBe(counterparts);
  });

  it('reads descriptions of the article\'s things as their names', () => {
    const jfdPurpose = topFactId('what does the JFD signal');
    expect(topFactId("what does the professor read into the joint study project, what's it a sign of?")).toBe(jfdPurpose);
    const rank = topFactId('how does the defense policy special conference rank');
    expect(topFactId('where does the newly launched meeting sit in the pecking order')).toBe(rank);
  });

  it('reads chat idioms as the words they stand for', () => {
    const definition = topFactId('what is the JFD');
    expect(definition).toBeDefined();
    expect(topFactId("what's the deal with the JFD")).toBe(definition);
    expect(topFactId('ok so what is the JFD supposed to be, in plain words please')).toBe(definition);
    const counterparts = topFactId('whom does the delegation meet');
    expect(topFactId('who are they going to sit down and talk with once they get over there')).toBe(counterparts);
    expect(topFactId('who are the parties to the JFD')).toBe(topFactId('who runs the JFD'));
    expect(topFactId("forget the three-year total, what's just the 2026 slice of the JFD")).toBe(topFactId('how much is the JFD budget for 2026'));
    // "regular" is the article's "routine".
    expect(topFactId('what regular get-togethers do taiwan and the us already have going before all this')).toBe(
      topFactId('what are the existing routine dialogues'),
    );
    expect(topFactId("who's gonna be running the show for taiwan's side over there, any guesses?")).toBe(topFactId('who leads the delegation'));
    expect(topFactId('which year does the group pack their bags')).toBe(topFactId('which year does the delegation travel'));
    expect(topFactId("who's the guy they keep quoting, what's his deal")).toBe(topFactId('who is jin zhong'));
    // ... "this Dr Jin the newspaper is quoting", and whether he is "a man of some standing": who he is.
    expect(topFactId('who exactly is this Dr. Jin the newspaper is quoting?')).toBe('jin-zhong-who');
    expect(topFactId('is jin zhong a person of any real stature?')).toBe('jin-zhong-who');
    // "Mr Jin" is the analyst: what he thinks is his view, not "other people's views".
    expect(topFactId('what does mr zhong make of the chinese threat')).toBe('outlook-exchanges-deepening');
    const shift = topFactId('how has taiwan-us military cooperation shifted according to jin zhong');
    expect(topFactId("what's the endgame he sees with all this, like planning what each side does if things kick off?")).toBe(shift);
    expect(topFactId('has the emphasis moved on from just getting the two armies to work together smoothly?')).toBe(shift);
    expect(topFactId('where did jin zhong get all these numbers from')).toBe(topFactId('what is the source of these figures'));
    expect(topFactId('tell me about what the jfd is')).toBe(topFactId('what is the jfd'));
    expect(topFactId('JFD full name')).toBe(topFactId('what does JFD stand for'));
    expect(topFactId("which year's budget is all this from, in gregorian terms")).toBe(topFactId('where does this information come from'));
    expect(topFactId('# of ppl going')).toBe(topFactId('how many people are going'));
    same('how do we know any of this', 'where does this information come from');
    same('what talks do they already have', 'what are the existing dialogues');
    same('who will be the most senior person on the trip', 'who leads the delegation');
    same('how much will the trip set taiwan back', 'how much is the travel budget');
    same('will the new conference be held annually', 'is the new conference an annual dialogue');
    same('what is the price tag of the visit', 'how much is the travel budget');
    // A place stated to be checked asks where.
    same('the conference is in the US, right', 'where is the delegation going');
    // Formal and slang words for the article's own.
    same('what is the appropriation for the excursion', 'how much is the travel budget');
    same('For how many fiscal years is the joint assessment programme to run, and between which years precisely?', 'how long does the JFD run');
    same('Is the joint assessment programme a wholly novel undertaking, or have there been prior iterations of it?', 'has there been an earlier round of the JFD');
    same('who are their interlocutors on the american side', 'whom does the delegation meet');
    same('lowkey how big is the squad going over', 'how many people go');
    same("What are the Ministry of National Defense's project policy meetings concerned with?", 'what are the project policy meetings');
    expect(normalizeText('how is the new forum characterised')).toContain('describe');
    same('whence does all this information derive', 'where does this information come from');
    same('is the 32-strong party going over for the JFD seminars, or for some other purpose?', 'why is the delegation going');
    same('how big a party does the ministry intend to send?', 'how many people are in the delegation');
    same('never mind who attends the monterey talks, at what level are they pitched', 'what level are the monterey talks');
    same('were the 2024 seminars in person or virtual', 'what were the 2024 physical seminars');
    same('the politics-and-military chat, what is it about?', 'what does the political military dialogue focus on');
    same('does the budget paperwork spill any more beans about the trip', 'what does the budget leave out about the delegation');
    same('what is the joint program', 'what is the JFD');
    same('what do we not know about the joint program', 'what does the budget leave out about the JFD');
    same('is the new gathering going to be a one-off or a regular yearly dialogue?', 'is the new conference an annual dialogue');
    same('what comes after the weapons procurement meetings in the hierarchy', 'what are the operational-level meetings');
    same('that dialogue that is mostly about diplomacy - does the defense ministry send anyone?', 'who from the defense ministry goes to the political military dialogue');
    same('apart from the conference and the JFD, is the ministry doing anything else with the US?', 'what other new exchange programs are there');
    same("I know they'll meet DoD people, but about what", 'what will the delegation discuss');
    same("who showed up from taiwan's end at those in-person workshops", 'who took part in the 2024 seminars from taiwan');
    same("if the top guy still can't get into DC, who ends up heading the taiwan team", 'who leads the delegation');
    // US dollars are no count of Americans.
    same('how many US dollars go to the JFD in 2026', 'how much is the JFD budget for 2026');
    same("what's at the very bottom of the meeting ladder he lays out", 'what are the operational-level meetings');
    same('what else does the paperwork say about the three-year cooperation thing?', 'what does the budget leave out about the JFD');
    same("who goes to the monterey talks from taiwan's side", 'who attends the monterey talks');
    same('wat yera is 115 in reglar years', 'what year is ROC 115 in the gregorian calendar');
    same('history nerd here - ROC 115 is which year in the western calendar?', 'what year is ROC 115 in the gregorian calendar');
    expect(normalizeText('115 to 117, so that is what in AD?')).toContain('gregorian');
    same("the JFD goes from 115 to 117, so that's what in AD?", 'how long does the JFD run');
    // "this long", "this much" describe; they ask no length or amount.
    same("is it unusual for a program that isn't about buying weapons to run this long and cost this much?", 'is the JFD unusual');
    same('were does all this info come form, the defense budjet?', 'where does all this information come from');
    same('mnd stands for?', 'which ministry is the MND');
    // A choice between two of his roles asks who he is: the answer names both of his posts.
    same('wait so is jin zhong a professor or a think tank guy? im confused', 'who is jin zhong');
    same('is the commentator an academic or more of a think-tank type', 'who is jin zhong');
    // ... also with the first role described at more length: "a government official speaking for the MND or ...".
    same('was the analyst a government official speaking for the MND or an independent scholar', 'who is jin zhong');
    expect(topFactId('which think tank is jin zhong at')).not.toBe(topFactId('who is jin zhong'));
    // "show" is what the JFD signals; "show me" is a request.
    same('what does the jfd show', 'what does the JFD signal');
    same('can you show me where it says 32 people', 'how many people go');
    same('is this from the ministry budget or is the prof just saying stuff', 'where does all this information come from');
    // "tho" is "though", which a fact's "although" put in the vocabulary: a function word all the same.
    same('how much is the travel budget in usd tho', 'how much is the travel budget in usd');
    same("what's jin zhong's background, who does he work for", 'who is jin zhong');
    same("the pol-mil dialogue, what's the main subject matter there?", 'what does the political military dialogue focus on');
    same('so what does the assessment case say about what the two defense ministries are gearing up for?', 'what does the JFD signal');
    same('over how many years is the JFD money spread out', 'how long does the JFD run');
    same("quick q: 'Ministry of National Defense' here means Taiwan's ministry, not some US thing right?", 'which ministry is the MND');
    same('there are more new programs with the US beyond the big two? how many?', 'what other new exchange programs are there');
    same('the one named after the california city, where does it sit level wise like natsec or military strategy', 'what level are the monterey talks');
    // "irl" is in person, and meeting in person the physical seminars (once "meet" is read as "meetwith" too).
    expect(normalizeText('did they meet up irl')).toContain('physical seminars');
    // "in-person meetings" are the only ones the article reports, the 2024 seminars.
    expect(topFactId('any in person meetings before the new round starts?')).toBe('seminars-2024');
    // "US-facing", "exchange tracks": the new exchange programs with the US.
    expect(topFactId('beyond the conference, any other exchange tracks being started?')).toBe('new-exchange-programs');
    expect(normalizeText('other US-facing exchange lines')).toBe(normalizeText('other exchange programs'));
    same("when's this whole trip to america supposed to happen", 'which year does the delegation travel');
    expect(topFactId("what exactly is this 'joint cooperation assessment case' business, in simple words?")).toBe('jfd-definition');
    same('numerically where does the new conference land among the annual high-level dialogues, is it number four?', 'is the new conference an annual dialogue');
    same('forget how rare it is, what does the joint cooperation assessment case say about what the two defense ministries are preparing?', 'what does the JFD signal');
    const monterey = topFactId('what level are the monterey talks');
    // Both orders, and without looking back over the whole question at every position (that was quadratic).
    same('the whole budget for the JFD, how big is it', 'what is the JFD total budget');
    same("what's the pecking order among the three older talks, who's top dog", 'what level are the monterey talks');
    expect(topFactId('Of the three standing policy dialogues which predate the new forum, which is the most senior?')).toBe(monterey);
    same('who r they actually gonna be talking to once they land, like which americans', 'whom does the delegation meet');
    same('who shows up to the talks named after that california beach town', 'who attends the monterey talks');
    same('Which ministries send people to the California-named talks?', 'who attends the monterey talks');
    same('the talks that mostly bring together senior officials from both defense ministries - what subjects do they deal with', 'what do the defense security talks focus on');
    same('who attends the talks about high-level military issues', 'who attends the defense security talks');
    same("the channel that's basically staffed by both defence ministries - what topics does it tackle?", 'what do the defense security talks focus on');
    same('Who are the principal participants in the talks devoted to high-level military questions?', 'who attends the defense security talks');
    // "tell us about" is filler only as a request; in "what does X tell us about Y" it is what X signals.
    expect(normalizeText('what does the JFD tell us about ties')).toContain('tell us about');
    expect(normalizeText('can you tell me about the JFD')).not.toContain('tell');
    const seminars = topFactId('what seminars were held in 2024');
    expect(topFactId('what did the two sides get up to together back in 2024?')).toBe(seminars);
  });

  it('reads the words people use for focus, seniority, closeness, standing out and a job', () => {
    same('what is the new conference meant to zero in on', 'what does the new conference focus on');
    same('which of the long-running annual talks is the most senior', 'what level are the monterey talks');
    same('why does jin zhong say the two militaries keep getting tighter', 'why are taiwan-us military exchanges deepening');
    expect(normalizeText('is the MND budget getting tighter?')).not.toContain('closer');
    same('why does the professor think the JFD stands out', 'how unusual is the JFD');
    same('is the JFD unusual or pretty standard', 'how unusual is the JFD');
    same('what does jin zhong do for a living', 'who is jin zhong');
    same('what else does the published money plan reveal about the JFD', 'what does the budget leave out about the JFD');
    same('who sits in on the talks that deal with big-picture military matters', 'who attends the defense security talks');
    same('the budget calls the new conference the top venue for what', 'what is the new conference the top platform for');
    same("which country's ministry is the article even talking about", 'which ministry is the MND');
    same('not the 3yr total, just the 2026 jfd number', 'how much is the JFD budget for 2026');
    same('special conference definition', 'what is the special conference');
    same("I've got the rest, what I still need is the all-in price tag for the JFD", 'what is the JFD total budget');
    same('not the jfd money, i mean the travel budget for the 32 people', 'how much is the travel budget');
    // Without commas, "i mean" ends what is set aside.
    same('not the jfd i mean the travel money for the trip how much', 'how much is the travel budget');
    same("he's at tamkang and at a think tank, which one is his professor job", 'where does jin zhong teach');
    same('is the joint review project brand new', 'is the JFD new');
    // The JFD is "non-military procurement": whether it is an arms purchase is asked of how unusual it is.
    same('is the JFD basically an arms purchase?', 'how unusual is the JFD');
  });

  it('knows everyday words for the article\'s things: dough, meetups, bigwigs, agencies, flagship, tackle, attached, bearish', () => {
    same('how much dough is going into the JFD in total', 'what is the JFD total budget');
    same('which agencies send their bigwigs to the monterey talks', 'who attends the monterey talks');
    same('is the new conference the flagship forum', 'is the new conference the top platform');
    same('what subjects do the defense security talks tackle', 'what do the defense security talks focus on');
    same('which think tank is jin zhong attached to', 'which think tank does jin zhong work at');
    same('is jin zhong bearish about breakthroughs', 'is jin zhong optimistic about breakthroughs');
    same('before the newcomer, which yearly meetups did taiwan and the us already hold', 'what are the existing dialogues');
  });

  it('reads the talks described by their names\' words, and drops asides about the chat or the page', () => {
    same('the politics-plus-soldiers meetup, what is it centred on?', 'what does the political military dialogue focus on');
    same('the defence-plus-safety one, what subjects does it tackle', 'what do the defense security talks focus on');
    same("who's around the table for the defense security talks", 'who attends the defense security talks');
    same('just the 2026 portion of the JFD, people keep quoting me the big number', 'how much is the JFD budget for 2026');
    same('final para: he says the cooperation is moving past interoperability. moving toward what?', 'what is the cooperation moving toward after interoperability');
    same('For the Political and Military Dialogue, what is the main focus? (I know the MND sends people, that is not my question.)', 'what does the political military dialogue focus on');
  });

  it('answers "is that his opinion or a fact?" with the claim itself: its passage and label say which', () => {
    same("'the Deputy Minister will lead' - is that his opinion or a fact from the budget?", 'who leads the delegation');
    same('is the JFD lasting 3 years a fact or his opinion', 'how long does the JFD run');
    expect(engine.ask('does the spending document reveal anything else about the JFD?').answers[0]?.fact.subject).toMatch(/leaves out.*JFD/i);
  });

  it('finds the question proper: a question word last after "but", the scope of a superlative', () => {
    same('the JFD runs until 2028 but the delegation trip happens which year?', 'which year does the delegation travel');
    same('I know the new conference is the top platform, but among the three older dialogues, which one ranks highest?', 'which of the three existing dialogues ranks highest');
    // A scope before a question that is no superlative stays context.
    same('among the three existing talks, which one handles high-level military issues', 'what do the defense security talks focus on');
    same('which two parties are teaming up on that multi-year evaluation scheme?', 'who runs the JFD');
    same("the joint evaluation thing, what's the end goal", 'what is the purpose of the JFD');
  });

  it('reads chat slang for the article\'s things: eval, OG, first go, ELI5, tea, line item, leaked docs', () => {
    same('is this the first go at the joint eval program or have they run it before', 'is the JFD a new round');
    same('among just the 3 OG dialogues which is top tier', 'which of the three existing dialogues ranks highest');
    same('the ~15 mil NT line item for plane tickets n hotels, which thing is that paying for', 'what is the NT$15.43 million travel budget for');
    same("where'd the analyst get these numbers, leaked docs or smth", 'where do these figures come from');
    same('where is he getting those figures from', 'where do these figures come from');
    same('where does the quoted prof teach', 'where does jin zhong teach');
    same('what even is the joint eval thing, explain like im 5', 'what is the JFD');
    expect(engine.ask("what's the budget line item code for the JFD").answered).toBe(false);
  });

  it('reads academic wording: appraisal, counterparties, bankrolls, aggregate outlay, lifespan, thrust, track, provenance', () => {
    same("What's the aggregate outlay for the joint appraisal programme over its entire lifespan?", 'what is the JFD total budget');
    same('Which institutions are the counterparties to the joint appraisal programme, and who bankrolls it?', 'who runs the JFD');
    same("What's the main thrust of the politico-military track?", 'what does the political military dialogue focus on');
    same('Can someone unpack the three-letter acronym for the joint appraisal programme?', 'what does JFD stand for');
    same('Where does the information underpinning all these plans originate?', 'where do these figures come from');
    same('How does the analyst chart the evolution of the partnership: a move away from what, and toward what?', 'what is the cooperation moving toward after interoperability');
    same('Besides the forum and the JFD, are any further initiatives being funded?', 'what other new exchange programs are there');
    same('Is the travel budget quoted in New Taiwan dollars or in US dollars?', 'how much is the travel budget');
    same('List the dialogues that were already running, not counting the new one.', 'what are the existing dialogues');
    same("On the US side, who would the Taiwanese team be talking to? (I don't mean the Taiwanese staff who go along.)", 'whom does the delegation meet');
  });

  it('reads military and government jargon: TDY, CONUS, FMS, FY26, topline, engagements, a party to', () => {
    same('DPSC TDY length, abt how many wks?', 'how long does the delegation stay');
    same('JFD FY26 amt?', 'how much is the JFD budget for 2026');
    same("who's actually a party to that joint cooperation assessment program?", 'who runs the JFD');
    same('does their MoD even get a seat at the pol-mil talks', 'who attends the political military dialogue');
    same("how's the budget pitching the new conference - as the premier venue for mil issues?", 'what is the new conference the top platform for');
    same('which staff elements come along - not the leader, the rest of the team', 'which staff accompany the delegation');
    same("forget the agenda, who's the senior guy heading the taiwanese party", 'who leads the delegation');
    // Whether Taipei or the defense side sends people is asked of Taiwan's delegation, not of another country's.
    same('so how big a traveling party is taipei sending stateside', 'how many people are in the delegation');
    // The party to the US travels; a party to the JFD takes part in it.
    same('how big is the party to the US', 'how many people are in the delegation');
    // "how many to the US": a count of whatever the question names, not of the US ("new exchange programs with
    // the US" count programs).
    same('the ministry plans to send at most how many to the US for the conference?', 'how many people are in the delegation');
  });

  it('reads words for events, money moving, drifting and tiers (set AN)', () => {
    same("what's the point of flying the group over, what event are they going for", 'why does the delegation go to the US');
    same('he reckons the emphasis is drifting from one thing to another, from what to what?', 'what is the cooperation moving toward after interoperability');
    same("one notch beneath the big three, what's on their plate?", 'what do the project policy meetings focus on');
    same('so the conference is in washington then?', 'where does the delegation go');
    same('the dialogue that mixes politics and the armed forces - what does it mainly deal with?', 'what does the political military dialogue focus on');
    // "the defence side" is Taiwan's defence ministry: the one the article has attend the older dialogues.
    same('the diplomacy-heavy channel... does the defence side even bother turning up to that one?', 'who attends the political military dialogue');
    expect(engine.ask('has the legislature signed off on the 2026 defence budget yet?').answered).toBe(false);
  });

  it('reads the words of set AM: an opening year, a stint, politics+military, foreign relations, bankrolling anything else', () => {
    same('how much cash goes into the joint assessment program in its opening year by itself', 'how much is the JFD budget for 2026');
    same('are they gonna be abroad for like a few days or is it a longer stint', 'how long does the delegation stay');
    same('is the politics+military one mostly about foreign relations stuff?', 'what does the political military dialogue focus on');
    same('does the defence ministry even bother sending anyone to the diplomacy-centred talks', 'who attends the political military dialogue');
    same('besides the summit and the JFD, is the ministry bankrolling anything else with the americans', 'what other new exchange programs are there');
    // The Ministry of Foreign Affairs stays a ministry.
    expect(normalizeText('the ministry of foreign affairs')).toContain('foreign affairs');
    expect(engine.ask('how much of the 471 million goes to travel').answered).toBe(false);
  });

  it('keeps each newer rewrite to its own wording (a review found these misread)', () => {
    for (const question of ['which city do they hold the political military dialogue in', 'which city is tamkang in, do they say?', "what city is the trip's hotel in"]) {
      expect(engine.ask(question).lacks, question).toBe('cities or venues');
    }
    expect(engine.ask('what is the article talking about').answered).toBe(true);
    same('who is the US side meeting', 'whom does the delegation meet');
    same('the deputy minister leads, but who is he with?', 'who leads the delegation');
    same('which agency will the delegation meet with in the US', 'whom does the delegation meet');
    same('which agencies will the delegation talk to in washington', 'whom does the delegation meet');
    same("whats the delegation lineup", 'which staff accompany the delegation');
    same('how much was granted to the JFD in 2026?', 'how much is the JFD budget for 2026');
    same('when does the delegation first go to the US?', 'which year does the delegation travel');
    same('can the minister be in washington', 'who leads the delegation');
    same('of course the JFD is rare, what does it suggest?', 'what does the JFD signal');
    same('is the travel budget quoted in US dollars?', 'how much is the travel budget');
    expect(topFactId('where does the MND put all that money?')).not.toBe(topFactId('what level is the new conference'));
    expect(topFactId('so it\'s the 40 people, right?')).toBe(topFactId('how many people are in the delegation'));
  });

  it('reads the words of sets AO and AP: kick off and wrap up, "I don\'t ask", where the asker is from', () => {
    same('when does the joint evaluation project kick off and when does it wrap up', 'how long does the JFD run');
    same("he says they're moving past just being able to plug into each other's systems, toward what exactly", 'what is the cooperation moving toward after interoperability');
    same('where does jin zhong work as a professor', 'where does jin zhong teach');
    same('the talks that blend statecraft and soldiering, what do they mostly cover', 'what does the political military dialogue focus on');
    expect(engine.ask('how often do the meetings about arms purchases take place').refusal).toBe('unanswerable-kind');
    same("there's a diplomacy-heavy one and a military-heavy one, what does the military-heavy one deal with?", 'what do the defense security talks focus on');
    // What a yes-or-no question compares its subject with counts least.
    same('is the JFD the same thing as the defense policy special conference or separate?', 'what is the JFD');
    same('what sits at the very bottom of the whole dialogue structure he lays out', 'what are the operational level meetings');
    same('does the artcle say who leds the delegaton', 'who leads the delegation');
    same("monterey talks - I don't ask what level it is, I ask which people go there", 'who attends the monterey talks');
    same('I am from Germany so the NT dollar means nothing to me, the JFD total is how much in US dollar?', 'what is the JFD total in US dollars');
    same('which american agency the taiwanese group will sit down with?', 'whom does the delegation meet');
    expect(lacksOf('did jin zhong serve in the military before?')).toBe("the analyst's earlier career");
    expect(lacksOf('of the travel budget, how much is for hotel and how much for flights?')).toBe('a breakdown of the travel budget');
    expect(lacksOf('how much are the flights for the delegation')).toBe('a breakdown of the travel budget');
    expect(lacksOf('what do they pay per night in washington')).toBe('a breakdown of the travel budget');
    expect(lacksOf("what are the names of those 'multiple new exchange programs'?")).toBe("the new programs' names");
    expect(lacksOf('which outlet published this and when? need it for the source link')).toBe("the article's publisher and link");
  });

  it('reads the words of sets AT to AW: what the asker missed or asks, themes, endgames, a ministry running meetings, short follow-ups', () => {
    same('wats the JFD exactly', 'what is the JFD');
    // What is placed, when named, stays in "where do X rank".
    same('where do the monterey talks rank compared to the others', 'what level are the monterey talks');
    same('the older dialogues: where are they pitched?', 'what level are the three existing dialogues');
    same('whats the DPSC, what is it? i missed that part', 'what is the new conference');
    expect(normalizeText("i know it's monterey, i'm asking who attends it")).not.toMatch(/asking/);
    same('are they going to washington or just the US in general?', 'where does the delegation go');
    same("what's the main theme of the seminars", 'what topics did the seminars discuss');
    same('what are the seminars built around', 'what topics did the seminars discuss');
    same("what's the endgame of the JFD according to him", 'what does the JFD signal');
    same('has the JFD been run before', 'is the JFD a new round');
    same('under the three dialogues, what meetings does the ministry run', 'what are the project policy meetings');
    same('is the JFD going 2026 to 2028?', 'how long does the JFD run');
    same('what does the think tank guy say is rare about the JFD', 'how unusual is the JFD');
    same('there was a bit near the end about interoperability, what was that', 'what is the cooperation moving toward after interoperability');
    same('jfd 2026 money converted to usd', 'how much is the JFD budget for 2026');
    // A short follow-up ("which city is it in") is about what the message named before it.
    same('the trip, which city is it in', 'where does the delegation go');
    expect(lacksOf('does the conference alternate between taipei and washington')).toBe('where future rounds will be held');
    expect(lacksOf('who chaired the seminars')).toBe("officials' names");
    expect(lacksOf('who is the MOFA minister')).toBe("officials' names");
    expect(lacksOf('who heads the general staff department')).toBe("officials' names");
    expect(lacksOf('how many officers took part in the seminars')).toBe('how many took part in the seminars');
  });

  it('reads the words of sets AX, AY, AR and AS: Chinese terms, second-language word order, newsroom attribution, labels and titles', () => {
    // Chinese terms dropped into English: 國防部 is the Ministry of National Defense.
    same('which 國防部 does the article mean, ours in Taipei or the PRC one?', 'which ministry is the MND');
    same('so where do the numbers come from? is it from the defense ministry budget?', 'where does the information come from');
    // "what the trip is for", as asked inside a sentence.
    same('i still do not get what the trip is for', 'why does the MND send a delegation');
    same('how high up are the monterey talks', 'what level are the monterey talks');
    // "is MND even there?" asks who attends; after "right?", "then is ..." is the question.
    same('pol-mil is mainly diplomacy, right? then is MND even there or not', 'does the MND attend the political and military dialogue');
    // A figure offered with a choice says which fact is meant, in either word order.
    same('32 people - that figure is for the trip or for the seminars?', 'how many people are in the delegation');
    same('32 ppl - is that for the jfd or the conference', 'how many people are in the delegation');
    same('prof say nearly NT$500 million at the end - is it the 471 million figure?', 'what is the JFD total budget');
    expect(lacksOf('what was the seminar budget in 2024')).toBe('an amount for 2024');
    // Attribution and whom the asker writes for are no subjects.
    same('what will they discuss with the americans, per his read?', 'what will the delegation discuss with the DoD');
    same('explain the JFD in plain english for my editor', 'what is the JFD');
    same('where does he slot monterey, natsec or military strategy level?', 'what level are the monterey talks');
    same('is the ministry putting money toward anything else with the US?', 'what other new exchange programs are there');
    // Across the table at the talks is attending them; across the table from someone is meeting them.
    same('who sits across the table in the defense security talks', 'who attends the defense security talks');
    same('who will our guys be sitting across the table from on the american side', 'whom does the delegation meet');
    same('the defense security talks: who goes, just the two defense establishments?', 'who attends the defense security talks');
    same('what label does the budget give the new conference', 'is the new conference the top platform');
    same('who is jin zhong, i need his title', 'who is jin zhong');
    same('what does the JFD tell us about where the two sides are heading', 'what does the JFD signal');
    expect(lacksOf('what islands did the seminars cover')).toBe('what was shared or how secret it was');
    expect(lacksOf('will taiwan end up buying drones after the seminars')).toBe('outcomes');
    // (sets AR and AS) A dialogue named bare is placed as one named with "the"; shopping is buying.
    same('where does monterey rank, national security or military strategic level?', 'what level are the monterey talks');
    same('what comes underneath the arms-shopping meetings', 'what are the operational-level meetings');
  });

  it('says what the article lacks for names asked in other words, later events, explainers, institutions, polls, deal values, links and languages', () => {
    expect(lacksOf('who is the US point of contact for the seminars')).toBe("officials' names");
    expect(lacksOf('are there names for the american hosts anywhere')).toBe("officials' names");
    expect(lacksOf('does the piece name the officials going')).toBe("officials' names");
    expect(lacksOf('who is running the think tank now')).toBe("officials' names");
    expect(lacksOf('did the conference go ahead in the end')).toBe('outcomes');
    expect(lacksOf('was the JFD scrapped later')).toBe('outcomes');
    expect(lacksOf('any news on the delegation since the article')).toBe('outcomes');
    expect(lacksOf('what would joint action plans look like day to day')).toBe('how things work in general');
    expect(lacksOf('is tamkang private or public')).toBe("the institutions' character");
    expect(lacksOf('is there a survey on the JFD')).toBe('public opinion');
    expect(lacksOf('what are the arms deals at the project policy meetings worth')).toBe('the arms sales themselves');
    expect(lacksOf('got a link to the budget')).toBe("the article's publisher and link");
    expect(lacksOf('does the deputy minister speak english')).toBe('languages spoken');
    expect(lacksOf('who decides the agenda of the political military dialogue')).toBe('who proposed or approved it');
    // Still answered: the article names what it names, and gives its judgement of what will come.
    expect(engine.ask('what does the article name the new conference').answered).toBe(true);
    expect(engine.ask('is the new conference going ahead in 2026').answered).toBe(true);
  });

  it('says what the article lacks: departures, lists of the 32, the US side, history, teaching, who pays, page numbers, legal bases', () => {
    expect(lacksOf('when does the delegation depart')).toBe('exact dates');
    expect(lacksOf('is there a list of who is going')).toBe("officials' names");
    expect(lacksOf('who went from the american side')).toBe("the American side's numbers");
    expect(lacksOf('has china ever invaded taiwan')).toBe('history before the article');
    expect(lacksOf('which courses does he teach')).toBe("the analyst's teaching");
    expect(lacksOf('does the pentagon pay for the delegation')).toBe("the US side's share");
    expect(lacksOf('what does jin zhong make of biden')).toBe('politics beyond the article');
    expect(lacksOf('what does the national security council do all day')).toBe('how things work in general');
    expect(lacksOf('is the deputy minister a civilian or a general')).toBe("officials' backgrounds");
    expect(lacksOf('will they meet the secretary of defense')).toBe('which US officials take part');
    expect(lacksOf('which page of the budget has the JFD')).toBe('where in the budget document');
    expect(lacksOf('how big is the arms backlog')).toBe('the arms sales themselves');
    expect(lacksOf('do other analysts agree with him')).toBe("other people's views");
    expect(lacksOf('are travel days counted in the two weeks')).toBe('how the days are counted');
    expect(lacksOf('what legal authority funds the JFD')).toBe('legal bases');
    expect(lacksOf('will washington reciprocate')).toBe("other countries' delegations");
    expect(lacksOf('what is the jfd budget for 2030')).toBe('plans beyond 2028');
    expect(lacksOf('who originally proposed the JFD')).toBe('who proposed or approved it');
    expect(lacksOf('how frequently are the operational meetings held')).toBe('how often the lower-tier meetings are held');
    expect(lacksOf('did the minister make it into washington')).toBe('visits in the past');
    expect(lacksOf('is the delegation bigger compared to what they sent before')).toBe("earlier years' spending");
    expect(lacksOf('which language will they speak')).toBe('languages spoken');
  });

  it("says what the article lacks: motives, war predictions, markets, budget mechanics, the analyst's contacts, general meanings, other programs", () => {
    expect(lacksOf('whose idea was the JFD')).toBe('who proposed or approved it');
    expect(lacksOf('why not 40 people')).toBe('motives the article does not state');
    expect(lacksOf("what's in it for the analyst")).toBe('motives the article does not state');
    expect(lacksOf('will this make war more likely')).toBe('predictions about war');
    expect(lacksOf('will the US defend taiwan')).toBe('predictions about war');
    expect(lacksOf('will defense stocks go up because of this')).toBe('effects on business and markets');
    expect(lacksOf('does the JFD come out of a special budget')).toBe('how the budget is organised and audited');
    expect(lacksOf('who audits the travel money')).toBe('how the budget is organised and audited');
    expect(lacksOf('where can i read the budget')).toBe("the article's publisher and link");
    expect(lacksOf('who covers the hosting costs')).toBe("the US side's share");
    expect(lacksOf('has the professor talked to anyone in washington')).toBe("the analyst's own contacts");
    expect(lacksOf('what does drone warfare even mean')).toBe('how things work in general');
    expect(lacksOf('what other programs does taiwan run with the us')).toBe('other programs for comparison');
    expect(lacksOf('will they share radar data')).toBe('what intelligence is shared');
    // Still answered: the new programs the article mentions, what the JFD's name means, what he means by it, whom
    // the deputy minister brings (not who the deputy minister is).
    expect(lacksOf('who is the deputy minister')).toBe("officials' names");
    for (const question of ['what other new exchange programs are planned', 'what does the JFD mean', 'what does he mean by going beyond interoperability', "who's the deputy minister bringing along"]) {
      expect(engine.ask(question).answered, question).toBe(true);
    }
  });

  it('says what the article lacks about the people, the meetings and the seminars beyond what it states', () => {
    expect(lacksOf("why isn't the minister allowed to visit the pentagon")).toBe('why the Minister cannot enter Washington');
    expect(lacksOf('has the deputy minister been to washington before')).toBe('visits in the past');
    expect(lacksOf('did he attend a military academy')).toBe("officials' backgrounds");
    expect(lacksOf('is jin zhong on tv a lot')).toBe("the analyst's other work");
    expect(lacksOf('has he written any books')).toBe("the analyst's other work");
    expect(lacksOf('who from the state department attends')).toBe("the American side's numbers");
    expect(lacksOf('is the pmd older than the monterey talks')).toBe('history before the article');
    expect(lacksOf('do the project policy meetings happen in taipei or washington')).toBe('where the lower-tier meetings are held');
    expect(lacksOf('how many days did the seminars last')).toBe('how the seminars were run');
    expect(lacksOf('were the seminars tabletop exercises')).toBe('how the seminars were run');
    expect(lacksOf('does the us recognise taiwan')).toBe('politics beyond the article');
    expect(lacksOf('does taiwan have conscription')).toBe('politics beyond the article');
    expect(lacksOf('does the pentagon have an office that handles taiwan')).toBe('how things work in general');
    expect(lacksOf('is the travel budget a big jump')).toBe("earlier years' spending");
    expect(lacksOf('do the defense security talks get reported on')).toBe('press or public access');
    expect(lacksOf('is the coast guard at the operational meetings')).toBe('which units');
    // Still answered: where the analyst lectures, whom the delegation meets at the DoD.
    for (const question of ['where does the quoted expert lecture?', 'who from the DoD will the MND delegation meet']) {
      expect(engine.ask(question).answered, question).toBe(true);
    }
  });

  it('says what the article lacks for general background: what things are in general, careers, motives, China', () => {
    expect(lacksOf('what is a think tank')).toBe('how things work in general');
    expect(lacksOf("what's the difference between a minister and a deputy minister")).toBe('how things work in general');
    expect(lacksOf('what is the national security council')).toBe('how things work in general');
    expect(lacksOf('what counts as non-military procurement')).toBe('how things work in general');
    expect(lacksOf('how are drones used')).toBe('how things work in general');
    expect(lacksOf('what does the mofa do')).toBe('how things work in general');
    expect(lacksOf('why is china doing this')).toBe('politics beyond the article');
    expect(lacksOf('why does the us even care about taiwan')).toBe('motives the article does not state');
    expect(lacksOf('how do i get a job at the mnd')).toBe('careers and studies');
    expect(lacksOf('will they have free time')).toBe('travel logistics');
    expect(lacksOf('is it spy stuff')).toBe('what intelligence is shared');
    expect(lacksOf('who has to approve the jfd')).toBe('who proposed or approved it');
    expect(lacksOf("why is taiwan's ministry called mnd")).toBe('where the names come from');
    // Still answered: what the article's own things are, how they differ, whose ministry it is.
    for (const question of ['what is the jfd', "what's the difference between the new conference and the three dialogues", "MND here = ROC's MND or PRC's?"]) {
      expect(engine.ask(question).answered, question).toBe(true);
    }
  });

  it("says what the article lacks when a question borrows its words: the US side's delegation, the older talks' sizes and state, the threat's evidence, named arms, the analyst's past", () => {
    expect(lacksOf('what size is the american delegation')).toBe("the American side's numbers");
    for (const question of ['how large are the delegations at the defense security talks', 'is monterey in california']) {
      expect(lacksOf(question), question).toMatch(/^the older dialogues'/);
    }
    for (const question of ['which PLA patrols is he talking about', 'what proof is there that the threat is growing']) {
      expect(lacksOf(question), question).toBe('examples or evidence of the rising threat');
    }
    for (const question of ['any new F-16Vs for taiwan out of this?', 'which particular arms deals come up at the project policy meetings']) {
      expect(lacksOf(question), question).toBe('which weapons');
    }
    for (const question of ['what was his background before cspi', 'jin zhong, ex-army or not?']) {
      expect(lacksOf(question), question).toBe("the analyst's earlier career");
    }
    // Still answered: the delegation's size, the arms-sales tier, his background.
    expect(topFactId('how big is the delegation to the us')).toBe(topFactId('how many people are going'));
    expect(topFactId('where do the actual arms deals get hashed out')).toBe(topFactId('what are the project policy meetings'));
    expect(topFactId("what's jin zhong's background")).toBe(topFactId('who is jin zhong'));
  });

  it('reads slips that are rare English words, and drops who the asker is and where they read it', () => {
    same('wher is the delegation going', 'where is the delegation going');
    same('who will leed the delegation', 'who will lead the delegation');
    expect(normalizeText('whos gonna lead it if the minster cant go')).toContain('minister');
    expect(normalizeText('high schooler here, what does MND stand for')).not.toMatch(/high|school/);
    same('who goes w/ the deputy minister on the trip', 'who goes with the deputy minister');
    same('two weeks is the trip, got it - so how long does the JFD go for', 'how long does the JFD run');
    same('ok and the JFD for the whole run, not just 2026?', 'what is the JFD total budget');
    same('is the new conference supposed to be the flagship forum or some side event', 'is the new conference the top platform');
    // Which city is answered by where the delegation goes: the article names none, and that fact says so.
    same('which city is the delegation actually headed to?', 'where does the delegation go');
    same('is the conference going to be in washington?', 'where does the delegation go');
    expect(engine.ask('which city were the 2024 seminars held in').answered).toBe(false);
    same('ok dumb question but what even is this new policy conference everybody in chat is talking abt', 'what is the new conference');
    expect(normalizeText('retired officer here. reading this on the bus and kinda lost, what is the JFD')).not.toMatch(/officer|bus|lost/);
  });

  it('reads the words of the older sets\' misses: a statement before ", does", what the budget spells out, rare because of the money, over there, the top boss, 2026 only, meetings run by the ministry', () => {
    // A statement, then ", does ...": the question proper is what follows (not after "if" or a question word).
    same('the older dialogues are routine annual ones, does the new special conference count as a routine annual dialogue too?', 'is the DPSC a routine annual dialogue?');
    same('the diplomacy-flavored meetup, does the military ministry even bother showing up', 'does the MND attend the political military dialogue');
    expect(engine.ask('hypothetically if the US government shuts down, does the special conference get pushed back').answered).toBe(false);
    // Courtesy supposes nothing: "I would be grateful if ..." and "would anyone know if ..." are no hypotheticals.
    same('I would be very grateful if somebody could tell me how long the delegation stays.', 'how long is the trip');
    same('would anybody know if the JFD runs until 2028?', 'how long does the JFD run');
    // ... and the asker's family in the services is no subject.
    same('My late husband served in the navy and I like to follow such matters. Roughly how long will they stay?', 'how long is the trip');
    // "one of the old three" is one of the existing dialogues: the new conference is not.
    expect(topFactId('is the dpsc just one of the older three?')).toBe('dpsc-definition');
    // What a record spells out: "the ministry's spending plan", "the published appropriation", clarify, set out.
    same("To what extent does the ministry's spending plan itself clarify who heads the team and whom they'll sit down with?", 'what does the budget leave out about the delegation');
    same("Does the published appropriation actually set out who leads the party and whom it meets, or is all of that merely the professor's own inference?", 'what does the budget leave out about the delegation');
    // Rare because of the money or the length: how unusual it is, not an amount or a duration.
    same("is the JFD rare because of the money or because it's a procurement thing? he said non-procurement something", 'how unusual is the JFD');
    same("is the JFD 'rare' because of how long and pricey it is, or because it's an arms purchase?", 'how unusual is the JFD');
    // "over there" is where the delegation goes; a conversation is no currency conversion.
    same('what will they actually hash out over there, according to the prof', 'what will the delegation discuss with the US');
    same('the pol-mil dialogue, is that basically a State Department-flavored diplomatic conversation?', 'what is the political military dialogue about');
    same('for the Monterey meeting, which government bodies send their people?', 'who attends the monterey talks');
    same("is the prof bullish or bearish on how the two sides' security talks will go in the coming twelve months?", 'what does Jin Zhong expect in 2026');
    same("who's gonna be in charge of the group if the top guy still can't get into DC", 'who leads the delegation');
    // One year's slice: "2026 only", "how much of that is for next year".
    same("not the trip money, the other one - what's the three-year joint program getting in 2026 only?", 'how much is the JFD budget for 2026');
    same('471.23m is the total, how much of that is for next year', 'how much is the JFD budget for 2026');
    same('Where will the new high-level meeting physically take place, on whose soil?', 'where does the delegation go');
    same('when is the delegation going — is it the same year the JFD kicks off?', 'when does the delegation travel');
    same("JZ's take on wut the DPSC is mainly abt", 'what does the DPSC focus on');
    same('who represented taiwan at those face-to-face workshops? civil servants or people in uniform?', 'who took part in the 2024 seminars');
    // Meetings run by the ministry are conducted by it; the JFD is run by both sides.
    same("the project policy meetings, are those run by taiwan's MND or by the americans", 'what are the project policy meetings');
    same('the weapons buying meetings under the big three - who runs those', 'what are the project policy meetings');
  });

  it('reads gamers\' slang, soldiers\' words and finance jargon (sets AZ, BA, BB): repped, side quests, main characters, rare drops, a minister going himself, saber-rattling, T&E, burn, capex, scaling up, layered on top', () => {
    same('who repped taiwan at the physical seminars', 'who took part in the 2024 seminars');
    same("is the mnd twn's ministry or the american one", 'which ministry is the mnd');
    same('is the new conference a big deal or a side quest', "what is the new conference's rank");
    same('why does he treat the jfd as some rare drop', 'how unusual is the jfd');
    same('has the jfd ever happened before', 'is the jfd a new round');
    same('who are the main people at the defense security talks', 'who attends the defense security talks');
    same("who's the analyst, the main character here?", 'who is jin zhong');
    same('what is at the very bottom of this whole meeting food chain', 'what are the operational-level meetings');
    same('what sits below the project-level meetings', 'what are the operational-level meetings');
    same('i mean where the monterey talks rank', 'what level are the monterey talks');
    same('where does this new conference rank?', "what is the new conference's rank");
    same('over how many years is the cooperation case spread?', 'how long does the JFD run');
    same('does the minister go himself or does he send someone', 'who leads the delegation');
    same('will the defense minister attend himself', 'who leads the delegation');
    same('is it past making the militaries able to work together? toward what', 'what does he say cooperation is shifting to');
    same("are they going past working together technically? where does he think it's going", 'what does he say cooperation is shifting to');
    same("is it all because of beijing's saber-rattling?", 'why are military exchanges deepening');
    same('the new conference, new thing or a rebrand of something old?', 'what is the defense policy special conference');
    same('who is the deputy minister taking with him?', 'who accompanies the deputy minister');
    same("what's the T&E for the conference trip", 'how much is the travel budget');
    same('the airfare and per diem for the delegation, how much is that?', 'how much is the travel budget');
    expect(lacksOf("what's the per diem")).toBe('a breakdown of the travel budget');
    same("what's the jfd burn in 2026", 'how much is the JFD budget for 2026');
    same('what does he think the jfd is actually signalling about where the two sides are headed', 'what does the jfd signal');
    same('who is even at the table at the dst', 'who attends the defense security talks');
    same('why is engagement with the us scaling up', 'why are military exchanges deepening');
    same('is the new conference layered on top of the old ones', 'what is the defense policy special conference');
    same('the whole jfd commitment converted to us dollars', 'what is the JFD total in US dollars');
    same('the overall jfd money converted to us dollars', 'what is the JFD total in US dollars');
    expect(lacksOf('what was the seminar budget last year')).toBe("earlier years' spending");
    expect(lacksOf("what's the mnd's total topline budget for 2026")).toBe("Taiwan's overall defense budget");
    expect(lacksOf('which american admirals will the delegation meet')).toBe('whom the US side sends');
    same('what is the jfd doing with all that money', 'what does the budget leave out about the JFD');
    same('do the budget docs break down what the jfd cash pays for?', 'what does the budget leave out about the JFD');
    same('did the budget docs break down the jfd money', 'what does the budget leave out about the JFD');
    same("why is who leads just his guess, doesn't the budget say?", 'what does the budget leave out about the delegation');
    same("who goes to the one that's supposedly about diplomacy", 'who attends the political military dialogue');
    same('the jfd goes 115 to 117?', 'how long does the JFD run');
    same('monterey is the highest of the old three, but which is the top platform now?', "what is the new conference's rank");
    same('is the jfd capex or some other kind of spend? is it unusual', 'how unusual is the jfd');
  });

  it('reads "diplomatic/political" as one focus, "diplomacy" as "diplomatic", a town as a city, "projet" as project, "purely a ..." as set aside, whom the deputy minister meets as the delegation\'s counterparts, what the JFD is "setting up between" the sides as what it prepares, "in 2026 or 2027" as asking a year, "does the budget call" as the source, what "took place" as held, and a US president or where an older dialogue happens as beyond the article', () => {
    same('does the new conference deal with military issues or diplomatic/political ones', 'what does the new conference focus on');
    same('the political military dialogue is mostly diplomacy, right? does the defense ministry send anyone to it', 'who attends the political military dialogue');
    same('is the trip to some town in the us, is it named', 'which city is the delegation going to');
    same('what do the projet policy meetings handle', 'what are the project policy meetings');
    same('does the analyst teach anywhere, or is he solely a think tank researcher', 'where does jin zhong teach');
    same('who will the deputy minister be meeting with over there', 'whom does the delegation meet');
    same('what is the jfd setting up between taiwan and the us', 'what does the JFD signal');
    same('does the dpsc trip happen in 2026 or in 2027', 'what year does the delegation travel');
    same('which one does the budget call the top platform, the monterey talks or the new conference', "what is the new conference's rank");
    same('did the seminars that took place in 2024 cover drones', 'what topics did the 2024 seminars cover');
    expect(lacksOf('does the american president meet them')).toBe('which US officials take part');
    expect(lacksOf('does the monterey talks happen in washington or taipei')).toMatch(/older dialogues/);
  });

  it('reads a stated amount "converts to how many USD" (and a "slice" converted, "taiwan dollars") as the amount in dollars, "numerically"/"nth"/"sequence" as the ordinal, the talks "between the two defence departments" as the Defense Security Talks, "the highest-ranked of the three older dialogues" as the Monterey Talks, "where on the spectrum" as a level, and what "they" or "the two sides" will discuss as the delegation\'s agenda', () => {
    same('NT$471.23 million comes to how many US dollars', 'what is the total JFD budget');
    same('471 mil taiwan dollars converts to how much usd', 'what is the total JFD budget');
    same("what's the 2026 jfd slice converted to usd", 'how much is the jfd in 2026');
    same('which number is the new conference in the sequence of dialogues', 'is the new conference the fourth annual dialogue');
    same('the nth dialogue, which is the new conference numerically', 'is the new conference the fourth annual dialogue');
    same('what do the security talks between the two defence departments cover', 'what do the defense security talks focus on');
    same('the older talks where the two war ministries meet, what is on their agenda', 'what do the defense security talks focus on');
    same('who attends the highest-ranked of the three older dialogues', 'who attends the monterey talks');
    same('who goes to the top-ranked older dialogue', 'who attends the monterey talks');
    same('the monterey talks, where on the spectrum are they pitched', 'what level are the monterey talks');
    same('what will the two sides be discussing over there', 'what will the delegation discuss');
  });

  it('reads the words of sets BV to BY: figures drawn from or read off the budget, a document behind them, tiers underneath and echelons, legacy channels that outrank, going over there to do, why it is only his guess, meeting face to face or over VTC, his role, his think tank or his university, ordinals and slips, budget year 115, which is lower, going over to attend', () => {
    const source = topFactId('what is the source of these figures');
    expect(topFactId('which document are the jfd figures drawn from')).toBe(source);
    expect(topFactId('is the professor quoting straight from the MND budget or making it up himself?')).toBe(source);
    expect(topFactId('is there any paperwork behind these numbers or is it just vibes')).toBe(source);
    expect(topFactId('underneath the procurement meetings, which tier is there')).toBe(topFactId('what comes below the project policy meetings'));
    const projectPolicy = topFactId('what is below the three dialogues');
    expect(topFactId('below the big three talks, what comes next tier down?')).toBe(projectPolicy);
    expect(topFactId('what is the next rung down from the three big dialogues')).toBe(projectPolicy);
    same('among the legacy dialogues, what outranks the rest', 'which of the three existing dialogues is highest');
    same('what is the team heading to washington to do', 'why does the delegation go to the us');
    // Why they go, with the place named, asks no place.
    same('why is the delegation flying to washington', 'why does the delegation go to the us');
    expect(topFactId('why is the leader only an assumption by jin zhong')).toBe(topFactId('what does the budget leave out about the delegation'));
    expect(topFactId('which city do the deputy minister and his staff fly into')).toBe(topFactId('where does the delegation go'));
    expect(topFactId('what city is everyone assuming, dc?')).toBe(topFactId('where does the delegation go'));
    expect(normalizeText('were they meeting face to face or was it all vtc')).not.toContain('vtc');
    expect(normalizeText('did the two sides meet face to face or just over zoom')).toContain('physical seminars');
    same("CSPI - what's his role", 'is jin zhong a researcher at an institute');
    same('does he lecture at tamkang too or just think tank', 'where does jin zhong teach');
    same('who is the analyst, and where does he work', 'who is jin zhong');
    same('is the conference counted as the fourht yearly dialogue', 'is the new conference the fourth annual dialogue');
    same('jfd money in the frist year', 'how much is the jfd budget for 2026');
    expect(normalizeText('the thrid dialogue')).toContain('3 dialogue');
    expect(engine.ask('is the conference counted as the fourth dialogue').unknownTerms).toEqual([]);
    same('what is the jfd signalling', 'what does the JFD signal');
    same('two numbers in there, 15.43 and 152.5, and the 15.43 one is for what', 'how much is the travel budget');
    same("budget year 117 - that's 2028? i keep mixing them up", 'what is ROC year 117');
    expect(topFactId("I can't make head nor tail of the ending. What is the cooperation turning into?")).toBe('outlook-action-plans');
    same('tamkang - is that his think tank or his university post?', 'where does jin zhong teach');
    same('is the institute for strategic studies his think tank or his uni', 'where does jin zhong teach');
    const operational = topFactId('what comes below the project policy meetings');
    expect(topFactId('under the procurement-focused sessions, what is there')).toBe(operational);
    expect(topFactId('which one ranks lower, the operational-level meetings or the project policy ones')).toBe(operational);
    same('what are the delegates flying over to attend', 'why does the delegation go to the us');
  });

  it('says what the article lacks: a split of the travel money, China\'s military budget, who holds a post now, the chief of staff, an older dialogue\'s size', () => {
    expect(lacksOf('how is the trip money divided between airfare and lodging')).toBe('a breakdown of the travel budget');
    expect(lacksOf("how big is beijing's annual defense budget")).toBe("China's military budget");
    expect(lacksOf('how much does the PLA spend')).toBe("China's military budget");
    expect(lacksOf('who is it currently, do you know')).toBe("officials' names");
    expect(lacksOf('does the chief of the joint staff go too')).toBe("officials' names");
    expect(lacksOf('what rank are the generals in the delegation')).toBe('rankings or military ranks');
    expect(lacksOf('tamkang, is that a prestigious university or not')).toBe('rankings or military ranks');
    expect(lacksOf('is tamkang a good school')).toBe('rankings or military ranks');
    expect(lacksOf('which US commands were at the seminars')).toBe('whom the US side sends');
    expect(engine.ask('how large a team goes to the political military dialogue').answered).toBe(false);
  });

  it('refuses what lies outside the article even in its words: outcomes, confirmations, troops, founders, the analyst\'s record', () => {
    for (const question of [
      'did the pentagon officially confirm the conference',
      'will taiwan and the us hold joint military exercises in 2026',
      'will the JFD be extended after 2028',
      'who founded the chinese strategic prospects institute',
      'who set up the chinese strategic prospects institute',
      'did jin zhong predict stuff like this before and was he right',
      'why exactly is the minister not able to get into washington',
      'which drone models did they talk about at the seminars',
      'what is the US share of the JFD',
      'how much does the US side put into the joint assessment case',
      'so the americans are paying half of the JFD, right?',
      'can u list the names of the 32 delegates',
      "taiwan's defense minister rn is who?",
      'What will the operational-level meetings decide in 2026?',
      'does the travel budget cover hotels too or just airfare',
      'what has beijing said about this so far',
      'how many of the 32 are staff officers?',
      'how much of the NT$15.43m goes to flights vs hotels',
      "what's the total MND topline for ROC 115",
      'which US officials will they meet? names pls',
      'which US military branches took part in the seminars',
      'per diem for the delegation?',
      'how much is the budget for the project policy meetings',
      'how much is budgeted for the project policy meetings',
      'did the legislature approve the 2026 defense budget yet',
      'has the budget been approved',
      'which military branch sent the most reps to the seminars',
      "who's the top US official the delegation will be meeting, by name?",
      'would the US actually send forces if China blockaded Taiwan?',
      'What did the Ministry of Foreign Affairs say publicly about the new conference?',
      "What's the conference called in Chinese?",
      'what percentage of the defense budget is the JFD',
      'how much was the previous JFD round',
      'is the conference open to the press',
      'what is the F-16 delivery schedule',
      "do we know the deputy minister's NAME or nah",
      'which drones did they talk about at the seminars',
      'who proposed the new conference, taipei or washington?',
      "how much is the MND's entire 2026 budget",
      'what are the new exchange programs actually called',
      "what did beijing's foreign ministry say about all this",
      "doesn't the taiwan relations act force the US to defend taiwan?",
      "what's the exact return date for the delegation",
      'how many americans will be at the conference',
      'who represents the US side at the political military dialogue',
      'which specific military branches sent reps to the seminars, army? navy?',
      "what's the NT$ to USD rate today",
      'what did jin zhong do before joining tamkang',
      'when did a taiwanese defense minister last visit washington',
      'how many people from the joint staff will be in the delegation',
      'how much money goes to the other new exchange programs he mentions',
      'how much did the MND spend on US travel last year compared to this',
      'what if the US side just cancels the conference',
      'were the 2024 seminars held in taiwan or over in the states',
      'which situations exactly? the specific situations he mentions',
      'why are they even called the monterey talks',
      'are they flying commercial or on a military plane',
      'how are taiwanese media covering this',
      'what is the chinese strategic prospects institute funded by',
      'who leads the monterey talks',
      'whats the deputy ministers name, the one whos supposedly going',
      'who even is taiwans defense minister rn',
      'why cant the minister get into washington in the first place',
      'what rank were the military reps at the seminars',
      'ngl is there gonna be a war or what',
      'how much of the travel budget is for flights',
      'when did the first JFD round start',
      "what's the opposition parties' view on the Defense Policy Special Conference",
      'is there a joint military exercise planned between taiwan and the US in 2026',
      'who is the actual person at the US Department of Defense in charge of the JFD?',
      'who represents the US at the Political and Military Dialogue, is it the state department?',
      'who from the american side showed up to those 113 seminars',
      'is the US kicking in any of its own money for the JFD',
      'hotel the delegation is staying at?',
      'what kind of security detail will the delegation get',
      'what share of the JFD cash goes to drone stuff specifically',
      'has jin zhong ever served in the military himself',
      'is the Defense Policy Special Conference classified',
      'what intel did taiwan and the US actually swap in the intelligence exchange part',
      'which blockade scenarios did they look at',
      'will the Ministry of Foreign Affairs send anyone to the special conference',
      'which subordinate units of the MND are running the new exchange programs',
      'jfd budget 2028 alone',
      'what will the conference travel budget be in 2027 or 2028?',
      'does he think the defense minister will eventually be allowed into DC',
      "who's leading the american side at the conference, name?",
      'which US official is gonna host the taiwanese guys at the pentagon?',
      'Which US services take part in the operational-level meetings?',
      '@rin keeps saying the 2024 seminars were held in taipei, where were they actually held?',
      'is jin zhong a retired military officer',
      'is the KMT going to try to cut the assessment case funding',
      'will the delegation visit any us military bases during those two weeks',
      'when is han kuang next year',
      'i heard the monterey talks got renamed, what are they called now',
      'name of the NSC secretary-general who goes to the monterey talks',
      'which us defense secretary would be hosting them',
      'which us agency handled the intelligence exchange part',
      'who attends the political military dialogue from the US side, state department?',
      "what's the actual start date of the Defense Policy Special Conference? month at least?",
      "the deputy minister who'd lead the DPSC delegation, what's his name?",
      "who's the Pentagon official hosting the DPSC? name?",
      'which US department runs the pol-mil dialogue on their end, State?',
      "where's Tamkang University anyway, Taipei?",
      'since when has the defense minister been barred from DC',
      'what does the US side say about what the two defense ministries are gearing up for?',
    ]) {
      const result = engine.ask(question);
      expect(result.refusal, question).toBe('unanswerable-kind');
      expect(result.lacks, question).toBeTruthy();
    }
    // Each says what the article lacks.
    expect(lacksOf('how many of the 32 are staff officers?')).toBe('a breakdown of the delegation or of the JFD money');
    expect(lacksOf('does the travel budget cover hotels too or just airfare')).toBe('a breakdown of the travel budget');
    expect(lacksOf("taiwan's defense minister rn is who?")).toBe("officials' names");
    expect(lacksOf('What will the operational-level meetings decide in 2026?')).toBe('outcomes');
    expect(lacksOf('what has beijing said about this so far')).toBe('reactions');
    expect(lacksOf('have any American analysts weighed in on the JFD yet?')).toBe('reactions');
    expect(lacksOf("what's the total MND topline for ROC 115")).toBe("Taiwan's overall defense budget");
    expect(lacksOf('so the americans are paying half of the JFD, right?')).toBe("the US side's spending");
    expect(lacksOf('has the legislature signed off on the 2026 defence budget yet?')).toBe('what lawmakers did with the budget');
    expect(engine.ask('so did the defense minister end up getting into washington or not').refusal).toBe('unanswerable-kind');
    expect(normalizeText('so did he end up getting in')).not.toMatch(/  /);
    // A short follow-up ("what's the reason", "did he serve?") asks about the question before it.
    expect(engine.ask("why exactly can't the minister get into washington, what's the reason").refusal).toBe('unanswerable-kind');
    expect(engine.ask('is Jin Zhong ex-military? did he serve?').lacks).toBe("the analyst's earlier career");
    expect(engine.ask('did the two sides already meet face to face on this stuff before? what happened in 2024').answered).toBe(true);
    // Where the question is about the delegation's own numbers, it is answered.
    expect(topFactId('how many of the 32 people actually go to the US?')).toBe(topFactId('how many people are in the delegation'));
    expect(engine.ask('is the US kicking in any of its own money for the JFD').lacks).toBe("the US side's spending");
    expect(engine.ask('has jin zhong ever served in the military himself').lacks).toBe("the analyst's earlier career");
    expect(engine.ask('has the budget been approved').lacks).toBe('what lawmakers did with the budget');
    expect(engine.ask('will the Ministry of Foreign Affairs send anyone to the special conference').lacks).toMatch(/besides the defense ministry/);
    // The same words in questions the article does answer.
    expect(engine.ask('who leads the delegation, and why not the minister').answered).toBe(true);
    expect(engine.ask('does the trip extend over two weeks').answered).toBe(true);
    expect(engine.ask('which armed forces branches take part in the operational meetings').answered).toBe(true);
    expect(engine.ask('who from the US side will the delegation meet').answered).toBe(true);
    expect(engine.ask('how many new exchange programs are there').answered).toBe(true);
    expect(engine.ask('who comes along from the joint staff').answered).toBe(true);
    expect(engine.ask('how much cash did they set aside for plane tickets and hotels for the group').answered).toBe(true);
    expect(engine.ask('who on the american side will they actually be sitting down with').answered).toBe(true);
    expect(engine.ask('how much are they spending on flights, hotels and all that for the trip?').answered).toBe(true);
    expect(engine.ask('who attends the monterey talks, the national security council?').answered).toBe(true);
    expect(engine.ask('does jin zhong work at tamkang').answered).toBe(true);
    expect(engine.ask('which DoD ppl does the delegation meet w/').answered).toBe(true);
    expect(engine.ask('Which American department would our delegation be engaging with while they are over there?').answered).toBe(true);
    expect(engine.ask('what scenarios did the 2024 seminars cover').answered).toBe(true);
    expect(engine.ask('the brand new meeting, is it more about soldiers and military matters or what').answered).toBe(true);
    expect(engine.ask('which US officials will the delegation meet').answered).toBe(true);
    expect(topFactId('which US officials attend the defense security talks')).toBe(topFactId('who attends the defense security talks'));
    expect(topFactId('how much of the budget is for 2026')).toBe(topFactId('how much is the JFD budget for 2026'));
    expect(topFactId('when did the seminars take place')).toBe(topFactId('what seminars were held in 2024'));
    expect(topFactId('what do we know about jin zhong')).toBe(topFactId('who is jin zhong'));
    expect(engine.ask('who leads the delegation to the conference').answered).toBe(true);
    expect(engine.ask('what happened in 2024').answered).toBe(true);
  });

  it('takes no word for the kind of answer wanted ("cover") as the subject that an answer must hold', () => {
    const size = topFactId('how many people go');
    expect(topFactId('NT$15.43 million for the trip - how many people is that supposed to cover?')).toBe(size);
  });

  it('prefers the fact holding a number the question states ("NT$152.50 million, is that the whole JFD?")', () => {
    const budget2026 = topFactId('how much is the JFD budget for 2026');
    expect(topFactId('NT$152.50 million, is that the whole JFD or just one year of it?')).toBe(budget2026);
    // A figure before a choice ("is that A or B?") says which of the two is meant, in digits or in words; a small
    // one only matches itself (2 weeks is not 3 years).
    expect(topFactId("'over two weeks' - is that how long the JFD runs or how long the conference trip is")).toBe(topFactId('how long does the delegation stay'));
    expect(topFactId('3 years: is that the conference or the JFD?')).toBe(topFactId('how long does the JFD run'));
    // It outweighs the words of the choice ("the whole JFD" names the total) and of a guess being checked.
    expect(topFactId('the 152.5 million - is that the whole JFD or just one year of it')).toBe(budget2026);
    expect(topFactId("471 million, that's just next year's slice right?")).toBe(topFactId('what is the JFD total budget'));
    // One figure offered a choice picks the fact that holds it, whatever the choice names; a figure in a guess
    // being checked may be wrong, and does not.
    const size = topFactId('how many people are in the delegation');
    expect(topFactId('32 people - is that for the conference or the seminars?')).toBe(size);
    expect(topFactId('32 ppl - is that for the jfd or the conference')).toBe(size);
    expect(topFactId('someone said the conference is only like a 3 day thing, that right?')).toBe(topFactId('how long does the delegation stay'));
    // A figure written to its decimals is itself: NT$15.43 million is not the JFD's US$15.45 million.
    expect(topFactId('15.43 million - is that the assessment case budget or the money for the visit?')).toBe('delegation-travel-budget');
    // "(a figure) - is that the X?" checks a guess about the figure, as "..., right?" does.
    expect(topFactId('that US$15.45 million - is that the trip money?')).toBe(topFactId('what is the JFD total budget'));
    // An amount rounded is the article's own: "471 million" is the 471.23 million total, even with nothing else named.
    expect(topFactId('471m in usd?')).toBe(topFactId('what is the JFD total budget'));
    expect(topFactId('471 million ntd to usd')).toBe(topFactId('what is the JFD total budget'));
    expect(topFactId('I know the JFD total is 471 million, but how much is budgeted for 2026?')).toBe(budget2026);
    // A full match that also states the number still scores at most 1.
    expect(engine.ask('JFD total 471.23 million NT$ for 2026 to 2028, how much is it in usd').answers[0]?.score).toBe(1);
  });

  it('answers questions that only share words with a rewrite or a refusal rule', () => {
    expect(topFactId('how much is the jfd budget for 2026, i guess')).toBe(topFactId('how much is the JFD budget for 2026'));
    expect(topFactId('the budget is 471 million, how much is 2026')).toBe(topFactId('how much is the JFD budget for 2026'));
    expect(topFactId('what are the project policy meetings, in simple terms')).toBe(topFactId('what are the project policy meetings'));
    expect(topFactId('how much can the JFD get up to')).toBe(topFactId('what is the JFD total budget'));
    expect(topFactId('were the 2024 seminars held in person or online')).toBe(topFactId('what seminars were held in 2024'));
    // "online" is about the seminars only next to them.
    expect(engine.ask('is the conference online or in person').answers.map((answer) => answer.fact.id)).not.toContain(topFactId('what seminars were held in 2024'));
    expect(topFactId('who is the highest official at the monterey talks')).toBe(topFactId('who attends the monterey talks'));
    // "take place" is happening; "take" alone is someone's view. The answer dates the conference.
    const held = engine.kb.byId.get(topFactId('when will the conference take place'))!;
    expect(held.values.some((value) => value.kind === 'year' && value.gregorian === 2026)).toBe(true);
    expect(held.stance).toBe('reported');
    for (const question of [
      'if i read this right, would the deputy minister lead the delegation',
      'what do the action plans do in case of a contingency',
      'what exactly are the operational-level meetings of the military branches',
      'is a budget this big rare for exchange programs',
      'when exactly does the JFD start',
      'what does the analyst make of the JFD',
    ]) topFactId(question);
    // Still refused: the same rules where they apply.
    expect(engine.ask("what's the deputy minister's full name").refusal).toBe('unanswerable-kind');
    expect(engine.ask('what would happen to the JFD if war breaks out').refusal).toBe('unanswerable-kind');
    expect(engine.ask('if the administration in DC changes would the JFD still go ahead').refusal).toBe('unanswerable-kind');
  });

  it('reads the words of sets BN to BQ about the JFD, its money and years, the analyst and his outlook', () => {
    // "from what to what", "moved on from one goal to another": the shift he sees, not the deepening; "tl;dr" is no subject.
    same('the ties are moving from what to what, per jin zhong?', 'what shift does Jin Zhong see in the cooperation');
    same('he reckons the partnership moved on from one goal to another - what were they?', 'what shift does Jin Zhong see in the cooperation');
    same('tl;dr of the shift he describes?', 'what shift does Jin Zhong see in the cooperation');
    // "noteworthy", "remarkable" ask how unusual it is, whatever length or size they name; a cooperation assessment is the JFD.
    same('why does jin zhong find the length and size of the cooperation assessment remarkable?', 'how unusual is the JFD');
    // Years the money "stretches over" are its span; a "2026-only" figure is 2026's alone.
    same('how many years does the joint cooperation assessment money stretch over?', 'how long does the JFD run');
    same("what's the 2026-only figure for the joint program", 'how much is the JFD budget for 2026');
    // A joint program, with or without "the", is the JFD; so is "this assessment project".
    same('joint program timeframe', 'how long does the JFD run');
    same('what happened under this assessment project in 2024', 'what seminars were held in 2024');
    // What the budget says "beyond the money", what "the defense ministry" reveals, and why something is "only a
    // guess" or what the government did "not just say" ask what the budget leaves out.
    same('what does the budget say about the assessment case beyond the money?', 'what does the budget leave out about the JFD');
    same('did the defense ministry reveal what the joint cooperation assessment will do', 'what does the budget leave out about the JFD');
    same("why is whom they meet only the analyst's guess?", 'what does the budget leave out about the delegation');
    same('the article says he judges who heads the team, did the government not just say so?', 'what does the budget leave out about the delegation');
    // "I know ..." discounts its own sentence, not a question asked before it.
    same('what does the budget disclose about the JFD? i know the delegation part is vague, but what about the assessment case', 'what does the budget leave out about the JFD');
    // "the published budget" says what it says: no one else's view to refuse.
    expect(topFactId('what does the published budget say about the conference')).toBe(topFactId('what does the budget leave out about the delegation'));
    // Where he works is both his posts ("as a professor" is one); the main source, when he teaches, is the analyst.
    same('where does the analyst work?', 'who is Jin Zhong');
    same('where does the main source lecture', 'where does Jin Zhong teach');
    same('my mom wants to know how many military folks taiwan is sending', 'how many people will Taiwan send');
    // A clause that says what a named year is ("2028 when the JFD ends") is context; so is where a year stands.
    same('what year does the delegation fly out, 2026 or 2028 when the joint program ends?', 'when does the delegation travel');
    same('ROC 113 in the seminars paragraph is which year for foreigners', 'what year is ROC 113');
    // The article's "next year", asked on its own, is a calendar question.
    expect(topFactId("when the piece says 'next year', which year is that in western terms?")).toBe(topFactId('what year is ROC 113'));
    // Asked of the seminars (or sessions) across an aside, "in person or remote?" is the physical seminars.
    same('the seminars (not the conference), were they in person or remote?', 'what seminars were held in 2024');
    same('were the 2024 sessions virtual or in person?', 'what seminars were held in 2024');
    same('is the new conference the biggest deal for the two defense departments?', 'is the DPSC the top platform');
    same('is 32 a firm number or just a cap?', 'how many people will Taiwan send');
    same("which country's Ministry of National Defense is this story talking about", 'which ministry is the MND?');
    same('what does the JFD money even tell us', 'what does the JFD signal');
    same("both sides are in the joint assessment, but who's putting up the cash?", 'who pays for the JFD');
    // Still refused: specific systems, the US side at the seminars, what the US side has said.
    expect(lacksOf('did the drone seminar cover particular platforms like the switchblade')).toBe('which weapons');
    expect(lacksOf('who was the American delegation at the seminars')).toBe('whom the US side sends');
    expect(lacksOf('what has the US state department said publicly about the conference')).toBe('reactions');
  });

  it('reads the words of sets CB and CC: a place in the series, a one-off, which way the trip goes, the lower tier, what is set aside or beyond', () => {
    // "dialogue number four", "which number dialogue": the ordinal; a one-off or a recurring thing: the annual routine.
    expect(topFactId('is the new meeting dialogue number four now?')).toBe('dpsc-fourth-dialogue');
    expect(topFactId('which number dialogue is the new conference')).toBe('dpsc-fourth-dialogue');
    expect(topFactId('is the new forum a one-off event or a new recurring dialogue?')).toBe('dpsc-fourth-dialogue');
    // "which one's the diplomatic one" asks which it is, as "which is the diplomatic one" does.
    expect(topFactId("which one's the diplomatic one, monterey or the pol-mil dialogue?")).toBe('political-military-dialogue-focus');
    // A dialogue described first, then offered as a choice: which one the description fits.
    expect(topFactId('the talks which are about diplomacy - is it the monterey talks or the political military dialogue?')).toBe('political-military-dialogue-focus');
    // A headcount in a "why" question says who goes; "taiwan defense folks" are the ministry's.
    expect(topFactId('why are 32 taiwan defense folks flying to the US?')).toBe('delegation-purpose');
    expect(topFactId('why is the mnd sending 30-odd officials over?')).toBe('delegation-purpose');
    // Taiwan going to the US or the US coming to Taiwan: which way the trip goes.
    expect(topFactId('are the taiwanese going to washington, or are the americans coming to taipei?')).toBe('delegation-destination');
    // "in terms of" is no long term; "where is monterey positioned" a level; "putting aside X," and a leading "beyond X," set X aside.
    expect(topFactId('in terms of seniority, where is monterey positioned')).toBe('monterey-talks-level');
    expect(topFactId('putting aside its rank, what is the new conference')).toBe('dpsc-definition');
    expect(topFactId('beyond the trip and the joint program, is the ministry starting other exchanges with the us')).toBe('new-exchange-programs');
    // Beyond interop to what: the shift; what the JFD is "supposed to indicate" or "preparing them for" (long term): its purpose.
    expect(topFactId('so they go beyond interop to what?')).toBe('outlook-action-plans');
    same('what is all that JFD money supposed to indicate', 'what does the JFD signal');
    expect(topFactId('what is the jfd preparing them for, long term?')).toBe('jfd-purpose');
    // Anything happening "on the X front" in 2024 was held then.
    expect(topFactId('was anything concrete happening on the joint program front back in 2024?')).toBe('seminars-2024');
    // "diplomacy-focused or military-focused?" asks a focus; what is discussed "with the americans" is the agenda.
    expect(topFactId('is the dpsc diplomacy-focused or military-focused?')).toBe('dpsc-focus');
    expect(topFactId('what will the team at the new conference discuss with the americans')).toBe('delegation-agenda');
    expect(normalizeText('what the delegation will discuss with the US Department of Defense')).toContain('usa department');
    // The lower of the two lower tiers is the lowest; where weapons purchases are negotiated is which meetings.
    expect(topFactId('the service-level meetings or the project policy ones, which of the two is lower?')).toBe('operational-level-meetings');
    expect(conceptsOf('ladder')).toEqual(conceptsOf('hierarchy'));
    expect(topFactId('where are weapons purchases negotiated')).toBe('project-policy-meetings');
    // The US side's delegation and who leads it are beyond the article.
    expect(lacksOf("what's the size of the US side's delegation")).toBe('which US officials take part');
    expect(lacksOf("who's the top American official heading their side")).toBe('which US officials take part');
    expect(lacksOf('how many people will the US side bring')).toBe('which US officials take part');
  });

  it("reads learners' English as a native reader would (set BZ)", () => {
    // Superlatives with "most", heads counted, "army" for the military, the budget as a "money paper".
    expect(normalizeText('the most high level')).toContain('highest');
    same('how many heads will taiwan send', 'how many people will Taiwan send');
    same('why does the army ministry send a delegation', 'why is the MND sending a delegation');
    expect(topFactId('is the new conference about army matters or diplomacy')).toBe('dpsc-focus');
    expect(topFactId('what does the dialogue that combines politics with army focus on')).toBe('political-military-dialogue-focus');
    expect(normalizeText('the official money paper')).toContain('budget');
    // "why the writer is only guessing" asks as "why is the writer only guessing" does.
    expect(topFactId('why the writer is only guessing who leads the team?')).toBe('delegation-details-undisclosed');
    // The analyst described: "the gentleman the newspaper quotes"; "what is his profession" asks who he is.
    expect(topFactId('who is the gentleman the newspaper quotes')).toBe('jin-zhong-who');
    expect(topFactId('the analyst in the article, what is his profession?')).toBe('jin-zhong-who');
    // Those "sitting there" attend; "high officials" are senior ones; "putting in the money" is paying.
    expect(topFactId('at the monterey talks, which officials are sitting there?')).toBe('monterey-talks-attendees');
    expect(normalizeText('which high officials attend')).toContain('senior officials');
    same('which side is putting in the money for the joint assessment', 'who pays for the JFD');
    // The older dialogues described: the one "carrying the name of a town in california", "before the new thing starts".
    expect(topFactId('the talks carrying the name of a town in california, what level are they?')).toBe('monterey-talks-level');
    expect(topFactId('before the new thing starts, which dialogues did taiwan and the us hold?')).toBe('existing-dialogues');
    expect(topFactId('who takes part in the older talk on top-tier army issues')).toBe('defense-security-talks-attendees');
    // A title "received" is a description.
    expect(topFactId('the new conference receives the title top platform, for what matters?')).toBe('dpsc-top-platform');
    // "X is a new name for Y, or it is ...?" is a yes-or-no question about X.
    expect(topFactId('the new forum is only a new name for the old monterey talks, or it is something else?')).toBe('dpsc-definition');
    // "the reason behind?" follows up on the question before it; the analyst does not travel himself.
    expect(lacksOf("why can't the minister go to washington? what's the reason behind it?")).toBe('why the Minister cannot enter Washington');
    expect(lacksOf('is jin zhong going with the delegation to washington?')).toBe('whether the analyst takes part himself');
    expect(lacksOf('how many officials from the american side come to the conference?')).toBe("the American side's numbers");
  });

  it('reads what explainer writers confirm (set CA)', () => {
    expect(topFactId('which no. dialogue is the special conference')).toBe('dpsc-fourth-dialogue');
    expect(topFactId("monterey talks: i know who attends, what i'm missing is what level they are")).toBe('monterey-talks-level');
    expect(topFactId('monterey talks, is that the level or the attendees? i need the attendees')).toBe('monterey-talks-attendees');
    expect(topFactId('the older talk that is defense ministry to defense ministry, what does it cover?')).toBe('defense-security-talks-focus');
    expect(topFactId("in the diplomatic channel, does taiwan's defense ministry bother sending anyone at all?")).toBe('political-military-dialogue-attendees');
    expect(topFactId("which country's ministry of national defense is the piece about?")).toBe('mnd-definition');
    // What the budget calls something is no question about the older dialogues' budgets.
    expect(topFactId('the budget calls the dpsc the top platform, but jin says monterey is highest; which one is the highest?')).toBe('dpsc-top-platform');
    expect(lacksOf('did the 2024 seminars lead to any weapons deals?')).toBe('outcomes');
    expect(lacksOf('who attends the defense security talks, any names?')).toBe("officials' names");
    expect(lacksOf('which american arms sales were approved?')).toBe('which weapons');
  });

  it('reads a moderator checking a reported claim (set CM): its frame and tags are no subject, what the claim asks for is what is asked', () => {
    expect(topFactId('a user claims the delegation stays for three weeks. misleading or accurate?')).toBe('delegation-duration');
    expect(topFactId('rumour going around: the deputy minister brings only civilians along. pin-worthy or wrong?')).toBe('delegation-staff');
    expect(topFactId('my friend says the jfd lasts two years and i say three, who is right?')).toBe('jfd-period');
    expect(topFactId('a user posted that the deputy minister leads the group visiting the US. can we confirm?')).toBe('delegation-leader');
    expect(lacksOf('user says the NT$15.43 million pays for hotels and per diems. does the article spell out the travel budget like that?')).toBe('a breakdown of the travel budget');
    expect(lacksOf('someone claims the conference opens in september. true?')).toBe('exact dates');
    expect(lacksOf('someone posted that jin zhong is a retired army colonel, true?')).toBe("the analyst's earlier career");
    expect(lacksOf('user says the minister leads it. does the piece name him?')).toBe("officials' names");
    expect(lacksOf('will they fly on a military cargo plane?')).toBe('travel logistics');
    expect(lacksOf("what is taiwan's total 2026 defence budget?")).toBe("Taiwan's overall defense budget");
    expect(lacksOf('how much is taiwan spending on its military every year in total?')).toBe("Taiwan's overall defense budget");
    expect(lacksOf('do they talk about buying f35s or mq9 drones')).toBe('which weapons');
    expect(lacksOf("who's the state sec these days")).toBe("officials' names");
    expect(normalizeText('what do the def sec talks cover')).not.toContain('secretary');
    expect(lacksOf('did four military branches send people to the seminars?')).toBe('which military branches, by name');
    expect(lacksOf('will an assistant secretary meet the delegation?')).toBe('whom the US side sends');
  });

  it("reads a translator's apology, a question of format and today's rate (set CL): no hypothetical, no outcome, no rate of the article's", () => {
    expect(topFactId('sorry if this is obvious the deputy minister would bring which people along?')).toBe('delegation-staff');
    expect(topFactId('sorry for my english, the seminars in 2024 did happen in person?')).toBe('seminars-2024');
    expect(lacksOf("what's the live market rate for twd to usd?")).toBe('current exchange rates');
  });

  it('labels scores between 0 and 1, best first', () => {
    const ranked = engine.rank('delegation budget travel');
    expect(ranked.length).toBeGreaterThan(1);
    for (let i = 1; i < ranked.length; i += 1) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    for (const { score } of ranked) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('finds each fact again from its own subject (what autocomplete offers)', () => {
    const lost = kb.facts.filter((fact) => engine.ask(fact.subject).answers[0]?.fact.id !== fact.id).map((fact) => fact.id);
    expect(lost.length).toBeLessThanOrEqual(Math.floor(kb.facts.length * 0.1));
  });

  it('reads "an arms sales deal" as the procurement the JFD is weighed against', () => {
    same('the jfd is an arms sales deal, right?', 'how rare is the JFD?');
  });

  it('reads meeting "in person" or "face to face" as the physical seminars', () => {
    same('did anyone from taiwan and the us get together in person over the assessment case?', 'what happened in the 2024 seminars?');
  });

  it('reads what the JFD has done "so far" or "together" as the 2024 seminars', () => {
    same('has the jfd produced anything so far?', 'what happened in the 2024 seminars?');
  });

  it('reads "the Pentagon" or "DoD" set against the MND as asking which ministry it is', () => {
    same("is the defense ministry here the pentagon or taiwan's?", 'which ministry is the MND?');
    same('by MND do they mean the US DoD?', 'which ministry is the MND?');
    same("is the mnd here taiwan's or the american side?", 'which ministry is the MND?');
  });

  it('reads what a show\'s hosts said as a claim to check, "his background: X or Y?" as who he is, "part of" as taking part, "already run" as existing', () => {
    expect(topFactId('a host said the defense security talks are the diplomatic one, am i confusing it with another?')).toBe(topFactId('what do the defense security talks focus on'));
    expect(topFactId('one host said the budget is super vague about the delegation and the rest is guesswork, fair summary?')).toBe(
      topFactId('what does the budget not reveal about the delegation'),
    );
    expect(topFactId("jin zhong's background: academic or think tank?")).toBe(topFactId('who is jin zhong'));
    expect(topFactId('whose defense departments are part of the joint study, taiwan and the us only?')).toBe(topFactId('who runs the JFD'));
    expect(topFactId('which dialogues does taiwan already run with washington')).toBe(topFactId('what are the existing dialogues'));
    // The seminars are the one thing done under the assessment case.
    same('what have they done under the assessment case so far', 'what happened in the 2024 seminars?');
  });

  it('reads "who is going?", "who are they sending", "who is on the team" as who makes up the delegation', () => {
    // "going" is a stopword: asked bare, the question was refused, or answered with who sends the delegation.
    for (const question of ["who's going over?", 'who are they sending to washington', 'who will be on the team', 'who attends the special conference']) {
      expect(topFactId(question), question).toBe('delegation-staff');
    }
    // Still: who leads it, and who goes to an older dialogue.
    expect(topFactId("who's going to head the delegation")).toBe('delegation-leader');
    expect(topFactId('who is taiwan sending to the monterey talks')).toBe('monterey-talks-attendees');
    // "delegation staff" is the staff in the delegation; how many of them is its size.
    expect(topFactId('staff members of the delegation')).toBe('delegation-staff');
    expect(topFactId('how many delegation staff are there')).toBe('delegation-size');
  });

  it('reads the older dialogues described by who attends, their name or their character (set BN to BQ)', () => {
    expect(topFactId('the dialogue where mostly senior folks of both defense ministries sit, what does it deal with')).toBe('defense-security-talks-focus');
    // "whose name" asks no person.
    expect(topFactId("what's the dialogue whose name mashes politics and the military about?")).toBe('political-military-dialogue-focus');
    expect(topFactId("which old channel is the diplomats' turf, what's it about")).toBe('political-military-dialogue-focus');
    // The dialogue likened to is an example of a focus offered as a choice.
    expect(topFactId('is the special conference about diplomacy, like the political military dialogue, or military stuff?')).toBe('dpsc-focus');
    // What the asker confuses it with is no subject.
    expect(topFactId('the defense security talks, what are they about? i keep confusing them with the monterey talks')).toBe('defense-security-talks-focus');
    expect(topFactId('which government offices send people to the monterey talks')).toBe('monterey-talks-attendees');
    expect(topFactId('which old dialogue do the foreign affairs folks attend')).toBe('monterey-talks-attendees');
    // The attendees the asker supposes instead are no subject either.
    expect(topFactId('does the mnd send anyone to the pmd, or is it just foreign ministry officials?')).toBe('political-military-dialogue-attendees');
  });

  it('reads a rank asked in other words: where he puts it, where it is positioned, "i don\'t want who attends"', () => {
    const level = 'monterey-talks-level';
    expect(topFactId('where does he put the monterey talks')).toBe(level);
    expect(topFactId("monterey talks: i don't want who attends, i want what level")).toBe(level);
    expect(topFactId("i know who goes to monterey, what we want to know is where they're ranked")).toBe(level);
    expect(topFactId('what sits under the weapons-oriented meetings')).toBe('operational-level-meetings');
  });

  it('reads the people asked about in other words: whom they talk to, guesses tagged on, military guys, the source', () => {
    expect(topFactId('who will the deputy minister be talking to?')).toBe('delegation-counterparts');
    expect(topFactId('who are they going to talk with?')).toBe('delegation-counterparts');
    expect(topFactId('who represented taiwan at the seminars? soldiers? ministers?')).toBe('seminars-participants');
    expect(topFactId('the 2024 sessions: virtual or in person?')).toBe('seminars-2024');
    expect(topFactId('how many military guys go to the conference')).toBe('delegation-size');
    expect(topFactId('what country\'s ministry of national defense is this article talking about')).toBe('mnd-definition');
    expect(topFactId('where does the quoted source teach')).toBe('jin-zhong-tamkang');
    expect(topFactId("who's the analyst and where does he work")).toBe('jin-zhong-who');
    // ("wokr" reads as "works", a word of the facts: "where does he works" asks the same.)
    expect(topFactId('who is the analyst, where does he wokr')).toBe('jin-zhong-who');
    // Who else asks, or what the asker read, is no subject.
    expect(normalizeText('my grandma asked me what the jfd is')).not.toMatch(/grandma|asked/);
    expect(normalizeText('i read the new meeting is the biggest deal')).toBe(' the new meeting is the most important');
    expect(normalizeText('where can i read the budget')).toContain('read');
    // The US side's leaders and statements are beyond the article.
    expect(lacksOf("who was the pentagon's lead for the seminars")).toBe('which US officials take part');
    expect(lacksOf('what has the us defense department announced about the conference')).toBe('reactions');
  });

  it('reads public-finance words and a pasted or half-quoted article (sets CF, CG): money set aside or spent on, a hard cap, ROC 115 only, the middle and final years, quotes and names half-remembered', () => {
    // Money set aside for something is allocated to it; what it will be spent on is what the budget withholds.
    same('what did the ministry set aside for flying the delegation over', 'how much is the travel budget');
    same('what will the assessment money get spent on', 'what does the budget leave out about the JFD');
    same('is there an itemised breakdown of the jfd cash?', 'what does the budget leave out about the JFD');
    // "ROC 115 only" is one year's amount; a hard cap is a limit; "at the most recent" talks is no limit.
    same('the JFD for year 115 only, how much', 'how much is the JFD budget for 2026');
    expect(topFactId('is 32 the hard cap or the real number')).toBe('delegation-size');
    expect(lacksOf('what happened at the most recent monterey talks')).toBe('outcomes');
    // The span's middle year has no amount of its own; its final year is when it ends.
    expect(lacksOf('how much of the jfd goes to its middle year')).toBe('a separate amount for 2027');
    expect(topFactId("jfd funding's final year in western terms")).toBe('jfd-period');
    // His takeaway from the money is his view of it, not its amount.
    expect(topFactId("what's jin zhong's takeaway from all that money for exchanges with the us")).toBe('outlook-exchanges-deepening');
    // A name half-remembered or typed in a hurry: "committee", "acton", "interop", the letters of an acronym, "whyy".
    expect(topFactId('what is the defense policy special committee')).toBe('dpsc-definition');
    expect(topFactId('what is meant by acton plan coordination')).toBe('jfd-purpose');
    expect(topFactId("'action plan coordination', what's that referring to")).toBe('jfd-purpose');
    expect(topFactId("he says they're moving on from interop, to what")).toBe('outlook-action-plans');
    same('what do the JFD letters mean', 'what does JFD stand for');
    expect(topFactId('whyy is the delegation going to america')).toBe('delegation-purpose');
    // An official name is a thing's full name; an official's name is still a person's.
    same("what's the JFD's official name", 'what does JFD stand for');
    expect(topFactId('dpsc? is that its official name')).toBe('dpsc-definition');
    expect(lacksOf("what's the official's name")).toBe("officials' names");
    // What is "already on the calendar" exists; "the pol-mil dialogue the diplomatic one" claims its focus.
    expect(topFactId('what dialogues are already on the books')).toBe('existing-dialogues');
    expect(topFactId('is the political military dialogue the diplomatic one or monterey')).toBe('political-military-dialogue-focus');
    // What the budget "just doesn't say", said and checked, is what it withholds.
    same("so the budget doesn't mention who they meet?", 'what does the budget leave out about the delegation');
    // "the exact number", after a figure, points back to it; "besides X he mentions Y" sets aside only X.
    expect(topFactId("the delegation is 30-ish people? what's the exact number")).toBe('delegation-size');
    expect(topFactId('apart from the conference he mentions new exchange programs - any details on those?')).toBe('new-exchange-programs');
    // Which budget line pays for what, and past visits, are beyond the article.
    expect(lacksOf('does the travel money come out of the jfd, or is there a separate budget line')).toBe('how the budget is organised and audited');
    expect(lacksOf('has the deputy minister ever really visited the pentagon')).toBe('visits in the past');
  });

  it('reads formal, old-fashioned English as the facts put it (set CD)', () => {
    // The analyst as the gentleman quoted; a greeting and the asker's own career are no subjects.
    expect(topFactId('Where does the gentleman quoted teach?')).toBe('jin-zhong-tamkang');
    expect(topFactId('Good morning. Having served in Washington myself, I wonder how the professor reads the trend in military contacts with the Americans.')).toBe('outlook-exchanges-deepening');
    // The object of a visit is its purpose; across the Pacific is the US; to remain there is to stay.
    expect(topFactId('What is the object of the visit?')).toBe('delegation-purpose');
    expect(topFactId('How many officials will the ministry send across the Pacific?')).toBe('delegation-size');
    expect(topFactId('How long does the delegation remain abroad?')).toBe('delegation-duration');
    expect(topFactId('How many people are going to the Untied States?')).toBe('delegation-size');
    // Playing a part is taking part; the body supposed to do it instead is no subject.
    expect(topFactId('Does the defence ministry play a role in the Monterey Talks?')).toBe('monterey-talks-attendees');
    expect(topFactId('Is the defence ministry involved in the Pol-Mil dialogue, or is that left to the foreign ministry?')).toBe('political-military-dialogue-attendees');
    expect(topFactId('does the MFA attend the Monterey Talks')).toBe('monterey-talks-attendees');
    expect(topFactId('Which of the fora is the newest?')).toBe('dpsc-definition');
    // What the record leaves to conjecture, furnishes, or says besides.
    expect(topFactId('Is a good deal about the assessment case left to conjecture?')).toBe('jfd-details-undisclosed');
    expect(topFactId('Does the ministry furnish any particulars on the assessment case?')).toBe('jfd-details-undisclosed');
    expect(topFactId("What more does the ministry's published budget say about the JFD's three years?")).toBe('jfd-details-undisclosed');
    // How exceptional the JFD is, and in what respect.
    expect(topFactId('He considers the JFD something of an exception. In what respect?')).toBe('jfd-rarity');
    expect(topFactId('is the JFD unusually expensive')).toBe('jfd-rarity');
    // An aside between commas; what a length or a size signals is no length or count asked.
    expect(topFactId('What, in his view, does the length of the JFD signal?')).toBe('jfd-purpose');
    expect(topFactId('what does the size of the JFD tell us')).toBe('jfd-purpose');
    expect(topFactId('what do the size and length of the assessment case indicate')).toBe('jfd-purpose');
    expect(topFactId('Could someone summarise what the conference is about?')).toBe('dpsc-focus');
    // Money set aside, the sum, the whole figure.
    expect(topFactId("What was set aside for the delegation's trip?")).toBe('delegation-travel-budget');
    expect(topFactId('The travel budget: what is the sum?')).toBe('delegation-travel-budget');
    expect(topFactId("What's the whole figure for the assessment case?")).toBe('jfd-total-budget');
    // Years by our reckoning; what the article speaks of; a place in the series.
    expect(topFactId('Year 115 is 2026 by our reckoning?')).toBe('roc-calendar');
    expect(normalizeText('when the article speaks of the mnd')).not.toContain('speak');
    expect(topFactId('The special conference is counted as which number among the dialogues?')).toBe('dpsc-fourth-dialogue');
    // Business taken up with someone is discussed with him; between which bodies a programme is carried out, its parties.
    expect(topFactId('What business will the delegation take up with the Department of Defense?')).toBe('delegation-agenda');
    expect(topFactId('what will they take up with the pentagon')).toBe('delegation-agenda');
    expect(topFactId('Between which bodies is the assessment case carried out?')).toBe('jfd-parties');
    // The JFD's middle year has no amount of its own; a foreign minister with the delegation the article never mentions.
    expect(lacksOf('how much does the JFD get in its middle year')).toBe('a separate amount for 2027');
    expect(lacksOf('Will the foreign minister travel with the delegation?')).toBe('which agencies besides the defense ministry take part in the new conference');
  });

  it("reads teenagers' slang as the facts put it (set CE)", () => {
    expect(topFactId('what do they do if something pops off')).toBe('outlook-action-plans');
    expect(topFactId('why are taiwan and the us doing more and more military stuff')).toBe('outlook-exchanges-deepening');
    expect(topFactId('why is he the one explaining it all')).toBe('jin-zhong-who');
    // A figure stated and a choice offered: the figure says which fact is meant.
    expect(topFactId('are the 32 people for the jfd seminars or the conference')).toBe('delegation-size');
    // What the article never says.
    expect(lacksOf('which american missiles are in the arms sales')).toBe('which weapons');
    expect(lacksOf('is there a reciprocal visit by the pentagon')).toBe("other countries' delegations");
    expect(lacksOf('what is the deputy minister actually named')).toBe("officials' names");
    expect(lacksOf('when was the article actually published')).toBe("the article's exact publication date");
  });

  it('reads the words of sets CH and CI: Mandarin terms mixed in, staffers\' idiom, a thing set out before a dash, a question spelled out after it', () => {
    // 賴清德 is Taiwan's president and 美方 the US side: neither is in the article.
    expect(engine.ask('will 賴清德 be on the trip too').answered).toBe(false);
    // Whether the trip is safe for those going is not in the article, even spelled out after the question mark.
    expect(lacksOf('is it dangerous for the delegates? like security-wise, flying over')).toBe('whether the trip is safe for those going');
    expect(topFactId('what security issues will the delegation discuss')).toBe('delegation-agenda');
    expect(engine.ask('does 美方 send anyone to the seminars').answered).toBe(false);
    // "i mean the guy's name", after the question mark, says what the question asks.
    expect(lacksOf("which deputy minister is it? i mean the guy's name")).toBe("officials' names");
    // How long an older dialogue has been going on is its history.
    expect(lacksOf('since what year has the pol-mil dialogue been going on')).toContain('older dialogues');
    // Taking point is leading; camped stateside is staying; a black box is undisclosed.
    expect(topFactId('who is taking point for the taiwanese side at the conference')).toBe('delegation-leader');
    expect(topFactId('are they camped stateside for a while?')).toBe('delegation-duration');
    expect(topFactId('is the conference trip kind of a black box')).toBe('delegation-details-undisclosed');
    // Unnamed in-person activity is the 2024 seminars.
    expect(topFactId('any in-person events between the two sides yet under the JFD')).toBe('seminars-2024');
    expect(topFactId('what was on the agenda at the face-to-face gatherings?')).toBe('seminars-topics');
    // "the monterey talks - ... that": the thing set out first is what "that" asks about.
    expect(topFactId("the monterey talks - does taiwan's defense ministry send people to that")).toBe('monterey-talks-attendees');
    // What the deputy minister discusses is the delegation's agenda; "a new meeting with" is a thing, not meeting someone.
    expect(topFactId('what will the deputy minister discuss with the americans')).toBe('delegation-agenda');
    expect(topFactId('so the MND has a new annual meeting with the pentagon from next year, what is that')).toBe('dpsc-definition');
    // Whose budget it comes out of asks who pays, not how much.
    expect(topFactId("does the JFD come out of taiwan's own pocket")).toBe('jfd-parties');
  });

  it('reads military families\' and quiz hosts\' wordings (sets CN and CO)', () => {
    // Quiz numbering ("Q2:", "round 1 q4 -", "question 6)") and "new here" carry no subject.
    for (const numbered of ['Q2: how long is the trip', 'round 1 q4 - how long is the trip', 'question 6) how long is the trip']) {
      expect(normalizeText(numbered)).not.toMatch(/\bq ?\d|\bround\b|\bquestion\b|\d/);
    }
    same('hey, new to this server - what does MND mean', 'what does MND mean');
    // Who pays for the trip is the trip's budget line, also asked as whose budget it comes out of.
    expect(topFactId("who's covering their airfare")).toBe('delegation-travel-budget');
    expect(topFactId('who pays for the trip, does that come out of the ministry\'s money?')).toBe('delegation-travel-budget');
    // A stay stated as given: what, not how long.
    expect(topFactId('what will they chat about out there for two weeks')).toBe('delegation-agenda');
    // "name the ..." asks for a name as "who is" does.
    expect(lacksOf('name the defense minister')).toBe("officials' names");
    expect(topFactId('name the think tank jin zhong works at')).toBe('jin-zhong-think-tank');
  });

  it("reads fact-checkers' and claim-checkers' wordings (sets CP and CT)", () => {
    // Shorthand, filler and doubts about a claim carry no subject: "nex", "the bit about", "or are they embellishing".
    expect(normalizeText('the nex year budget')).toContain('2026');
    expect(conceptsOf('the bit about interoperability')).not.toContain('bit');
    expect(normalizeText('is that right or are they embellishing')).not.toContain('embellishing');
    // A figure thrown out is mentioned; pots of money are budgets; what he says "at the end vs" another is no end date.
    expect(normalizeText('the figure he throws out')).toContain('mentions');
    expect(normalizeText('two pots of money')).toContain('budget');
    expect(topFactId('the 500 million at the end vs the 471.23 at the start, same pot?')).toBe('jfd-total-budget');
    // Purpose asked with "exactly"; the body supposed to go alone, or people "at the table", or who "sat in on" it.
    expect(topFactId('what exactly are the delegates flying to america for')).toBe('delegation-purpose');
    expect(topFactId('does the defense ministry take part in the pmd or is that mofa only')).toBe('political-military-dialogue-attendees');
    expect(topFactId('pol-mil is diplomatic, but does the defense ministry have anyone at the table')).toBe('political-military-dialogue-attendees');
    expect(topFactId('who sat in on those in-person workshops')).toBe('seminars-participants');
    // "which people" asks who, as "who" does; "the number who went" asks a count.
    expect(topFactId('which people were at the in-person seminars')).toBe('seminars-participants');
    expect(topFactId('is 32 the number who went to the seminars or the conference delegation?')).toBe('delegation-size');
    // "20xx terms" is the Gregorian calendar; "start to finish" the whole; "an extra one" beside the three the fourth.
    expect(normalizeText('roc 113 in 20xx terms')).toContain('in gregorian');
    expect(topFactId('how much is the jfd from start to finish')).toBe('jfd-total-budget');
    expect(topFactId('is the special conference one of the routine talks, or an extra one?')).toBe('dpsc-fourth-dialogue');
    // A thing's full official name is no official's name; "does that apply to" asks which thing, no career.
    expect(topFactId("what's the assessment case's full official name? i only know the acronym")).toBe('jfd-definition');
    expect(lacksOf("what's the deputy minister's name?")).toBe("officials' names");
    expect(topFactId('the two weeks, does that apply to the conference trip or to the jfd')).toBe('delegation-duration');
    expect(lacksOf('can i apply to tamkang')).toBe('careers and studies');
    // The city hosting is the conference's; where the article says a thing is discussed asks which meetings.
    expect(topFactId('what american city hosts it')).toBe('delegation-destination');
    expect(topFactId('the monterey talks do weapons deals, right? where does it say weapons buying is handled')).toBe('project-policy-meetings');
    // What it is likened to ("the same crowd as") is context.
    expect(topFactId('who attends the pol-mil dialogue? is it the same crowd as monterey?')).toBe('political-military-dialogue-attendees');
    // Beyond the article: the latest round of an older dialogue, today's rate, a visit in return, invitations,
    // which scenario was gamed out.
    expect(lacksOf('what was said at the most recent monterey talks')).toContain('older dialogues');
    expect(lacksOf("what's the current usd to ntd rate")).toBe('current exchange rates');
    expect(lacksOf('the us is sending a team of its own to taipei in return?')).toBe("other countries' delegations");
    expect(lacksOf('was taiwan invited to the conference or did it ask to go')).toBe('who proposed or approved it');
    expect(lacksOf('which blockade scenario did the seminars cover')).toBe('what was shared or how secret it was');
    expect(lacksOf('what did they game out at the 2024 workshops')).toBe('how the seminars were run');
  });

  it('reads speech-to-text questions: spoken years, no commas, "in para 2", "is he an academic too"', () => {
    // When the conference is "happening", or which of two years: when the delegation travels.
    expect(topFactId('is the new conference taking place in twenty twenty six or twenty twenty seven')).toBe('delegation-year');
    expect(topFactId('when is the conference happening')).toBe('delegation-year');
    // A paragraph named is a place in the article, not a number asked.
    same('what does the top platform in para 2 mean', 'what is the top platform');
    // "too" asks for his other post, and what follows "or purely ..." is context.
    expect(topFactId('is jin zhong also a professor')).toBe('jin-zhong-tamkang');
    expect(topFactId('is he a lecturer too or purely a researcher? asking for my essay')).toBe('jin-zhong-tamkang');
    // "do we know anything more about what ..." asks what the article leaves undisclosed.
    expect(topFactId('do we know anything more about what the jfd will look into')).toBe('jfd-details-undisclosed');
  });

  it('reads the words of sets CR and CS: sibling facts told apart, phone typists\' slips and asides', () => {
    // "progs" are programs; "in normal calendar terms" asks the Gregorian year, as "in normal calendar" does.
    same('how many new exchange progs is the MND adding', 'how many new exchange programs are there');
    expect(topFactId("what's ROC 117 in regular calendar terms")).toBe('roc-calendar');
    expect(topFactId('what year is roc 113 in normal calendar terms')).toBe('roc-calendar');
    // "this analyst" is the article's analyst, whose views it gives: no one else's.
    same('what does this analyst think is next for taiwan-us military dialogue', 'what does jin zhong expect for 2026');
    // What the asker confuses the thing with ends at a spaced dash: the question follows it.
    expect(topFactId("don't confuse it with the delegation's agenda - what topics did the 2024 seminars cover?")).toBe('seminars-topics');
    // Whether China will blockade Taiwan is a prediction, not the seminars' blockade scenarios.
    expect(lacksOf('is beijing going to blockade taiwan next year?')).toBe('predictions about war');
    // "not X but Y" asks Y; "(ignore the new conference)" sets the conference aside, as "(not ...)" does.
    expect(topFactId('not who is attending the seminars but what they covered')).toBe('seminars-topics');
    expect(topFactId('among the older dialogues (ignore the new conference), which is the highest level?')).toBe('monterey-talks-level');
    // "the defense ministry's budget" is the record; what "it" discloses is what the record does.
    expect(topFactId("does the defense ministry's budget say who leads the trip?")).toBe('delegation-details-undisclosed');
    expect(topFactId('about the conference trip: does it disclose who they will meet?')).toBe('delegation-details-undisclosed');
    // "where does that leave X" asks about X, not a place.
    expect(topFactId('monterey is the highest of the older three, so where does that leave the dpsc?')).toBe('dpsc-top-platform');
    // What the asker says last that they already know is not asked.
    expect(topFactId('what level are the monterey talks, i know who attends them')).toBe('monterey-talks-level');
    // "a whole group" is a group, not a total; "why" asks the trip's purpose, even with its year named.
    expect(normalizeText('why send a whole group over')).not.toContain('whole');
    expect(topFactId('why is the mnd sending people next year')).toBe('delegation-purpose');
    expect(topFactId('why are they going over in 2026')).toBe('delegation-purpose');
    // "that defense policy thing" is the conference, named without its head noun.
    expect(topFactId('how many people go to the defense policy thing')).toBe('delegation-size');
  });

  it("reads the words of sets CQ and CU: Mandarin and pinyin terms, ROC years asked, markets' shorthand", () => {
    // 幾年 asks which year; "國防部's" keeps its possessive; guofangbu is 國防部 in pinyin.
    expect(topFactId('國防部 sends them in 民國幾年')).toBe('delegation-year');
    expect(lacksOf("does the article give 國防部's total budget for 2026")).toBe("Taiwan's overall defense budget");
    expect(topFactId('why is guofangbu sending people to the US')).toBe('delegation-purpose');
    // Who "sat in", "which people" went, "office folks" and bureaucrats: who took part.
    expect(topFactId('who from our side sat in on the in-person sessions')).toBe('seminars-participants');
    expect(topFactId('which people from our side were at the 2024 in-person seminars')).toBe('seminars-participants');
    expect(topFactId('who represented taiwan at the physical seminars, was it only ministry office folks?')).toBe('seminars-participants');
    expect(topFactId('who took part in the in-person seminars, just ministry bureaucrats?')).toBe('seminars-participants');
    // "common" asks how unusual it is, not how much; a thesis or rationale is a reason.
    expect(topFactId('is a program this long common outside arms buying, given all that money')).toBe('jfd-rarity');
    expect(topFactId("what's the thesis behind the delegation trip")).toBe('delegation-purpose');
    expect(topFactId('what is the rationale for the jfd')).toBe('jfd-purpose');
    // Contractors, year-on-year growth and last year's figures are not in the article.
    expect(lacksOf('which contractors get work from the jfd')).toBe('effects on business and markets');
    expect(lacksOf('how does the travel budget compare with 2025')).toBe("earlier years' spending");
    expect(lacksOf('jfd budget growth year over year')).toBe("earlier years' spending");
    // The final year of the money is a year; a year inside the JFD's span is one it speaks of.
    expect(topFactId('final year of the jfd money?')).toBe('jfd-period');
    expect(topFactId('does the jfd wrap up in 2027')).toBe('jfd-period');
    expect(topFactId('is the travel money good for multiple years')).toBe('delegation-travel-budget');
    expect(topFactId('what meetings are underneath the project ones')).toBe('operational-level-meetings');
    expect(topFactId('his take on where taiwan-us military ties are heading')).toBe('outlook-exchanges-deepening');
    expect(topFactId("dumb q but 'JFD' here means what")).toBe('jfd-definition');
    expect(topFactId('what will the deputy minister and his team be hashing out')).toBe('delegation-agenda');
    // Calendars: "normal calendar terms", "20xx".
    expect(topFactId('ROC 113 is what year in normal calendar terms')).toBe('roc-calendar');
    expect(topFactId('ROC 117 in 20xx terms?')).toBe('roc-calendar');
    // Typos and shorthand: a key slipped to its neighbour ("expext"), "nex", "progs"; "pots" of money.
    expect(topFactId('what does the analyst expext for 2026')).toBe('outlook-breakthroughs');
    expect(topFactId('what does jin zhong predict for nex year')).toBe('outlook-breakthroughs');
    expect(topFactId('how many new exchange progs are there')).toBe('new-exchange-programs');
    expect(topFactId('the 471.23 he cites first vs the nearly 500 million later, different pots?')).toBe('jfd-total-budget');
    // "the bit about", "at the end - ": places in the article, no subjects.
    expect(topFactId("the bit about moving past interop, what's that about")).toBe('outlook-action-plans');
    expect(topFactId('the nearly 500 million at the end - ntd or usd?')).toBe('jfd-total-budget');
  });

  it("reads an IR class's academic paraphrases and an evening server's shorthand (sets CW and CY)", () => {
    // Institutional posts are his affiliations; "positon" is a slip for position.
    expect(topFactId('which institutional posts does jin zhong hold')).toBe('jin-zhong-who');
    expect(normalizeText("what's his positon at the university")).toContain('position');
    // The writer speaks for the article: what he says is no one else's view.
    expect(topFactId('what does the writer say the pol-mil dialogue focuses on')).toBe('political-military-dialogue-focus');
    // Where in the article a figure stands ("in the conclusion") asks no outcome; pots of money are budgets.
    expect(topFactId('the jfd total in the conclusion, is it 500 million?')).toBe('jfd-total-budget');
    expect(normalizeText('are those different pots of money')).toContain('budget');
    // A ministry announcement is the article's source; the point of a trip abroad is its purpose.
    expect(topFactId('is this all from an mnd announcement')).toBe('source-budget');
    expect(topFactId("What's the point of sending them overseas?")).toBe('delegation-purpose');
    // Other channels of engagement, besides those named, are the new exchange programs ("progs" for short).
    expect(topFactId('besides the conference, are any other channels of engagement being funded?')).toBe('new-exchange-programs');
    expect(topFactId('how many new progs are there')).toBe('new-exchange-programs');
    // "more details" on the trip or the JFD are what the budget does not reveal.
    expect(topFactId('conference more details?')).toBe('delegation-details-undisclosed');
    // Pinyin for the ministry; "extra" is additional; "ops" are operations.
    expect(topFactId('why is guofangbu sending people')).toBe('delegation-purpose');
    expect(topFactId('is the dpsc something extra?')).toBe('dpsc-definition');
    expect(topFactId('what happens at ops level')).toBe('operational-level-meetings');
  });

  it('reads the words of sets DB and DC: translators asking after wording and figures, a news channel\'s regulars', () => {
    // The Chinese original's wording the article does not give; a figure "in chinese counting" is a figure.
    expect(lacksOf("what's the chinese wording for 'top platform'")).toBe('names in Chinese');
    expect(lacksOf("how is 'action plan coordination' written in the chinese original")).toBe('names in Chinese');
    expect(engine.ask('NT$152.50 million, in chinese counting 1億5250萬 - how much is that in USD?').answered).toBe(true);
    // Nor when the budget came out, nor names asked for in a word.
    expect(lacksOf('when exactly was the ministry budget released')).toBe('when the budget was made public');
    expect(lacksOf('who are they meeting at the pentagon, names?')).toBe("officials' names");
    // Whether the US is "part of it" asks who takes part, not what the US pays.
    expect(topFactId('is the JFD just a taiwanese thing or is the pentagon part of it')).toBe('jfd-parties');
    // "3 year sum" describes the sum; "earlier it says" points into the article, not to earlier rounds.
    expect(topFactId('jfd 3 year sum')).toBe('jfd-total-budget');
    expect(topFactId('earlier it says NT$471.23 million - how much is that in usd?')).toBe('jfd-total-budget');
    // Publishing anything more is disclosing it.
    expect(topFactId('did the mnd release any more about the jfd than the money and years?')).toBe('jfd-details-undisclosed');
    // Other exchanges are the new exchange programs, which the military (the ministry) may be funding.
    expect(topFactId('is taiwan arranging other exchanges with the americans too?')).toBe('new-exchange-programs');
    expect(topFactId('is the ministry funding any other exchanges with america?')).toBe('new-exchange-programs');
    expect(topFactId('is the military planning other new exchanges with the US')).toBe('new-exchange-programs');
    // The role the conference plays is how the budget describes it.
    expect(topFactId('what role does the budget say the new conference is going to play')).toBe('dpsc-top-platform');
    // "which university" asks where he teaches; "what happened then", after a year, what was held that year.
    expect(topFactId('what university is the commentator quoted in the article from')).toBe('jin-zhong-tamkang');
    expect(topFactId('the article mentions ROC 113, what happened back then?')).toBe('seminars-2024');
  });

  it("reads skimmers' loose descriptions and a geopolitics channel's wordings (sets CZ and DA)", () => {
    // The new conference described loosely ("the new major forum"); "that professor guy" is the analyst, and "his
    // reasoning" is why he says what the message reports; Monterey remembered as "the california talks".
    expect(topFactId('how long is taiwan staying for the new major forum')).toBe('delegation-duration');
    expect(topFactId('that professor guy called the joint study rare, what is his reasoning?')).toBe('jfd-rarity');
    expect(lacksOf('when were the california talks first held')).toMatch(/older dialogues/);
    // Money "poured into" a thing only points to it; "how big a deal" is how significant, not a size.
    expect(topFactId('what is the joint study they keep pouring cash into?')).toBe('jfd-definition');
    expect(topFactId('how big a deal is the jfd')).toBe('jfd-rarity');
    expect(topFactId('how big of a deal is the new conference')).toBe('dpsc-top-platform');
    // What is "special" about the conference is its standing (about the JFD, its rarity).
    expect(topFactId('so what makes the new forum special?')).toBe('dpsc-top-platform');
    expect(topFactId("what's so special about the DPSC anyway")).toBe('dpsc-top-platform');
    // "where's X headed" asks a place; "just for 2026" is one year's amount; years that "convert" are a calendar.
    expect(topFactId("where's the team headed?")).toBe('delegation-destination');
    expect(topFactId('how many usd is taiwan spending on the JFD just for 2026')).toBe('jfd-2026-budget');
    expect(topFactId('how do the roc years convert')).toBe('roc-calendar');
    // A named dialogue's roster is who attends it; "the maximum they're permitted" is a cap, not the minister's ban.
    expect(topFactId('pmd roster')).toBe('political-military-dialogue-attendees');
    expect(topFactId("is 32 a fixed number or the maximum they're permitted")).toBe('delegation-size');
    // "replace X or is it a 4th": the second choice is asked too; "under a new name" is a rebrand, no one's name,
    // and a remark that the acronyms are confusing is no subject.
    expect(topFactId('does the new forum replace the defense security talks or is it a 4th one')).toBe('dpsc-fourth-dialogue');
    expect(topFactId('is the dpsc just the pmd under a different name? these acronyms are so confusing')).toBe('dpsc-definition');
    // What has happened "yet" under the JFD is the 2024 seminars; the stage cooperation is at is his shift.
    expect(topFactId('has anything happened under the joint study yet')).toBe('seminars-2024');
    expect(topFactId('what stage is the cooperation at now, in his view')).toBe('outlook-action-plans');
  });

  it('suggests at most the limit, matching partial words', () => {
    const suggestions = engine.suggest('deleg', 25);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(25);
    expect(suggestions.some((suggestion) => /delegation/i.test(suggestion.label))).toBe(true);
  });

  it('reads the words of sets CV and CX: defence jargon (bottom line, ops level, OSD, most weight, lane, organizations) and chat asides (per the prof, no clue, half the chat, lost the thread)', () => {
    same("what's jin zhong's bottom line on the security dialogue in 2026", 'what does jin zhong expect next year');
    expect(topFactId("the pol-mil track - what's its lane")).toBe('political-military-dialogue-focus');
    expect(topFactId('which one of the dialogues pulls the most weight')).toBe('dpsc-top-platform');
    expect(topFactId("what's at the ops level")).toBe('operational-level-meetings');
    expect(topFactId("under those project-type meetings what's next")).toBe('operational-level-meetings');
    same('which OSD people do they meet', 'whom will the delegation meet');
    // "which organizations" asks who, as "which agencies" does.
    expect(topFactId('which organizations are actually in the JFD arrangement')).toBe('jfd-parties');
    expect(topFactId('besides the conference and the JFD, is the ministry pushing anything else')).toBe('new-exchange-programs');
    expect(topFactId("what does the guy they're quoting think about the JFD")).toBe('jfd-purpose');
    // "some random X" says nothing of its own: the question is about the analyst.
    expect(topFactId('is the analyst some random academic or what')).toBe(topFactId('is jin zhong an academic'));
    expect(topFactId('per the professor, what will they discuss in DC')).toBe('delegation-agenda');
    expect(topFactId('who is this jin zhong character')).toBe('jin-zhong-who');
    expect(topFactId('who is jin zhong, a government official?')).toBe('jin-zhong-who');
    expect(topFactId('i keep hearing about the JFD and have zero clue what it is')).toBe('jfd-definition');
    expect(topFactId("what's the gist once they're at the table")).toBe('delegation-agenda');
    expect(topFactId("he mentions interoperability, what's replacing it? i lost the thread")).toBe('outlook-action-plans');
    expect(topFactId("which ministry is the MND? half the chat says it's china's")).toBe('mnd-definition');
    expect(topFactId("what's the DPSC's tagline")).toBe('dpsc-top-platform');
    same("what's the JFD tell you about where the two ministries are heading", 'what does the JFD signal');
    expect(topFactId('and the full multi-year total?')).toBe('jfd-total-budget');
  });

  it('reads the words of sets DF and DG: the new talks, the four dialogues, official vs his reading, examples after a question, what the JFD will do', () => {
    // "folks" counted are people; "the new top-level talks" are the new conference; who "keeps mentioning" it is no subject.
    same('how many folks is the ministry flying to washington', 'how many people will Taiwan send');
    expect(topFactId("what's this new high-level dialogue thing?")).toBe('dpsc-definition');
    expect(topFactId('what exactly is the new senior-level dialogue')).toBe('dpsc-definition');
    expect(topFactId('what is the JFD everyone keeps mentioning next to the conference')).toBe('jfd-definition');
    // Whom the leader leads the trip "with" accompanies him; "depts" are departments.
    expect(topFactId('the deputy minister heads the delegation with which officers?')).toBe('delegation-staff');
    expect(normalizeText('which staff depts')).toContain('departments');
    // "four regular dialogues now" is the count the new one makes: the fourth.
    expect(topFactId('so is that four regular dialogues then?')).toBe('dpsc-fourth-dialogue');
    // "which part of the US government" they meet is their counterparts, not which ministry the MND is.
    same('what part of the american government will the delegation be talking to', 'whom does the delegation meet');
    // What "is official" and what is his guess: what the budget confirms, not an amount ("how much of it").
    expect(topFactId("how much of the delegation news is official, and how much is just the analyst's guess?")).toBe('delegation-details-undisclosed');
    // Examples listed after the question ("..., that sort of thing?") ask no person of their own.
    expect(topFactId('does the budget reveal more about the delegation? where they stay, who they see, that sort of thing?')).toBe('delegation-details-undisclosed');
    // What the JFD "will actually do" is its activities, which the budget leaves out.
    expect(topFactId('what will the joint assessment actually do?')).toBe('jfd-details-undisclosed');
    // "both nations" are both sides of the JFD; cooperation "changing course" is his shift.
    expect(topFactId('is the JFD only taiwan or both nations?')).toBe('jfd-parties');
    expect(topFactId('is taiwan-us cooperation changing course, in his view?')).toBe('outlook-action-plans');
  });

  it("reads sceptics' wordings and an ordinary evening's chat (sets DN and DK)", () => {
    // A doubt tagged on ("or is that made up?", "is that a real quote from the budget?", "or are they separate things?",
    // "or is it more of a diplomatic forum?") asks nothing of its own: the claim before it is the subject.
    expect(topFactId('jin zhong works at some think tank, which one, or is that made up?')).toBe('jin-zhong-think-tank');
    expect(normalizeText('is the delegation made up of generals')).toContain('composition');
    expect(topFactId('the budget calls the new conference the top platform. is that a real quote from the budget?')).toBe('dpsc-top-platform');
    expect(topFactId('someone told me the 2024 seminars were the start of the new conference. is that correct or are they separate things?')).toBe('seminars-2024');
    expect(topFactId('is the new conference about military issues, or is it more of a diplomatic forum?')).toBe('dpsc-focus');
    // "billed as", "touted as": how a thing is described. Who "uses" a figure only points to it (no rate is asked).
    expect(normalizeText('the new conference, touted as the top platform')).toContain('describe');
    expect(topFactId('the 471 million figure he uses, is that the total?')).toBe('jfd-total-budget');
    // A question after a claim may open with "isn't": "I saw a tweet that ... isn't the point to attend ...?".
    expect(topFactId("I saw a tweet that the delegation is going to buy jets. isn't the point to attend the new conference?")).toBe('delegation-purpose');
    // Whether one side alone runs it, or which of two pays, asks who the JFD's parties are.
    expect(topFactId('is it taiwan alone in the jfd or are both ministries part of it?')).toBe('jfd-parties');
    expect(topFactId('does taiwan or the US pay for the joint assessment case?')).toBe('jfd-parties');
    // What it is "supposed to be preparing" the sides for is its purpose; whom they talk to "once they arrive in
    // washington" whom they meet; "convert the total to USD" asks the total in dollars, not the rate.
    expect(topFactId('what is the program supposed to be preparing both sides for?')).toBe('jfd-purpose');
    expect(topFactId('who will the delegates be speaking with once they arrive in washington?')).toBe('delegation-counterparts');
    same('convert the whole JFD budget into USD', 'what is the JFD total in US dollars');
    // "tonight" is when the asker reads, no subject.
    expect(topFactId('what is the DPSC anyway, only heard of it tonight')).toBe('dpsc-definition');
    // What the article never says: a base, satellite imagery, where the seminars happened, what the new programs cost.
    expect(lacksOf('what american air base will the officials visit')).toBe('cities or venues');
    expect(lacksOf('did the seminars swap satellite imagery?')).toBe('what intelligence is shared');
    expect(lacksOf('the seminars happened in taipei, right?')).toBe('where the seminars were held');
    expect(lacksOf('someone reckons the new exchange programs cost a fortune, true?')).toBe('what the new exchange programs cost');
  });

  it('finds what a long message asks about: a topic named first, a thing the question ends on, what a "right?" checks, an option it sets aside', () => {
    expect(topFactId('for the monterey talks, whose principals attend')).toBe('monterey-talks-attendees');
    expect(topFactId("ok the political military dialogue is diplomatic, fine, but does taiwan's MND bother attending it?")).toBe('political-military-dialogue-attendees');
    expect(topFactId('the pol-mil dialogue is diplomatic, right? so what is the new conference about')).toBe('dpsc-focus');
    expect(topFactId("what's the DPSC focused on, separate from who's going")).toBe('dpsc-focus');
    expect(topFactId('does MND go to the political military dialogue or is that just a MOFA thing')).toBe('political-military-dialogue-attendees');
    // A question that names only years and a calendar asks about the calendar, whatever its context says.
    expect(topFactId("what's ROC 113 in western years? the article keeps using weird dates")).toBe('roc-calendar');
  });

  it("says what the article lacks: the ministry's topline, a visit in return, a readout, how many times the lower meetings meet, the analyst's politics", () => {
    expect(lacksOf("what's the ministry's total topline for 2026")).toBe("Taiwan's overall defense budget");
    expect(lacksOf('will the americans come to taipei in return')).toBe("other countries' delegations");
    expect(lacksOf('is there going to be an official readout of the conference')).toBe('outcomes');
    expect(lacksOf('how many times a year are the project policy meetings held')).toBe('how often the lower-tier meetings are held');
    expect(lacksOf('where does jin zhong stand on unification')).toBe('politics beyond the article');
    expect(lacksOf('what are his politics')).toBe('party affiliations');
  });

  it("reads the words of sets DL and DM: learners' word order and tags, defence-policy jargon (principals, a travel line, yr1, topline)", () => {
    // Learners' tags carry no subject; nor does their word order ask anything else.
    expect(topFactId('roc year 117 is which year in western calendar desu ka?')).toBe('roc-calendar');
    expect(topFactId('which defense ministry we are talking about here?')).toBe('mnd-definition');
    // ... and "whose ministry the article means" asks which ministry, not what anything means.
    expect(topFactId('could you tell me whose ministry of defence the article means?')).toBe('mnd-definition');
    expect(topFactId('from where do the figures come?')).toBe('source-budget');
    expect(topFactId('with whom they will speak in the usa?')).toBe('delegation-counterparts');
    expect(topFactId('they will sit with which part of the american government?')).toBe('delegation-counterparts');
    // Which country the ministry is from asks which ministry; where it sends people stays a place.
    expect(topFactId('the MND in this article is from which country?')).toBe('mnd-definition');
    expect(topFactId('the mnd sends its people to which country')).toBe('delegation-destination');
    expect(topFactId("what's the meaning behind the assessment case, in his reading?")).toBe('jfd-purpose');
    // "that is the budget for A or something else?" offers a choice about the figure stated before it.
    expect(topFactId('15.45 million usd, that is the budget for the delegation trip or something else?')).toBe('jfd-total-budget');
    // "not for how long" sets the length aside; "somewhere in between" two levels is a rank.
    expect(topFactId('the conference trip is in which year, not for how long')).toBe('delegation-year');
    expect(topFactId('is the monterey dialogue national security level, military strategic, or somewhere in between?')).toBe('monterey-talks-level');
    // Jargon: a year numbered, a span's topline, a meeting's principals, a travel line, a tier below.
    expect(topFactId('assessment case yr1 amount')).toBe('jfd-2026-budget');
    expect(topFactId('topline for the jfd across the entire multi-year window?')).toBe('jfd-total-budget');
    expect(topFactId('how much goes to the jfd over the full multi-year span?')).toBe('jfd-total-budget');
    expect(topFactId('monterey principals?')).toBe('monterey-talks-attendees');
    expect(topFactId('the trip line for the delegation')).toBe('delegation-travel-budget');
    expect(topFactId('what sits under the project policy level?')).toBe('operational-level-meetings');
    expect(topFactId('his view on where the bilateral dialogue goes next year?')).toBe('outlook-breakthroughs');
    // An institution's name is no official's; a question ending "for that" reads the message before it.
    expect(topFactId('the institute where he is a researcher, what is the name?')).toBe('jin-zhong-think-tank');
    expect(lacksOf('the deputy minister leading it, what is the name?')).toBe("officials' names");
    expect(lacksOf('why the minister is unable to go to washington, what is the real reason for that?')).toBe('why the Minister cannot enter Washington');
  });

  it('reads the words of sets DH and DJ: sibling facts set side by side, late arrivals pointing back, a wording checked', () => {
    // "hold on" is chat, no subject; a kind of focus offered "too" or "as well" is still a choice of focus.
    expect(topFactId('hold on, was the phrase top platform about the dpsc or about monterey')).toBe('dpsc-top-platform');
    expect(topFactId('the security talks - are they diplomatic too, or military?')).toBe('defense-security-talks-focus');
    expect(topFactId('the military-leaning one - what does it focus on')).toBe('defense-security-talks-focus');
    // A yes-or-no question tagged on compares: "who attends X, is it the same crowd as Y" asks about X. ("The one of
    // China" compares nothing.)
    expect(topFactId('who attends the defense security talks, is it the same crowd as monterey')).toBe('defense-security-talks-attendees');
    // A quoted phrase and "which dialogue is that about" asks which one is meant, not what it deals with; "senior officials
    // of both ministries" are who attend the Defense Security Talks.
    expect(topFactId('"senior officials from both ministries" - which talks is that about?')).toBe('defense-security-talks-attendees');
    expect(topFactId('the ministry here, is it the one of china or of taiwan?')).toBe('mnd-definition');
    // A fuss made, or a big deal, over the JFD is how rare he finds it.
    expect(topFactId('why is the analyst making such a fuss over the assessment case')).toBe('jfd-rarity');
    expect(topFactId('why does the professor think the joint cooperation assessment is a big deal')).toBe('jfd-rarity');
    // Two wordings "in one place" and "in another" are what is asked about, not a reason ("at one point" is none).
    expect(topFactId('why does the article put 32 people in one paragraph and up to 32 in another')).toBe('delegation-size');
    expect(topFactId("why does it say 'up to 32' at one point and '32' at another")).toBe('delegation-size');
    // The conference's delegation has a leader, whom the analyst names.
    expect(topFactId('dpsc leader')).toBe('delegation-leader');
    // The article's "next year", quoted, is a calendar question.
    expect(topFactId("what does the piece mean by 'next year', 2025 or 2026?")).toBe('roc-calendar');
    // His conclusion is his judgement, no outcome.
    expect(topFactId("what's the analyst's conclusion about the chinese threat")).toBe('outlook-exchanges-deepening');
    // "the joint cooperation case" is the JFD; "both militaries" are both sides.
    expect(topFactId('what is the joint cooperation case')).toBe('jfd-definition');
    expect(topFactId("do both militaries take part in the jfd or is it just taiwan's")).toBe('jfd-parties');
    // Who "went to" or "attended" them: the seminars, the only meetings the article reports as held.
    expect(topFactId('ok and who attended those from our side?')).toBe('seminars-participants');
    // "their main business" is a dialogue's focus; who goes "besides whoever leads it" is who else goes.
    expect(topFactId("the defense security talks - what's their main business?")).toBe('defense-security-talks-focus');
    expect(topFactId('who is the MND sending apart from whoever heads the trip')).toBe('delegation-staff');
    // Still refused: a date "like the date", and whether the US side has agreed.
    expect(lacksOf('when does the jfd start, like the date?')).toBe('exact dates');
    expect(lacksOf('has the pentagon agreed to the new conference yet')).toBe("the US side's confirmation");
    expect(lacksOf('did washington accept the dpsc or is it only taiwan planning it')).toBe("the US side's confirmation");
  });

  it('reads the words of sets DT and DU: a heated argument with a second claim in it, an ordinary day\'s chat', () => {
    // "under another name" is a rebrand, no one's name; a figure the question states decides, whatever the chat adds.
    expect(topFactId('is the dpsc just the monterey talks under another name?')).toBe('dpsc-definition');
    expect(topFactId('is 32 the count for the delegation or the seminars? three of us disagree')).toBe('delegation-size');
    // "the original three" are the existing dialogues; "the very end of the article" is a place in the text.
    expect(topFactId('so the dpsc is the top platform, then which of the original three is the senior one?')).toBe('monterey-talks-level');
    expect(topFactId('the very end of the article brings up a shift, what is it?')).toBe('outlook-action-plans');
    // The record against his guesses: "anything confirmed beyond what he guesses", "does the budget tell more, or only ...".
    expect(topFactId('anything confirmed on who leads beyond what the analyst guesses?')).toBe('delegation-details-undisclosed');
    expect(topFactId('does the budget tell more about the delegation, or only the travel money?')).toBe('delegation-details-undisclosed');
    // How the chat "uses" words is no subject (the exchange rates' "which rate does it use" is not asked).
    expect(topFactId('jfd vs the dpsc, same thing? my group chat uses them interchangeably')).toBe('jfd-definition');
    // What they are "moving toward", ending the question, is the analyst's shift.
    expect(topFactId('never mind interoperability, what are the militaries moving toward?')).toBe('outlook-action-plans');
    // The calendar asked: "the 117 budget is which year", "'next year' = 2026?" ("written", "i suppose" are no subject).
    expect(topFactId('the 117 budget is which year in the western calendar?')).toBe('roc-calendar');
    expect(topFactId("this was written in 2025 so 'next year' is 2026?")).toBe('roc-calendar');
    expect(topFactId('written in 2025, so "next year" means 2026?')).toBe('roc-calendar');
    expect(topFactId('i suppose "next year" means 2026 here?')).toBe('roc-calendar');
    // What happened in 2024 is the seminars, no outcome of the plans.
    expect(topFactId('did anything happen between taiwan and the us in 2024')).toBe('seminars-2024');
    // Refused: the American side's feelings, its people at the seminars, its own name for the conference.
    expect(lacksOf('how do the americans feel about the new conference')).toBe("other people's views");
    expect(lacksOf('which american officers joined the seminars')).toBe('whom the US side sends');
    expect(lacksOf('what does the dod call the dpsc')).toBe('what the US side calls it');
  });

  it('reads the words of sets DX and DY: budget shorthand, what the money signals, chat around the question', () => {
    // Finance shorthand and slips: "tot", "alloc", "breakthru", "pont".
    expect(topFactId('tot for the jfd in usd')).toBe('jfd-total-budget');
    expect(topFactId('delegation travel alloc')).toBe('delegation-travel-budget');
    expect(topFactId('is a breakthru coming')).toBe('outlook-breakthroughs');
    expect(topFactId("what's the pont of sending the delegation")).toBe('delegation-purpose');
    // Where figures are pulled "them" from is their source; the man "giving the analysis" is the analyst.
    expect(topFactId('the numbers, where did he pull them from?')).toBe('source-budget');
    expect(topFactId("who's the man giving all the analysis here")).toBe('jin-zhong-who');
    // More exchanges "beyond these two items", or "other US exchange stuff", are the new exchange programs.
    expect(topFactId('what else is funded beyond these two items')).toBe('new-exchange-programs');
    expect(topFactId('is the ministry paying for other US exchange stuff as well')).toBe('new-exchange-programs');
    expect(topFactId('what is the new top-tier forum')).toBe('dpsc-definition');
    // What the money is "indicating", or how he "reads" or "interprets" it, asks his view, not an amount.
    expect(topFactId("what does the analyst think the JFD's cost is indicating")).toBe('jfd-purpose');
    expect(topFactId('how does the analyst interpret the spending, given china')).toBe('outlook-exchanges-deepening');
    expect(topFactId('how does the prof read all the money in the bigger picture with china')).toBe('outlook-exchanges-deepening');
    // The 2026 JFD money is the ministry's allocation too; the gap between the two implied rates is the rates.
    expect(topFactId("the mnd's jfd money for 2026")).toBe('jfd-2026-budget');
    expect(topFactId('why the gap between 30.5 and 29.8')).toBe('jfd-exchange-rates');
    // "filling in the gaps" is guessing; what money "gets spent on over the years" is its activities.
    expect(topFactId('does the budget say who leads, or is the prof filling in the gaps')).toBe('delegation-details-undisclosed');
    expect(topFactId('anything in the paperwork on what the assessment money gets spent on over the years?')).toBe('jfd-details-undisclosed');
    expect(topFactId('is there anything about what the jfd money actually goes to?')).toBe('jfd-details-undisclosed');
    // "two separate items" asks whether two things differ, not how the budget is organised.
    expect(topFactId('is the jfd the same as the new conference or two separate items')).toBe('jfd-definition');
    // "as opposed to" sets aside whatever follows it; the asker not having read the article is chat.
    expect(topFactId('what do the security talks focus on as opposed to monterey')).toBe('defense-security-talks-focus');
    expect(topFactId("haven't read the article yet, what's the new conference")).toBe('dpsc-definition');
    // Talks there "already" are the existing ones; "one level down" from the big three is the project policy meetings.
    expect(topFactId("weren't there already talks before this one")).toBe('existing-dialogues');
    expect(topFactId('what comes one level down from the big three dialogues')).toBe('project-policy-meetings');
    // Still refused: per-person (hyphenated) and per-day costs, a university's rank, names asked "like names", when the
    // article came out, meeting a president.
    expect(lacksOf("what's the per-person travel budget")).toBe('per-person figures');
    expect(lacksOf('what does the trip cost per day')).toBe('a breakdown of the travel budget');
    expect(lacksOf('how does tamkang university rank in asia')).toBe('rankings or military ranks');
    expect(lacksOf('who goes to the political military dialogue, like names')).toBe("officials' names");
    expect(lacksOf('when was it written')).toBe("the article's exact publication date");
    expect(lacksOf('are they going to meet the vice president')).toBe('which US officials take part');
  });
});

describe('odd input', () => {
  // Each must come back as an ordinary result (no throw), refused: none of them asks about the article.
  const odd = {
    emoji: '🚀🔥😀'.repeat(60),
    punctuation: '?!.,;:'.repeat(80),
    chinese: '台灣國防部明年將派遣代表團赴美'.repeat(30),
    'numbers only': '1234567890 '.repeat(45),
    'one 500-letter word': 'a'.repeat(500),
    'a long run of made-up words': Array.from({ length: 60 }, (_, i) => `zq${i.toString(36)}word`).join(' '),
  };
  for (const [name, question] of Object.entries(odd)) {
    it(`refuses ${name} without throwing`, () => {
      const result = engine.ask(question);
      expect(result.answered).toBe(false);
      expect(result.answers).toEqual([]);
      expect(result.related.length).toBeLessThanOrEqual(3);
    });
  }

  it('reads the words of sets DD and DE: the JFD\'s money and sides, the analyst by what he does, what the budget keeps quiet, a one-off set against the normal', () => {
    // "how many taiwan dollars to a us dollar" asks the rate; "which country pays" asks who pays, not where.
    expect(topFactId('how many taiwan dollars to a us dollar in the jfd numbers')).toBe('jfd-exchange-rates');
    expect(topFactId('which country pays for the joint study')).toBe('jfd-parties');
    // The analyst known by what he does in the article: who he is.
    expect(topFactId('why is the analyst the one interpreting the numbers')).toBe('jin-zhong-who');
    expect(topFactId("who's this jin zhong dude, explaining all the dialogues")).toBe('jin-zhong-who');
    // A three-word name "for", or money poured into it, asks its purpose; what taiwan "is paying for" only points to it.
    expect(topFactId('what is the bilateral assessment case for')).toBe('jfd-purpose');
    expect(topFactId('why does the ministry invest all that cash in the jfd')).toBe('jfd-purpose');
    expect(topFactId('what exactly is the joint study the ministry is paying for')).toBe('jfd-definition');
    // The JFD's end date is its end year; the trip's is an exact date the article lacks.
    expect(topFactId("what's the end date of the assessment case?")).toBe('jfd-period');
    expect(lacksOf('what is the end date of the trip')).toBe('exact dates');
    // What the budget keeps quiet about, or "is that all there is": what it leaves undisclosed.
    expect(topFactId('what does the ministry keep quiet about regarding the trip')).toBe('delegation-details-undisclosed');
    expect(topFactId('the seminars - is that really all there is on the jfd?')).toBe('jfd-details-undisclosed');
    expect(topFactId('is that all we are told about the jfd?')).toBe('jfd-details-undisclosed');
    // How he links the threat to the money is his reading of the trend, no amount.
    expect(topFactId('how does the analyst connect the chinese threat to the new money')).toBe('outlook-exchanges-deepening');
    // "is it normal ..., or a one-off" asks how rare it is, not how often it happens.
    expect(topFactId('is it normal to spend this much on an exchange, or is it a one-off')).toBe('jfd-rarity');
    // "or is that purely the ministry of foreign affairs" (four words) is set aside.
    expect(topFactId('does the defense ministry attend the pol-mil talks or is that purely ministry of foreign affairs')).toBe('political-military-dialogue-attendees');
    expect(topFactId("what's the full title hiding behind the JFD acronym")).toBe('jfd-definition');
    // "somewhere between two levels" is a rank, no place.
    expect(topFactId('which dialogue sits somewhere between national security and military strategy')).toBe('monterey-talks-level');
    expect(topFactId('what are the subunits allocating to the us')).toBe('new-exchange-programs');
    // What it has "achieved yet" is what it has held so far.
    expect(topFactId('has the 3-year program achieved anything yet')).toBe('seminars-2024');
  });

  it('refuses what the article mentions but never gives (sets DI, DO): a name it is remembered to give, the rest of a line it names, what comes after', () => {
    // A name the asker thinks the article gave, and the officials of an agency it names, are still names.
    expect(lacksOf('the article named the vice minister at one point, who was it?')).toBe("officials' names");
    expect(lacksOf('who are the ministry of foreign affairs officials at the monterey talks')).toBe("officials' names");
    // Who of an agency leads an older dialogue: the article gives only who attends.
    expect(lacksOf('who from the defense ministry leads the defense security talks')).toMatch(/older dialogues/);
    expect(lacksOf("will the pentagon match taiwan's JFD spending")).toBe("the US side's spending");
    expect(lacksOf('is there a set date for the opening session of the conference')).toBe('exact dates');
    expect(lacksOf('what did zhong do before tamkang')).toBe("the analyst's earlier career");
    // A plan "if china invades" is a hypothetical, with or without "would".
    expect(lacksOf('what will taiwan do if beijing invades')).toBe('what would happen in a hypothetical');
    // What comes after the JFD ends, or after the fourth dialogue, lies beyond the article's plans.
    expect(lacksOf('could a 6th dialogue be added')).toBe('plans beyond 2028');
    expect(lacksOf('what happens to the assessment once it wraps up')).toBe('plans beyond 2028');
    expect(lacksOf('how many project policy meetings are there in a year')).toBe('how often the lower-tier meetings are held');
    expect(lacksOf('what exactly is in their action plans')).toBe('which situations the action plans are for');
    expect(lacksOf('which systems does interoperability cover')).toBe('which weapons');
    // Still answered: when it ends, and what it is.
    expect(topFactId('what year does the JFD end')).toBe('jfd-period');
  });

  it('reads the wordings of sets DI, DO: a claim read somewhere, an amount in "US", "more of a diplomatic thing", why the article does not just say, deep talks', () => {
    expect(topFactId("i read it's 32 people going, is that right")).toBe('delegation-size');
    // After an amount, "US" is the currency.
    expect(normalizeText('15m US for the jfd')).toBe('15 million usd for the jfd');
    expect(topFactId('is the special conference diplomatic or more of a military thing?')).toBe('dpsc-focus');
    expect(topFactId("why doesn't the ministry just say who is leading the delegation")).toBe('delegation-details-undisclosed');
    // The article's "in-depth and comprehensive discussions".
    expect(topFactId('deep and comprehensive talks with the americans, on what?')).toBe('delegation-agenda');
  });

  it('reads the wordings of sets DP and DR: a seminar\'s and a newsroom\'s (talks "in the US cover", a caveat, a list of who attends, a ladder\'s rungs, the converted figure)', () => {
    // "in the US cover" is what talks there cover, not the US paying; Washington "confirmed as" the destination is the trip's.
    expect(topFactId('what would their discussions in the US cover?')).toBe('delegation-agenda');
    expect(topFactId('is washington confirmed as the destination or only mentioned in a caveat about the minister?')).toBe('delegation-destination');
    // The JFD framed "as another round" of something is its new round, not one after 2028.
    expect(topFactId('does the piece describe the JFD as another round of an older program?')).toBe('jfd-new-round');
    // A list of who attends a dialogue is its attendees (a list of who goes on the trip is names).
    expect(topFactId('for the defense security talks, I need the list of who attends')).toBe('defense-security-talks-attendees');
    expect(topFactId('what does the budget say about the trip beyond the headcount and the money?')).toBe('delegation-details-undisclosed');
    expect(topFactId('will the minister himself go to the conference?')).toBe('delegation-leader');
    expect(topFactId('what is the JFD, in one sentence for readers who are new to this')).toBe('jfd-definition');
    expect(topFactId('in the tier structure, where do the weapons talks happen?')).toBe('project-policy-meetings');
    expect(lacksOf('is the delegation broken down by rank anywhere')).toBe('a breakdown of the delegation');
    expect(topFactId('the jfd money stretches over how many years overall?')).toBe('jfd-period');
    expect(topFactId('US$5.11m - that is the converted figure for what?')).toBe('jfd-2026-budget');
    expect(topFactId('what is the group actually flying for - which meeting?')).toBe('delegation-purpose');
    // A topic named first with "in": "in the Monterey setup, ...".
    expect(topFactId('in the monterey setup, which ministries send people at a senior level?')).toBe('monterey-talks-attendees');
    expect(topFactId('is there anything else beyond the new conference and the JFD?')).toBe('new-exchange-programs');
  });

  it("reads the words of sets DV and DW: a diaspora server's Mandarin names and pinyin, headline readers' half-remembered lines", () => {
    // The article's names as the Chinese press gives them, and pinyin for the calendar.
    expect(topFactId('who goes to the 蒙特雷會談 these days')).toBe('monterey-talks-attendees');
    expect(topFactId('what does the 政軍會談 deal with')).toBe('political-military-dialogue-focus');
    expect(topFactId('the 軍種 meetings - where do they rank')).toBe('operational-level-meetings');
    expect(lacksOf('will the delegation watch 漢光 this year')).toBe('troop deployments or military exercises');
    expect(topFactId('how do i convert minguo years')).toBe('roc-calendar');
    // A place in the article is no subject: "in the bit near the end there were ...", "the part where ...".
    expect(normalizeText('in the bit near the end there were seminars')).not.toContain('end');
    expect(topFactId('the part where the budget does not reveal more about the trip')).toBe('delegation-details-undisclosed');
    expect(topFactId("the 'not revealed' thing about the joint study - what was that")).toBe('jfd-details-undisclosed');
    // "..., what was the deal" asks what it was (no arms deal); "the point he made" is his takeaway (no reason).
    expect(topFactId('there was a part about the minister not being able to enter washington, what was the deal')).toBe('delegation-leader');
    expect(topFactId("there was a phrase 'interoperability', what was the point he made")).toBe('outlook-action-plans');
    // Names half remembered, meetings with whom, what something sets the sides up for, the years it covers.
    expect(topFactId('the defense security whatever - what do they talk about')).toBe('defense-security-talks-focus');
    expect(topFactId('MND meeting whom at the pentagon')).toBe('delegation-counterparts');
    expect(topFactId("what's the JFD setting both sides up for")).toBe('jfd-purpose');
    expect(topFactId('jfd - what years covered')).toBe('jfd-period');
    expect(topFactId('is the JFD 2026 to 2028 or 2025 to 2027?')).toBe('jfd-period');
    // Who goes "with our side" accompanies it; "does the english version match that?" checks the figure before it.
    expect(topFactId('the joint staff bit - is that who goes with our side or who hosts them')).toBe('delegation-staff');
    expect(topFactId('my cousin says 32 go, does the english version match that?')).toBe('delegation-size');
    // A question set aside and pointed back to: what it names is what is asked about.
    expect(topFactId('not asking what the defense security talks focus on - who sits in them?')).toBe('defense-security-talks-attendees');
    // Refused: a general by rank, the analyst's own service, other countries.
    expect(lacksOf('which particular admiral joins the trip')).toBe("officials' names");
    expect(lacksOf('was the professor ever in the navy')).toBe("the analyst's earlier career");
    expect(lacksOf('do any other nations join these talks')).toBe('other countries taking part');
  });

  it('reads the wordings of sets EB and EC: a question passed on for a newcomer, the simple version, why things are done and what they lead to', () => {
    // Who the question is passed on for is no subject (and a newcomer is nothing new).
    expect(topFactId('a new member keeps asking what the JFD is')).toBe('jfd-definition');
    expect(topFactId('how much is the jfd total - can someone answer him')).toBe('jfd-total-budget');
    expect(topFactId('give me the plain english version of the top platform claim')).toBe('dpsc-top-platform');
    // "once they get over there" is in the US: no one is let in or kept out.
    expect(topFactId('what will be discussed once they get over there')).toBe('delegation-agenda');
    // The top platform is a description the article explains; an institute's name is not.
    expect(topFactId('why is the DPSC called the highest platform')).toBe('dpsc-top-platform');
    expect(lacksOf("why is jin zhong's think tank called that")).toBe('where the names come from');
    expect(lacksOf('what will the 2026 conference lead to')).toBe('outcomes');
    expect(lacksOf('will there be an invasion of taiwan')).toBe('predictions about war');
    expect(lacksOf('why is the PLA so aggressive')).toBe('politics beyond the article');
    expect(lacksOf("explain why the minister isn't allowed in washington")).toBe('why the Minister cannot enter Washington');
    expect(lacksOf('why will the conference take two weeks')).toBe('motives the article does not state');
    expect(lacksOf('why did they choose blockade scenarios for the seminars')).toBe('motives the article does not state');
    expect(lacksOf('why is the government hiding the details')).toBe('motives the article does not state');
    expect(lacksOf('why do the defense security talks focus on military matters')).toBe('motives the article does not state');
    expect(lacksOf('what happens once 2028 ends')).toBe('plans beyond 2028');
    expect(lacksOf('does the article say what the pentagon thinks of the new conference')).toBe("other people's views");
    expect(lacksOf('who leads the trip if the minister gets into washington after all')).toBe('what would happen in a hypothetical');
    expect(topFactId('what is the NT$15.43 million supposed to pay for')).toBe('delegation-travel-budget');
    expect(topFactId('what is bringing the two sides closer together militarily')).toBe('outlook-exchanges-deepening');
    expect(topFactId("where does china's rising threat fit into jin zhong's reasoning")).toBe('outlook-exchanges-deepening');
    expect(topFactId('what is the JFD setting taiwan and the us up for')).toBe('jfd-purpose');
    expect(topFactId('what isnt disclosed about the jfd')).toBe('jfd-details-undisclosed');
  });

  it('reads the words of sets DZ and EA: wargamers\' jargon, what sits under a tier, guesses after a question, an aside between dashes', () => {
    // What sits under the procurement-focused project meetings, or under "them" when they were named before.
    expect(topFactId('which layer sits under the arms-focused project meetings')).toBe('operational-level-meetings');
    expect(topFactId('project meetings handle weapons buying; what is below those?')).toBe('operational-level-meetings');
    expect(topFactId('the project meetings: part of the big three talks or a tier under them?')).toBe('project-policy-meetings');
    // "the dialogue" after the political military dialogue was named is that dialogue.
    expect(topFactId('MND sends seniors to the political military dialogue, got it, but what is the dialogue about?')).toBe('political-military-dialogue-focus');
    expect(topFactId('what is on the docket for the new conference')).toBe('dpsc-focus');
    // A team "deploys" as it travels; troops deployed stay beyond the article.
    expect(topFactId('when will the team deploy to the states')).toBe('delegation-year');
    expect(lacksOf('does the mnd deploy soldiers there')).toBe('troop deployments or military exercises');
    expect(topFactId("what's the team really heading over for?")).toBe('delegation-purpose');
    // Hotels and flights together are the whole travel budget, not a breakdown of it; a travel budget is an amount.
    expect(topFactId("what's the hotels and flights money for the delegation")).toBe('delegation-travel-budget');
    expect(topFactId('ministry travel budget for the conference trip')).toBe('delegation-travel-budget');
    expect(lacksOf('will reporters be allowed in at the conference')).toBe('press or public access');
    // Which US official hosts or chairs is not in the article (whom the delegation meets is), even with an aside between dashes.
    expect(lacksOf('which dod official chairs the new conference')).toBe('which US officials take part');
    expect(lacksOf('which US official - a deputy or the secretary himself - will host the delegation?')).toBe('which US officials take part');
    // Kinds of thing guessed after the question are not what it asks.
    expect(topFactId('what sort of thing is the jfd? a program, a study, a contract?')).toBe('jfd-definition');
    // His "framing" is his reading.
    expect(topFactId('he says it\'s moving past interoperability into joint planning - what\'s his framing?')).toBe('outlook-action-plans');
  });

  it('gives the same answer to a question whatever was asked before it (no state leaks between questions)', () => {
    const questions = ['how many ppl r they sending', 'how lnog is the trip', 'who is jin zhong', 'how much is the jfd next year', 'xylophone tanks'];
    const first = questions.map((question) => JSON.stringify(engine.ask(question)));
    const fresh = createEngine(kb);
    const again = [...questions].reverse().map((question) => JSON.stringify(fresh.ask(question))).reverse();
    expect(again).toEqual(first);
  });
});

describe('question checks', () => {
  it('refuses empty and over-long questions with a clear message', () => {
    expect(checkQuestion('   ')).toMatchObject({ ok: false });
    const long = checkQuestion('a'.repeat(MAX_QUESTION_LENGTH + 1));
    expect(long.ok).toBe(false);
    expect(!long.ok && long.error).toMatch(/limit is 500/);
    expect(checkQuestion('  who   leads? ')).toEqual({ ok: true, question: 'who leads?' });
  });
});
