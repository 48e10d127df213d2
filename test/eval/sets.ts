/**
 * The labelled question sets, each written from the article alone by someone who had not seen the engine.
 * Fifty-two are for tuning (their misses are listed by `npm run eval -- --misses`); the fourteen held-out ones are
 * never tuned on and their misses are never listed, so that their scores stay an honest estimate of questions
 * nobody has seen. (Held-out E's and H's scores were printed while tuning, never their questions: H was scored
 * only at the start and the end of the session that added it; K, O, R, U, W, AB, AI, AL and AQ likewise. BJ and
 * BK were added at the end of the session that wrote them and scored once, on arrival.)
 */
export interface QuestionSet {
  name: string;
  file: URL;
  tuning: boolean;
}

export const QUESTION_SETS: readonly QuestionSet[] = [
  { name: 'labelled A', file: new URL('./questions.json', import.meta.url), tuning: true },
  { name: 'labelled B', file: new URL('./questions-b.json', import.meta.url), tuning: true },
  { name: 'labelled C', file: new URL('./questions-c.json', import.meta.url), tuning: true },
  { name: 'labelled D', file: new URL('./questions-d.json', import.meta.url), tuning: true },
  { name: 'labelled F', file: new URL('./questions-f.json', import.meta.url), tuning: true },
  { name: 'labelled G', file: new URL('./questions-g.json', import.meta.url), tuning: true },
  { name: 'labelled I', file: new URL('./questions-i.json', import.meta.url), tuning: true },
  { name: 'labelled J', file: new URL('./questions-j.json', import.meta.url), tuning: true },
  { name: 'labelled L', file: new URL('./questions-l.json', import.meta.url), tuning: true },
  { name: 'labelled M', file: new URL('./questions-m.json', import.meta.url), tuning: true },
  { name: 'labelled N', file: new URL('./questions-n.json', import.meta.url), tuning: true },
  { name: 'labelled P', file: new URL('./questions-p.json', import.meta.url), tuning: true },
  { name: 'labelled Q', file: new URL('./questions-q.json', import.meta.url), tuning: true },
  { name: 'labelled S', file: new URL('./questions-s.json', import.meta.url), tuning: true },
  { name: 'labelled T', file: new URL('./questions-t.json', import.meta.url), tuning: true },
  { name: 'labelled V', file: new URL('./questions-v.json', import.meta.url), tuning: true },
  { name: 'labelled X', file: new URL('./questions-x.json', import.meta.url), tuning: true },
  { name: 'labelled Y', file: new URL('./questions-y.json', import.meta.url), tuning: true },
  { name: 'labelled Z', file: new URL('./questions-z.json', import.meta.url), tuning: true },
  { name: 'labelled AA', file: new URL('./questions-aa.json', import.meta.url), tuning: true },
  { name: 'labelled AC', file: new URL('./questions-ac.json', import.meta.url), tuning: true },
  { name: 'labelled AD', file: new URL('./questions-ad.json', import.meta.url), tuning: true },
  { name: 'labelled AE', file: new URL('./questions-ae.json', import.meta.url), tuning: true },
  { name: 'labelled AF', file: new URL('./questions-af.json', import.meta.url), tuning: true },
  { name: 'labelled AG', file: new URL('./questions-ag.json', import.meta.url), tuning: true },
  { name: 'labelled AH', file: new URL('./questions-ah.json', import.meta.url), tuning: true },
  { name: 'labelled AJ', file: new URL('./questions-aj.json', import.meta.url), tuning: true },
  { name: 'labelled AK', file: new URL('./questions-ak.json', import.meta.url), tuning: true },
  { name: 'labelled AM', file: new URL('./questions-am.json', import.meta.url), tuning: true },
  { name: 'labelled AN', file: new URL('./questions-an.json', import.meta.url), tuning: true },
  { name: 'labelled AO', file: new URL('./questions-ao.json', import.meta.url), tuning: true },
  { name: 'labelled AP', file: new URL('./questions-ap.json', import.meta.url), tuning: true },
  { name: 'labelled AR', file: new URL('./questions-ar.json', import.meta.url), tuning: true },
  { name: 'labelled AS', file: new URL('./questions-as.json', import.meta.url), tuning: true },
  { name: 'labelled AT', file: new URL('./questions-at.json', import.meta.url), tuning: true },
  { name: 'labelled AU', file: new URL('./questions-au.json', import.meta.url), tuning: true },
  { name: 'labelled AV', file: new URL('./questions-av.json', import.meta.url), tuning: true },
  { name: 'labelled AW', file: new URL('./questions-aw.json', import.meta.url), tuning: true },
  { name: 'labelled AX', file: new URL('./questions-ax.json', import.meta.url), tuning: true },
  { name: 'labelled AY', file: new URL('./questions-ay.json', import.meta.url), tuning: true },
  { name: 'labelled AZ', file: new URL('./questions-az.json', import.meta.url), tuning: true },
  { name: 'labelled BA', file: new URL('./questions-ba.json', import.meta.url), tuning: true },
  { name: 'labelled BB', file: new URL('./questions-bb.json', import.meta.url), tuning: true },
  { name: 'labelled BC', file: new URL('./questions-bc.json', import.meta.url), tuning: true },
  { name: 'labelled BD', file: new URL('./questions-bd.json', import.meta.url), tuning: true },
  { name: 'labelled BE', file: new URL('./questions-be.json', import.meta.url), tuning: true },
  { name: 'labelled BF', file: new URL('./questions-bf.json', import.meta.url), tuning: true },
  { name: 'labelled BG', file: new URL('./questions-bg.json', import.meta.url), tuning: true },
  { name: 'labelled BH', file: new URL('./questions-bh.json', import.meta.url), tuning: true },
  { name: 'labelled BI', file: new URL('./questions-bi.json', import.meta.url), tuning: true },
  { name: 'labelled BL', file: new URL('./questions-bl.json', import.meta.url), tuning: true },
  { name: 'labelled BM', file: new URL('./questions-bm.json', import.meta.url), tuning: true },
  { name: 'held-out', file: new URL('./holdout-fresh.json', import.meta.url), tuning: false },
  { name: 'held-out E', file: new URL('./holdout-e.json', import.meta.url), tuning: false },
  { name: 'held-out H', file: new URL('./holdout-h.json', import.meta.url), tuning: false },
  { name: 'held-out K', file: new URL('./holdout-k.json', import.meta.url), tuning: false },
  { name: 'held-out O', file: new URL('./holdout-o.json', import.meta.url), tuning: false },
  { name: 'held-out R', file: new URL('./holdout-r.json', import.meta.url), tuning: false },
  { name: 'held-out U', file: new URL('./holdout-u.json', import.meta.url), tuning: false },
  { name: 'held-out W', file: new URL('./holdout-w.json', import.meta.url), tuning: false },
  { name: 'held-out AB', file: new URL('./holdout-ab.json', import.meta.url), tuning: false },
  { name: 'held-out AI', file: new URL('./holdout-ai.json', import.meta.url), tuning: false },
  { name: 'held-out AL', file: new URL('./holdout-al.json', import.meta.url), tuning: false },
  { name: 'held-out AQ', file: new URL('./holdout-aq.json', import.meta.url), tuning: false },
  { name: 'held-out BJ', file: new URL('./holdout-bj.json', import.meta.url), tuning: false },
  { name: 'held-out BK', file: new URL('./holdout-bk.json', import.meta.url), tuning: false },
];
