/** /help: what the bot knows, how to ask, and every command, read from the commands' own data. */
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import type { APIEmbedField } from 'discord-api-types/v10';
import { describePublished } from '../knowledge/article.ts';
import { TOPICS } from '../knowledge/schema.ts';
import { LIMITS, truncate } from '../reply/limits.ts';
import { articleFooter, COLOURS, JUDGEMENT_MARK } from '../reply/style.ts';
import { slashCommand } from './common.ts';
import type { ChatCommand, MessageCommand } from './types.ts';

/** Questions the article answers, to show how to ask (the command tests hold them to that). */
export const EXAMPLE_QUESTIONS = ['How big is the delegation?', 'Who is expected to lead it?', 'What is the JFD budget for 2026?', 'Which dialogue ranks highest?'];

const SUBCOMMAND_TYPES: ReadonlySet<number> = new Set([ApplicationCommandOptionType.Subcommand, ApplicationCommandOptionType.SubcommandGroup]);

/** "/ask question [private] [mention]" from a command's JSON, or how to reach a context-menu command. */
function usageField(command: ChatCommand | MessageCommand): APIEmbedField {
  const { data } = command;
  if (data.type === ApplicationCommandType.Message) {
    return { name: `Apps ▸ ${data.name}`, value: 'On any message: right-click it (long-press on a phone), then Apps.' };
  }
  const options = 'options' in data ? (data.options ?? []) : [];
  const usage = options
    .filter((option) => !SUBCOMMAND_TYPES.has(option.type))
    .map((option) => ('required' in option && option.required ? option.name : `[${option.name}]`));
  const description = 'description' in data ? data.description : '';
  return { name: truncate(['/' + data.name, ...usage].join(' '), LIMITS.fieldName), value: truncate(description || '—', LIMITS.fieldValue) };
}

/** /help lists `listCommands()` at the time it runs, so a command added to the registry shows without more. */
export function createHelpCommand(listCommands: () => ReadonlyArray<ChatCommand | MessageCommand>): ChatCommand {
  return {
    kind: 'chat',
    data: slashCommand({
      name: 'help',
      description: 'What this bot knows and how to ask it',
      zhName: '說明',
      zhDescription: '這個機器人知道什麼、怎麼問',
    }).toJSON(),
    repliesPrivately: () => true,
    execute(_request, services) {
      const { article, facts } = services.engine.kb;
      const topics = TOPICS.map((topic) => `${topic} (${facts.filter((fact) => fact.topic === topic).length})`).join(', ');
      const description = [
        `I answer questions about one article: **${article.title}**, published ${describePublished(article)}.`,
        'Every answer quotes the passage it rests on, with its paragraph number. ' +
          `The analyst Jin Zhong's judgements are marked ${JUDGEMENT_MARK} as his, never as established fact. ` +
          "When the article doesn't say, I say so and show the closest facts it does state.",
        '',
        `**How to ask:** \`/ask\` and type your question; suggestions appear as you type. For example: ${EXAMPLE_QUESTIONS.map((q) => `“${q}”`).join(', ')}.`,
        `**What I know:** ${facts.length} facts, by topic: ${topics}.`,
      ].join('\n');
      return {
        ephemeral: true,
        embeds: [
          {
            color: COLOURS.info,
            title: 'How to use this bot',
            description,
            fields: listCommands().map(usageField).slice(0, LIMITS.fields),
            footer: articleFooter(article),
          },
        ],
      };
    },
  };
}
