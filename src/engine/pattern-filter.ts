/**
 * Which of many patterns a text may match, found without running them. Each pattern's required literals are
 * read off its syntax tree: strings one of which any match must contain ("\bpolitics? (?:and|plus)" needs
 * "politic"). One pass over a text finds the literals it holds; a pattern none of whose literals it holds is
 * skipped without a search. Most questions hold the words of a few dozen of the engine's three hundred
 * patterns, and running a pattern costs far more than looking a word up.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Strings of which a match must contain one; null when the pattern needs none that we can tell. */
type Requirement = readonly string[] | null;

/** The more selective of two requirements: the longer shortest literal, then the fewer literals. */
function moreSelective(a: Requirement, b: Requirement): Requirement {
  if (!a || !b) return a ?? b;
  const shortest = (requirement: readonly string[]) => Math.min(...requirement.map((literal) => literal.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

/** A choice needs one literal of each of its branches; a branch that needs none makes the choice need none. */
function ofAlternatives(alternatives: readonly AST.Alternative[]): Requirement {
  const literals = new Set<string>();
  for (const alternative of alternatives) {
    const requirement = ofSequence(alternative.elements);
    if (!requirement) return null;
    requirement.forEach((literal) => literals.add(literal));
  }
  return [...literals];
}

/** A sequence needs everything it holds: its most selective run of letters, or of its parts' requirements. */
function ofSequence(elements: readonly AST.Element[]): Requirement {
  let best: Requirement = null;
  let run = '';
  const endRun = () => {
    // A single character says too little to be worth looking for.
    if (run.length >= 2) best = moreSelective(best, [run]);
    run = '';
  };
  for (const element of elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    endRun();
    best = moreSelective(best, ofElement(element));
  }
  endRun();
  return best;
}

function ofElement(element: AST.Element): Requirement {
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(element.alternatives);
    case 'Quantifier':
      return element.min >= 1 ? ofElement(element.element) : null;
    case 'Assertion':
      // What a lookahead or lookbehind needs is in the text too; what a negative one forbids is not needed.
      return (element.kind === 'lookahead' || element.kind === 'lookbehind') && !element.negate ? ofAlternatives(element.alternatives) : null;
    default:
      return null;
  }
}

/** The literals any match of `pattern` must contain one of (null: none known). Case-sensitive, as the texts are lower case. */
export function requiredLiterals(pattern: RegExp): Requirement {
  if (pattern.flags.includes('i')) return null;
  const ast = new RegExpParser().parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.flags.includes('u') });
  return ofAlternatives(ast.alternatives);
}

/**
 * For `patterns`, a function from a text to whether each may match it (by index). A pattern that needs no
 * literal always may.
 */
export function createPatternFilter(patterns: readonly RegExp[]): (text: string) => (index: number) => boolean {
  const requirements = patterns.map(requiredLiterals);
  const literals = [...new Set(requirements.flatMap((requirement) => requirement ?? []))];
  const literalIds = new Map(literals.map((literal, id) => [literal, id]));
  const needs = requirements.map((requirement) => requirement?.map((literal) => literalIds.get(literal)!) ?? null);
  /** Literals by their first two characters (as one number): a text is read once, two characters at a time. */
  const opening = (text: string, position: number) => text.charCodeAt(position) * 65_536 + text.charCodeAt(position + 1);
  const byOpening = new Map<number, number[]>();
  literals.forEach((literal, id) => byOpening.set(opening(literal, 0), [...(byOpening.get(opening(literal, 0)) ?? []), id]));
  return (text) => {
    const held = new Uint8Array(literals.length);
    for (let position = 0; position < text.length - 1; position += 1) {
      const ids = byOpening.get(opening(text, position));
      if (ids) for (const id of ids) if (held[id] === 0 && text.startsWith(literals[id]!, position)) held[id] = 1;
    }
    return (index) => {
      const ids = needs[index];
      return ids === null || ids === undefined || ids.some((id) => held[id] === 1);
    };
  };
}
