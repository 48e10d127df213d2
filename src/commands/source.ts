/** /source [paragraph]: the article's metadata and a map of its paragraphs, or one paragraph verbatim. */
import { describePublished, loadArticle } from '../knowledge/article.ts';
import type { KnowledgeBase } from '../knowledge/load.ts';
import { TOPICS } from '../knowledge/schema.ts';
import { escapeUserText, inertText } from '../reply/escape.ts';
import { truncate } from '../reply/limits.ts';
import { paragraphReply } from '../reply/paragraph.ts';
import { articleFooter, COLOURS } from '../reply/style.ts';
import { localise, slashCommand } from './common.ts';
import type { ChatCommand, ReplyData } from './types.ts';

/** The shipped article's length bounds the option; a request beyond the served article's is answered too. */
const PARAGRAPH_COUNT = loadArticle().paragraphs.length;
/** How much of each paragraph the map shows. */
const OPENING_LENGTH = 90;

const data = slashCommand({
  name: 'source',
  description: 'The article itself: what it is, or one paragraph word for word',
  zhName: '原文',
  zhDescription: '文章本身：基本資料，或逐字顯示某一段',
})
  .addIntegerOption((option) =>
    localise(option, {
      name: 'paragraph',
      description: `A paragraph to show in full (1-${PARAGRAPH_COUNT})`,
      zhName: '段落',
      zhDescription: `要完整顯示的段落（1-${PARAGRAPH_COUNT}）`,
    })
      .setMinValue(1)
      .setMaxValue(PARAGRAPH_COUNT),
  )
  .toJSON();

function aboutTheArticle(kb: KnowledgeBase): ReplyData {
  const { article } = kb;
  const openings = article.paragraphs.map((text, index) => `**${index + 1}.** ${inertText(truncate(text, OPENING_LENGTH))}`);
  const topics = TOPICS.map((topic) => `${topic} (${kb.facts.filter((fact) => fact.topic === topic).length})`).join(', ');
  return {
    embeds: [
      {
        color: COLOURS.info,
        title: article.title,
        description: ['The one article this bot knows; every answer quotes it by paragraph. `/source paragraph:N` shows paragraph N in full.', '', ...openings].join('\n'),
        fields: [
          { name: 'Published', value: describePublished(article), inline: true },
          { name: 'Language', value: article.language, inline: true },
          { name: 'Paragraphs', value: String(article.paragraphs.length), inline: true },
          { name: 'Original address', value: article.sourceUrl ?? 'Not known: the copy the bot was given carries none.' },
          { name: 'Facts drawn from it', value: `${kb.facts.length}, by topic: ${topics}` },
        ],
        footer: articleFooter(article),
      },
    ],
  };
}

export const sourceCommand: ChatCommand = {
  kind: 'chat',
  data,
  execute(request, services) {
    const { kb } = services.engine;
    const number = request.options.paragraph;
    if (number === undefined) return aboutTheArticle(kb);
    const count = kb.article.paragraphs.length;
    return (
      paragraphReply(kb.article, Number(number)) ?? {
        content: `There is no paragraph ${escapeUserText(String(number), 12)}: the article has ${count}, numbered 1 to ${count}.`,
        ephemeral: true,
      }
    );
  },
};
