/**
 * /ask question [private] [mention]: one question, answered from the article with the passage quoted, or
 * "the article doesn't say" with the closest facts. Buttons: the whole paragraph (to the clicker alone),
 * related facts, 👍/👎. Autocomplete suggests the fact base's subjects as the user types.
 */
import { ButtonStyle } from 'discord.js';
import type { APIEmbed } from 'discord-api-types/v10';
import type { AnswerResult, Engine } from '../engine/engine.ts';
import { conversionLines, currencyAsked, impliedRates } from '../engine/money.ts';
import { checkQuestion, MAX_QUESTION_LENGTH } from '../engine/question.ts';
import type { Article } from '../knowledge/article.ts';
import type { Fact } from '../knowledge/schema.ts';
import { paragraphTitle } from '../reply/citation.ts';
import { actionRows, button, customId, staleButtonReply } from '../reply/components.ts';
import { escapeUserText } from '../reply/escape.ts';
import { answerEmbed, singleFactBlock } from '../reply/fact.ts';
import { fitEmbeds } from '../reply/fit.ts';
import { LIMITS, truncate } from '../reply/limits.ts';
import { paragraphReply } from '../reply/paragraph.ts';
import { articleFooter, COLOURS } from '../reply/style.ts';
import { localise, slashCommand } from './common.ts';
import type { ChatCommand, CommandRequest, CommandServices, ComponentHandler, ReplyData } from './types.ts';

const PREFIX = 'ask';
/** A Discord user id; anything else in `mention` is ignored rather than echoed. */
const SNOWFLAKE = /^\d{17,20}$/;
const MAX_PARAGRAPH_BUTTONS = 4;
const RELATED_COUNT = 3;
/** Suggestions are subjects of at most 80 characters: more typed text only slows the fuzzy search. */
const SUGGEST_INPUT_MAX = 80;

const data = slashCommand({
  name: 'ask',
  description: 'Ask about the article: the answer quotes its passage',
  zhName: '提問',
  zhDescription: '就這篇文章提問：回答會引用原文段落',
})
  .addStringOption((option) =>
    localise(option, {
      name: 'question',
      description: 'What you want to know, e.g. "how big is the delegation?"',
      zhName: '問題',
      zhDescription: '你想知道什麼，例如「代表團有多少人？」',
    })
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(MAX_QUESTION_LENGTH),
  )
  .addBooleanOption((option) =>
    localise(option, {
      name: 'private',
      description: 'Show the answer to you alone (by default everyone in the channel sees it)',
      zhName: '私下',
      zhDescription: '只讓你自己看到回答（預設頻道中所有人都看得到）',
    }),
  )
  .addUserOption((option) =>
    localise(option, {
      name: 'mention',
      description: 'Address the answer to this member (they alone are pinged)',
      zhName: '提及',
      zhDescription: '把回答指名給這位成員（只會通知此人）',
    }),
  )
  .toJSON();

/** Buttons under an answer: each quoted paragraph in full, related facts, then 👍/👎 on the best answer. */
function answerButtons(facts: readonly Fact[]) {
  const top = facts[0]!;
  const paragraphs = new Map<number, string>();
  for (const fact of facts) {
    for (const citation of fact.citations) if (!paragraphs.has(citation.paragraph)) paragraphs.set(citation.paragraph, fact.id);
  }
  const paragraphButtons = [...paragraphs]
    .slice(0, MAX_PARAGRAPH_BUTTONS)
    .map(([paragraph, factId]) => button({ customId: customId(PREFIX, 'para', factId, paragraph), label: `Show ${paragraphTitle(paragraph).toLowerCase()}`, emoji: '📄' }));
  return [
    ...actionRows([...paragraphButtons, button({ customId: customId(PREFIX, 'rel', top.id), label: 'Related facts', emoji: '🔗' })]),
    ...actionRows([
      button({ customId: customId(PREFIX, 'fb', 'up', top.id), label: 'Helpful', emoji: '👍', style: ButtonStyle.Success }),
      button({ customId: customId(PREFIX, 'fb', 'down', top.id), label: 'Not helpful', emoji: '👎', style: ButtonStyle.Danger }),
    ]),
  ];
}

/** A question that asks for another currency gets the conversions, each marked as the article's or an estimate. */
function conversionField(result: AnswerResult, engine: Engine) {
  const target = currencyAsked(result.question);
  const top = result.answers[0];
  const lines = target && top ? conversionLines(top.fact, target, impliedRates(engine.kb)) : [];
  return lines.length > 0 ? [{ name: `In ${target === 'USD' ? 'US' : 'NT'} dollars`, value: truncate(lines.join('\n'), LIMITS.fieldValue) }] : [];
}

function answeredReply(result: AnswerResult, engine: Engine): ReplyData {
  const { article } = engine.kb;
  const conversions = conversionField(result, engine);
  const embeds = fitEmbeds(
    result.answers.map((answer, index) => {
      const embed = answerEmbed(answer.fact, article, answer.citations);
      const fields = embed.fields ?? [];
      // The conversion only ever takes a free field: the citations are never what gives way.
      return index === 0 && conversions.length > 0 && fields.length < LIMITS.fields ? { ...embed, fields: [...conversions, ...fields] } : embed;
    }),
  );
  const shown = result.answers.slice(0, embeds.length).map((answer) => answer.fact);
  return { embeds, components: answerButtons(shown) };
}

