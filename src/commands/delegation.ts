/** /delegation: the delegation card, one cited line per thing the article says about the trip. */
import type { KnowledgeBase } from '../knowledge/load.ts';
import { singleFactBlock } from '../reply/fact.ts';
import { pageButtonHandler, pagedList } from '../reply/paging.ts';
import { COLOURS, JUDGEMENT_LABEL, JUDGEMENT_MARK } from '../reply/style.ts';
import { requireFact, slashCommand } from './common.ts';
import type { ChatCommand, ComponentHandler, ReplyData } from './types.ts';

const PREFIX = 'delegation';

/** The card's lines: a label and the fact behind it. The leader, meetings and agenda are Jin Zhong's judgement. */
const CARD: ReadonlyArray<{ label: string; factId: string }> = [
  { label: '👥 Size', factId: 'delegation-size' },
  { label: '⏱️ Length', factId: 'delegation-duration' },
  { label: '📍 Destination', factId: 'delegation-destination' },
  { label: '📅 Year', factId: 'delegation-year' },
  { label: '💰 Travel budget', factId: 'delegation-travel-budget' },
  { label: '🧭 Expected leader', factId: 'delegation-leader' },
  { label: '🤝 Whom it meets', factId: 'delegation-counterparts' },
  { label: '🗂️ What about', factId: 'delegation-agenda' },
];

const data = slashCommand({
  name: 'delegation',
  description: 'The delegation to the Defense Policy Special Conference, line by line, each cited',
  zhName: '代表團',
  zhDescription: '出席國防政策特別會議的代表團資料卡，逐項附原文',
}).toJSON();

function delegationCard(kb: KnowledgeBase, page: number): ReplyData {
  return pagedList({
    pageIdBase: `${PREFIX}:page`,
    title: 'The delegation to the Defense Policy Special Conference',
    description: `Each line quotes the article. ${JUDGEMENT_MARK} marks ${JUDGEMENT_LABEL}.`,
    blocks: CARD.map(({ label, factId }) => singleFactBlock(requireFact(kb, factId), label)),
    page,
    colour: COLOURS.info,
    article: kb.article,
  });
}

export const delegationCommand: ChatCommand = {
  kind: 'chat',
  data,
  execute: (_request, services) => delegationCard(services.engine.kb, 0),
};

/** delegation:page:<page>. */
export const delegationPages: ComponentHandler = pageButtonHandler(PREFIX, (_args, page, services) => delegationCard(services.engine.kb, page));
