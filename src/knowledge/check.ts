/** `npm run kb:check`: validates the fact base the way the bot does at start, for whoever edits the facts. */
import { KnowledgeBaseError, loadKnowledgeBase } from './load.ts';

try {
  const kb = loadKnowledgeBase();
  const judgements = kb.facts.filter((fact) => fact.stance === 'judgement').length;
  console.log(`OK: ${kb.facts.length} facts (${judgements} of them the analyst's judgement), all quotes verbatim.`);
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
