/** What every command may use, built once at start (the entry point, the end-to-end tests, the bench). */
import type { CommandServices } from './commands/types.ts';
import { createEngine } from './engine/engine.ts';
import type { KnowledgeBase } from './knowledge/load.ts';
import type { Db } from './store/db.ts';
import { FeedbackStore } from './store/feedback.ts';

export function createServices(kb: KnowledgeBase, db: Db): CommandServices {
  return { engine: createEngine(kb), feedback: new FeedbackStore(db), now: () => new Date() };
}
