/**
 * The shape of the fact base. Facts are data (facts.json); these schemas are the contract a curator's
 * edit must meet, and `loadKnowledgeBase` adds the checks that need the article itself.
 */
import { z } from 'zod';

/** The topics `/facts` pages through; every fact belongs to exactly one. */
export const TOPICS = ['delegation', 'budgets', 'dialogues', 'cooperation', 'analyst', 'outlook'] as const;
export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;

/**
 * The kinds of question a fact can answer. Typed values imply some of them (a count answers "how many");
 * `answers` lists the rest explicitly.
 */
export const INTENTS = [
  'count', // how many
  'duration', // how long
  'money', // how much, what budget
  'date', // when, which year
  'person', // who
  'place', // where
  'reason', // why
  'rank', // which is highest, what level
  'topic', // what about, what focus
  'definition', // what is X
] as const;
export const IntentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof IntentSchema>;

/** How exact a number in the article is: "up to 32", "over two weeks", "approximately $15.45 million". */
export const QualifierSchema = z.enum(['exact', 'up_to', 'over', 'about', 'nearly']);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** Gregorian year = ROC (Minguo) year + 1911. */
export const ROC_OFFSET = 1911;

const CountValueSchema = z.object({
  kind: z.literal('count'),
  amount: z.number().int().positive(),
  qualifier: QualifierSchema,
  unit: z.string().min(1),
});

const DurationValueSchema = z.object({
  kind: z.literal('duration'),
  amount: z.number().positive(),
  unit: z.enum(['day', 'week', 'month', 'year']),
  qualifier: QualifierSchema,
});

const MoneyValueSchema = z.object({
  kind: z.literal('money'),
  /** In millions of the currency, exactly as the article writes it (471.23 for NT$471.23 million). */
  millions: z.number().positive().finite(),
  currency: z.enum(['TWD', 'USD']),
  qualifier: QualifierSchema,
  /** Gregorian years the amount covers. */
  years: z.array(z.number().int().min(1912).max(2100)).min(1),
});

/** A calendar year, stored both ways so that a slip in either is caught at load. */
const YearValueSchema = z
  .object({
    kind: z.literal('year'),
    gregorian: z.number().int().min(1912).max(2100),
    roc: z.number().int().positive(),
  })
  .refine((year) => year.roc === year.gregorian - ROC_OFFSET, {
    message: `ROC year must equal the Gregorian year minus ${ROC_OFFSET}`,
    path: ['roc'],
  });

export const ValueSchema = z.discriminatedUnion('kind', [
  CountValueSchema,
  DurationValueSchema,
  MoneyValueSchema,
  YearValueSchema,
]);
export type FactValue = z.infer<typeof ValueSchema>;
export type MoneyValue = z.infer<typeof MoneyValueSchema>;

export const CitationSchema = z.object({
  articleId: z.string().min(1),
  /** Counts from 1: paragraph N is line N of the article. */
  paragraph: z.number().int().positive(),
  /** A verbatim substring of that paragraph. */
  quote: z.string().min(8),
});
export type Citation = z.infer<typeof CitationSchema>;

export const FactSchema = z
  .object({
    // At most 60 characters: ids travel inside Discord button ids, which allow 100.
    id: z.string().max(60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'),
    topic: TopicSchema,
    /** A short label for lists and autocomplete, e.g. "Delegation size". */
    subject: z.string().min(3).max(80),
    /** One sentence in plain words. A judgement names its holder ("Jin Zhong judges that ..."). */
    answer: z.string().min(10).max(400),
    /** `judgement`: the analyst's reading or expectation, never to be shown as settled fact. */
    stance: z.enum(['reported', 'judgement']),
    values: z.array(ValueSchema).default([]),
    /** Question kinds this fact answers beyond those its values imply. */
    answers: z.array(IntentSchema).default([]),
    /** Other names of the things it names: abbreviations, spellings ("DPSC", "JFD", "MND", "defence"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Words people would use to ask for it that the answer does not already contain. */
    keywords: z.array(z.string().min(1)).default([]),
    citations: z.array(CitationSchema).min(1),
    /** When the fact was added or last corrected (YYYY-MM-DD): digests announce what is new. */
    updated: z.iso.date(),
  })
  .refine((fact) => fact.stance !== 'judgement' || /Jin Zhong/.test(fact.answer), {
    message: 'a judgement must name who holds it (Jin Zhong) in its answer',
    path: ['answer'],
  });
export type Fact = z.infer<typeof FactSchema>;
export type FactInput = z.input<typeof FactSchema>;