/** "The article doesn't say", plainly, with the nearest facts marked as not the answer. The question is kept for curators. */
function unansweredReply(result: AnswerResult, article: Article, services: CommandServices): ReplyData {
  services.feedback.recordUnanswered(result.question, result.related.map((related) => related.fact.id));
  const about = result.unknownTerms.length > 0 ? ` anything about ${result.unknownTerms.map((term) => `“${escapeUserText(term, 40)}”`).join(', ')}` : '';
  const lacking = result.lacks ? `: it does not give ${result.lacks}` : '';
  const guidance =
    result.related.length > 0
      ? 'Below are the closest facts it does state. They are **not the answer** to your question, only the nearest the article comes.'
      : 'Nothing in it comes close. `/help` shows what it covers, `/facts` lists it by topic.';
  const embed: APIEmbed = {
    color: COLOURS.notInArticle,
    title: "The article doesn't say",
    description: `The article doesn't say${about}${lacking}. ${guidance}`,
    fields: result.related.flatMap((related, index) => singleFactBlock(related.fact, `Closest fact ${index + 1} (not the answer): ${related.fact.subject}`)),
    footer: articleFooter(article),
  };
  return { embeds: fitEmbeds([embed]) };
}

const isPrivate = (request: CommandRequest) => request.options.private === true;

const QUESTION_LINE = '**Q:** ';

/** The question an answer message echoes (its "**Q:**" line), unescaped, for the curators' feedback records. */
function questionOf(content: string | undefined): string | undefined {
  const line = content?.split('\n').find((candidate) => candidate.includes(QUESTION_LINE));
  return line?.slice(line.indexOf(QUESTION_LINE) + QUESTION_LINE.length).replace(/\\(.)/g, '$1');
}

function execute(request: CommandRequest, services: CommandServices): ReplyData {
  const check = checkQuestion(String(request.options.question ?? ''));
  if (!check.ok) return { content: check.error, ephemeral: true };
  const { article } = services.engine.kb;
  const result = services.engine.ask(check.question);
  const reply = result.answered ? answeredReply(result, services.engine) : unansweredReply(result, article, services);

  const named = request.options.mention;
  const mention = typeof named === 'string' && SNOWFLAKE.test(named) ? named : undefined;
  const lines = [`${QUESTION_LINE}${escapeUserText(check.question)}`];
  if (isPrivate(request)) {
    reply.ephemeral = true;
    if (mention) lines.push('*(Nobody was mentioned: a private answer reaches you alone.)*');
  } else if (mention) {
    lines[0] = `<@${mention}> ${lines[0]}`;
    reply.pingUserId = mention;
  }
  reply.content = lines.join('\n');
  return reply;
}

/** Facts near `fact`: what asking for its subject also finds, then others of its topic. */
function relatedFacts(engine: Engine, fact: Fact): Fact[] {
  const asked = engine.ask(fact.subject);
  const candidates = [...asked.answers, ...asked.related].map((scored) => scored.fact);
  const sameTopic = engine.kb.facts.filter((other) => other.topic === fact.topic);
  const unique = [...new Set([...candidates, ...sameTopic])].filter((other) => other.id !== fact.id);
  return unique.slice(0, RELATED_COUNT);
}

function relatedReply(engine: Engine, fact: Fact): ReplyData {
  const { article } = engine.kb;
  const embed: APIEmbed = {
    color: COLOURS.info,
    title: truncate(`Related to: ${fact.subject}`, LIMITS.embedTitle),
    fields: relatedFacts(engine, fact).flatMap((related) => singleFactBlock(related)),
    footer: articleFooter(article),
  };
  return { embeds: fitEmbeds([embed]), ephemeral: true };
}

export const askCommand: ChatCommand = {
  kind: 'chat',
  data,
  execute,
  repliesPrivately: isPrivate,
  autocomplete(focused, _request, services) {
    if (focused.name !== 'question') return [];
    const labels = services.engine.suggest(focused.value.slice(0, SUGGEST_INPUT_MAX), LIMITS.choices).map((suggestion) => truncate(suggestion.label, LIMITS.choiceName));
    return [...new Set(labels)].map((label) => ({ name: label, value: label }));
  },
};

/** ask:para:<factId>:<paragraph>, ask:rel:<factId>, ask:fb:<up|down>:<factId>. */
export const askButtons: ComponentHandler = {
  prefix: PREFIX,
  handle(args, request, services) {
    const { engine, feedback } = services;
    const [action, ...rest] = args;
    if (action === 'para') {
      const [factId, number] = rest;
      const paragraph = Number(number);
      const highlight = engine.kb.byId.get(factId ?? '')?.citations.find((citation) => citation.paragraph === paragraph)?.quote;
      const reply = paragraphReply(engine.kb.article, paragraph, highlight);
      return reply ? { ...reply, ephemeral: true } : staleButtonReply();
    }
    if (action === 'rel') {
      const fact = engine.kb.byId.get(rest[0] ?? '');
      return fact ? relatedReply(engine, fact) : staleButtonReply();
    }
    if (action === 'fb') {
      const [vote, factId] = rest;
      const fact = engine.kb.byId.get(factId ?? '');
      if (!fact || (vote !== 'up' && vote !== 'down')) return staleButtonReply();
      const outcome = feedback.recordVote({ factId: fact.id, vote, voterId: request.userId, question: questionOf(request.message?.content) });
      const emoji = vote === 'up' ? '👍' : '👎';
      const said = {
        recorded: vote === 'up' ? 'Thanks for the 👍' : 'Thanks for the 👎: curators review the facts that get them',
        changed: `Your vote is now ${emoji}`,
        unchanged: `You already gave this a ${emoji}: it counts once`,
      }[outcome];
      return { content: `${said} (on “${fact.subject}”).`, ephemeral: true };
    }
    return staleButtonReply();
  },
};
