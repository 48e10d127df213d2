/** /facts topic: every fact of one topic, each cited, paged when they exceed one message. */
import { Locale } from 'discord.js';
import type { KnowledgeBase } from '../knowledge/load.ts';
import { TOPICS, type Topic } from '../knowledge/schema.ts';
import { singleFactBlock } from '../reply/fact.ts';
import { pageButtonHandler, pagedList } from '../reply/paging.ts';
import { COLOURS, JUDGEMENT_LABEL, JUDGEMENT_MARK } from '../reply/style.ts';
import { localise, slashCommand } from './common.ts';
import type { ChatCommand, ComponentHandler, ReplyData } from './types.ts';

const PREFIX = 'facts';

export const TOPIC_NAMES: Record<Topic, { en: string; zh: string }> = {
  delegation: { en: 'The delegation', zh: '代表團' },
  budgets: { en: 'Budgets and money', zh: '預算與金額' },
  dialogues: { en: 'The dialogues and their tiers', zh: '對話機制與層級' },
  cooperation: { en: 'Cooperation: the JFD and seminars', zh: '合作：聯合評估案與研討會' },
  analyst: { en: 'The analyst, Jin Zhong', zh: '分析者 Jin Zhong' },
  outlook: { en: 'Outlook', zh: '展望' },
};

const data = slashCommand({
  name: 'facts',
  description: 'Every fact the article states on one topic, each with its passage',
  zhName: '事實',
  zhDescription: '列出文章在某個主題上的所有事實，並附原文',
})
  .addStringOption((option) =>
    localise(option, {
      name: 'topic',
      description: 'Which part of the article',
      zhName: '主題',
      zhDescription: '文章的哪個部分',
    })
      .setRequired(true)
      .addChoices(TOPICS.map((topic) => ({ name: TOPIC_NAMES[topic].en, value: topic, name_localizations: { [Locale.ChineseTW]: TOPIC_NAMES[topic].zh } }))),
  )
  .toJSON();

function isTopic(value: unknown): value is Topic {
  return (TOPICS as readonly unknown[]).includes(value);
}

function factsPage(kb: KnowledgeBase, topic: Topic, page: number): ReplyData {
  const facts = kb.facts.filter((fact) => fact.topic === topic);
  const judgements = facts.some((fact) => fact.stance === 'judgement') ? ` ${JUDGEMENT_MARK} marks ${JUDGEMENT_LABEL}.` : '';
  return pagedList({
    pageIdBase: `${PREFIX}:page:${topic}`,
    title: `Facts: ${TOPIC_NAMES[topic].en}`,
    description: `${facts.length} fact${facts.length === 1 ? '' : 's'} from the article, each with the passage it rests on.${judgements}`,
    blocks: facts.map((fact) => singleFactBlock(fact)),
    page,
    colour: COLOURS.info,
    article: kb.article,
  });
}

export const factsCommand: ChatCommand = {
  kind: 'chat',
  data,
  execute(request, services) {
    const topic = request.options.topic;
    if (!isTopic(topic)) return { content: `Pick one of the topics: ${TOPICS.join(', ')}.`, ephemeral: true };
    return factsPage(services.engine.kb, topic, 0);
  },
};

/** facts:page:<topic>:<page>. */
export const factsPages: ComponentHandler = pageButtonHandler(PREFIX, ([topic], page, services) =>
  isTopic(topic) ? factsPage(services.engine.kb, topic, page) : null,
);
