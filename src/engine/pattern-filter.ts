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
 * The literals as one automaton (Aho-Corasick): a text is read once, one table step per character, and each
 * state knows which patterns the literals ending there let through. Characters that no literal holds share
 * one column of the table.
 */
interface Automaton {
  /** Column of each character code (texts are read by UTF-16 code unit): 0 for those no literal holds. */
  columnOf: Uint16Array;
  /** Columns per state; next state = steps[state * width + column]. */
  width: number;
  steps: Int32Array;
  /** Patterns let through on reaching each state: indexes into `passes`, from passStart[state] to passStart[state + 1]. */
  passStart: Int32Array;
  passes: Int32Array;
}

function buildAutomaton(literals: readonly string[], patternsOfLiteral: ReadonlyArray<readonly number[]>): Automaton {
  const columnOf = new Uint16Array(65_536);
  let width = 1;
  for (const literal of literals) for (let i = 0; i < literal.length; i += 1) if (columnOf[literal.charCodeAt(i)] === 0) columnOf[literal.charCodeAt(i)] = width++;
  // The trie, in a table sized for its most states (one per literal character, and the root); -1 is "no edge yet".
  let steps = new Int32Array((literals.reduce((sum, literal) => sum + literal.length, 0) + 1) * width).fill(-1);
  let states = 1;
  const ending: Array<Set<number>> = [new Set()];
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i += 1) {
      const edge = state * width + columnOf[literal.charCodeAt(i)]!;
      if (steps[edge] === -1) {
        steps[edge] = states++;
        ending.push(new Set());
      }
      state = steps[edge]!;
    }
    patternsOfLiteral[id]!.forEach((pattern) => ending[state]!.add(pattern));
  });
  steps = steps.slice(0, states * width);
  // Breadth first, each missing edge becomes the edge of the longest proper suffix, and each state lets
  // through what that suffix's state does.
  const fallback = new Int32Array(states);
  const queue: number[] = [];
  for (let column = 0; column < width; column += 1) {
    if (steps[column] === -1) steps[column] = 0;
    else queue.push(steps[column]!);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head]!;
    const suffix = fallback[state]!;
    if (suffix !== 0) ending[suffix]!.forEach((pattern) => ending[state]!.add(pattern));
    for (let column = 0; column < width; column += 1) {
      const next = steps[state * width + column]!;
      const suffixNext = steps[suffix * width + column]!;
      if (next === -1) steps[state * width + column] = suffixNext;
      else {
        fallback[next] = suffixNext;
        queue.push(next);
      }
    }
  }
  const passStart = new Int32Array(states + 1);
  ending.forEach((patterns, state) => (passStart[state + 1] = passStart[state]! + patterns.size));
  return { columnOf, width, steps, passStart, passes: Int32Array.from(ending.flatMap((patterns) => [...patterns])) };
}

/**
 * For `patterns`, a function from a text to whether each may match it (by index). A pattern that needs no
 * literal always may.
 */
export function createPatternFilter(patterns: readonly RegExp[]): (text: string) => (index: number) => boolean {
  const requirements = patterns.map(requiredLiterals);
  const patternsByLiteral = new Map<string, number[]>();
  requirements.forEach((requirement, index) => requirement?.forEach((literal) => patternsByLiteral.set(literal, [...(patternsByLiteral.get(literal) ?? []), index])));
  const { columnOf, width, steps, passStart, passes } = buildAutomaton([...patternsByLiteral.keys()], [...patternsByLiteral.values()]);
  // Scans are numbered, and each pattern holds the number of the last scan that let it through (one that needs
  // no literal, Infinity): no array per scan. A later scan only raises the numbers, so what an earlier one let
  // through stays let through (a later text may let more through, which costs a search, never an answer).
  const lastLetThrough = Float64Array.from(requirements, (requirement) => (requirement === null ? Infinity : 0));
  let scans = 0;
  return (text) => {
    const scan = ++scans;
    let state = 0;
    for (let position = 0; position < text.length; position += 1) {
      state = steps[state * width + columnOf[text.charCodeAt(position)]!]!;
      for (let pass = passStart[state]!; pass < passStart[state + 1]!; pass += 1) lastLetThrough[passes[pass]!] = scan;
    }
    return (index) => lastLetThrough[index]! >= scan;
  };
}
