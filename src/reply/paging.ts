/**
 * Long lists as pages. Content comes in blocks (a fact's answer with its citations); a page holds whole
 * blocks only, so every block appears on exactly one page and a citation is never separated from what it
 * proves. Paging buttons carry the page number and update the message in place.
 */
import { ButtonStyle } from 'discord.js';
import type { APIEmbedField } from 'discord-api-types/v10';
import type { ArticleMeta } from '../knowledge/article.ts';
import type { CommandServices, ComponentHandler, ReplyData } from '../commands/types.ts';
import { actionRows, button, customId, staleButtonReply } from './components.ts';
import { LIMITS, truncate } from './limits.ts';
import { articleFooter } from './style.ts';

export type Block = readonly APIEmbedField[];

/** Room kept for " (page 12 of 34)", which the title gains once there are pages, so the total stays within the limit. */
const PAGE_MARKER_ROOM = 20;

const blockLength = (block: Block) => block.reduce((sum, field) => sum + field.name.length + field.value.length, 0);

/** Whole blocks onto pages of at most `maxChars` characters and 25 fields; a page is never empty. */
export function paginate(blocks: readonly Block[], maxChars: number): Block[][] {
  const pages: Block[][] = [];
  let page: Block[] = [];
  let chars = 0;
  let fields = 0;
  for (const block of blocks) {
    const fits = chars + blockLength(block) <= maxChars && fields + block.length <= LIMITS.fields;
    if (!fits && page.length > 0) {
      pages.push(page);
      page = [];
      chars = 0;
      fields = 0;
    }
    page.push(block);
    chars += blockLength(block);
    fields += block.length;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

export interface PagedListOptions {
  /** The custom_id before the page number, e.g. "facts:page:budgets". */
  pageIdBase: string;
  title: string;
  /** Shown above the blocks on every page. */
  description?: string;
  blocks: readonly Block[];
  /** Which page to show (0-based); out of range shows the nearest. */
  page: number;
  colour: number;
  article: ArticleMeta;
  ephemeral?: boolean;
}

/** One page of a list as a reply, with ◀/▶ buttons when there is more than one. */
export function pagedList(options: PagedListOptions): ReplyData {
  const footer = articleFooter(options.article);
  const description = options.description ? truncate(options.description, LIMITS.embedDescription) : undefined;
  const title = truncate(options.title, LIMITS.embedTitle - PAGE_MARKER_ROOM);
  const room = LIMITS.embedTotal - title.length - PAGE_MARKER_ROOM - (description?.length ?? 0) - footer.text.length;
  const pages = paginate(options.blocks, room);
  const index = Math.min(Math.max(Math.trunc(options.page), 0), pages.length - 1);
  const reply: ReplyData = {
    embeds: [
      {
        color: options.colour,
        title: pages.length > 1 ? `${title} (page ${index + 1} of ${pages.length})` : title,
        ...(description ? { description } : {}),
        fields: pages[index]!.flat(),
        footer,
      },
    ],
  };
  if (options.ephemeral) reply.ephemeral = true;
  if (pages.length > 1) {
    reply.components = actionRows([
      button({ customId: customId(options.pageIdBase, Math.max(index - 1, 0)), label: 'Previous', emoji: '◀️', disabled: index === 0 }),
      button({
        customId: customId(options.pageIdBase, Math.min(index + 1, pages.length - 1)),
        label: 'Next',
        emoji: '▶️',
        style: ButtonStyle.Primary,
        disabled: index === pages.length - 1,
      }),
    ]);
  }
  return reply;
}

/**
 * The button handler of a paged command: custom_id `${prefix}:page:<args…>:<page>` renders that page again,
 * replacing the message. `render` gets the args between "page" and the number, and returns null for args
 * it does not know (then the clicker alone hears the button is stale).
 */
export function pageButtonHandler(
  prefix: string,
  render: (args: string[], page: number, services: CommandServices) => ReplyData | null,
): ComponentHandler {
  return {
    prefix,
    handle(args, _request, services) {
      const [action, ...rest] = args;
      const page = Number(rest.at(-1));
      const reply = action === 'page' && Number.isInteger(page) ? render(rest.slice(0, -1), page, services) : null;
      return reply ? { ...reply, updateMessage: true } : staleButtonReply();
    },
  };
}

