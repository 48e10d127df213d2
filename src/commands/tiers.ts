/**
 * /tiers: the dialogue hierarchy as a picture in text, then each tier with who attends, its focus and
 * the passages they rest on. The four annual high-level dialogues first (the Monterey Talks highest),
 * then the project policy meetings beneath them, then the operational-level meetings.
 */
import type { KnowledgeBase } from '../knowledge/load.ts';
import { factBlock, type BlockPart } from '../reply/fact.ts';
import { pageButtonHandler, pagedList } from '../reply/paging.ts';
import { COLOURS, JUDGEMENT_LABEL, JUDGEMENT_MARK } from '../reply/style.ts';
import { requireFact, slashCommand } from './common.ts';
import type { ChatCommand, ComponentHandler, ReplyData } from './types.ts';

const PREFIX = 'tiers';

interface Tier {
  name: string;
  /** A few words for the picture about where it stands, which the tier's facts back. */
  standing?: string;
  /** Facts about it, each under a label ("Who attends"). */
  parts: ReadonlyArray<{ label: string; factId: string }>;
}

interface Level {
  heading: string;
  tiers: readonly Tier[];
}

export const LEVELS: readonly Level[] = [
  {
    heading: 'The four annual high-level routine dialogues',
    tiers: [
      {
        name: 'Monterey Talks',
        standing: 'highest level',
        parts: [
          { label: 'Level', factId: 'monterey-talks-level' },
          { label: 'Who attends', factId: 'monterey-talks-attendees' },
        ],
      },
      {
        name: 'Political and Military Dialogue',
        parts: [
          { label: 'Focus', factId: 'political-military-dialogue-focus' },
          { label: 'Who attends', factId: 'political-military-dialogue-attendees' },
        ],
      },
      {
        name: 'Defense Security Talks',
        parts: [
          { label: 'Focus', factId: 'defense-security-talks-focus' },
          { label: 'Who attends', factId: 'defense-security-talks-attendees' },
        ],
      },
      {
        name: 'Defense Policy Special Conference',
        standing: 'new in 2026',
        parts: [
          { label: 'Level', factId: 'dpsc-top-platform' },
          { label: 'Focus', factId: 'dpsc-focus' },
          { label: 'Who attends', factId: 'delegation-size' },
          { label: 'Its place', factId: 'dpsc-fourth-dialogue' },
        ],
      },
    ],
  },
  {
    heading: 'Beneath them',
    tiers: [{ name: 'Project policy meetings', parts: [{ label: 'Who and what', factId: 'project-policy-meetings' }] }],
  },
  {
    heading: 'Then',
    tiers: [{ name: 'Operational-level meetings of the military branches', parts: [{ label: 'Who and what', factId: 'operational-level-meetings' }] }],
  },
];

/** The hierarchy drawn in a code block: the level's tiers as a tree, arrows down to the next level. */
function picture(): string {
  const lines: string[] = [];
  LEVELS.forEach((level, levelIndex) => {
    if (levelIndex > 0) lines.push('        │', '        ▼');
    lines.push(level.heading);
    level.tiers.forEach((tier, index) => {
      const branch = index === level.tiers.length - 1 ? '└─' : '├─';
      lines.push(`${branch} ${tier.name}${tier.standing ? ` (${tier.standing})` : ''}`);
    });
  });
  return ['```', ...lines, '```'].join('\n');
}

function tiersReply(kb: KnowledgeBase, page: number): ReplyData {
  const blocks = LEVELS.flatMap((level) =>
    level.tiers.map((tier) => {
      const parts: BlockPart[] = tier.parts.map(({ label, factId }) => ({ label, fact: requireFact(kb, factId) }));
      return factBlock(tier.name, parts);
    }),
  );
  return pagedList({
    pageIdBase: `${PREFIX}:page`,
    title: 'The tiers of Taiwan-US defense dialogue',
    description: `${picture()}\nEach tier below quotes the article. ${JUDGEMENT_MARK} marks ${JUDGEMENT_LABEL}.`,
    blocks,
    page,
    colour: COLOURS.info,
    article: kb.article,
  });
}

const data = slashCommand({
  name: 'tiers',
  description: 'The hierarchy of Taiwan-US defense dialogues, each tier with its passage',
  zhName: '對話層級',
  zhDescription: '台美國防對話的層級架構，每一層都附原文',
}).toJSON();

export const tiersCommand: ChatCommand = {
  kind: 'chat',
  data,
  execute: (_request, services) => tiersReply(services.engine.kb, 0),
};

/** tiers:page:<page>. */
export const tiersPages: ComponentHandler = pageButtonHandler(PREFIX, (_args, page, services) => tiersReply(services.engine.kb, page));
