/** A fact's typed value in words, the same wherever it is shown (claims, digests). */
import type { FactValue } from '../knowledge/schema.ts';
import { formatMoney, QUALIFIER_WORDS } from './money.ts';

/** "up to 32 people", "over 2 weeks", "NT$15.43 million", "2026 (ROC 115)". */
export function describeValue(value: FactValue): string {
  switch (value.kind) {
    case 'count':
      return `${QUALIFIER_WORDS[value.qualifier]}${value.amount} ${value.unit}`;
    case 'duration':
      return `${QUALIFIER_WORDS[value.qualifier]}${value.amount} ${value.unit}${value.amount === 1 ? '' : 's'}`;
    case 'money':
      return formatMoney(value.millions, value.currency, value.qualifier);
    case 'year':
      return `${value.gregorian} (ROC ${value.roc})`;
  }
}
