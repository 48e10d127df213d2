import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../src/knowledge/article.ts';
import { openDatabase } from '../src/store/db.ts';
import { FeedbackStore } from '../src/store/feedback.ts';

const paragraphs = loadArticle().paragraphs;
const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
const cli = new URL('../src/cli.ts', import.meta.url).pathname;

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(tsx, [cli, ...args], { input, encoding: 'utf8', timeout: 30_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonFact {
  factId: string;
  text: string;
  score: number;
  citations: Array<{ articleId: string; paragraph: number; quote: string }>;
}

function expectContract(line: string, question: string) {
  const parsed = JSON.parse(line) as { question: string; answered: boolean; answers: JsonFact[]; related: JsonFact[] };
  expect(Object.keys(parsed).sort()).toEqual(['answered', 'answers', 'question', 'related']);
  expect(parsed.question).toBe(question);
  if (!parsed.answered) expect(parsed.answers).toEqual([]);
  for (const fact of [...parsed.answers, ...parsed.related]) {
    expect(Object.keys(fact).sort()).toEqual(['citations', 'factId', 'score', 'text']);
    for (const citation of fact.citations) expect(paragraphs[citation.paragraph - 1]).toContain(citation.quote);
  }
  return parsed;
}

describe('npx tsx src/cli.ts', () => {
  it('ask prints the answer with its quoted passage and paragraph number', () => {
    const { code, stdout } = run(['ask', 'how big is the delegation']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/32/);
    expect(stdout).toMatch(/\(paragraph \d+\)/);
    const quote = /“(.+?)” \(paragraph (\d+)\)/.exec(stdout)!;
    expect(paragraphs[Number(quote[2]) - 1]).toContain(quote[1]);
  });

  it('ask gives a conversion the article does not state only as an estimate with its rate', () => {
    const { code, stdout } = run(['ask', 'whats the travel budget in usd']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/NT\$15\.43 million ≈ US\$\d+\.\d\d million: not in the article, an estimate at NT\$\d+\.\d\d per US\$/);
  });

  it('ask says plainly when the article does not say, with the closest facts', () => {
    const { code, stdout } = run(['ask', 'how many people will Japan send']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^The article doesn't say/);
    expect(stdout).toMatch(/closest facts/);
  });

  it('ask says what kind of thing the article never gives, when that is why it does not say', () => {
    const { code, stdout } = run(['ask', 'how much is the jfd in 2027']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^The article doesn't say: it does not give a separate amount for 2027\./);
  });

  it('ask --json prints one JSON object on one line, in the documented shape', () => {
    const { code, stdout } = run(['ask', '--json', 'who leads the delegation']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const parsed = expectContract(stdout.trim(), 'who leads the delegation');
    expect(parsed.answered).toBe(true);
  });

  it('ask --json reads 10,000 questions from standard input and answers each, in order, in one process', () => {
    const questions = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? 'how long is the trip' : i % 3 === 1 ? 'who is jin zhong' : `what about Japan ${i}`));
    const { code, stdout } = run(['ask', '--json'], `${questions.join('\n')}\n`);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(questions.length);
    lines.forEach((line, i) => expectContract(line, questions[i]!));
  });

  it('ask --json batch: CRLF line ends, a last line without a newline, and a blank line answered in its place with an error', () => {
    const { code, stdout } = run(['ask', '--json'], 'how long is the trip\r\n\r\nwho is jin zhong');
    expect(code).toBe(1);
    const [trip, blank, jin, ...rest] = stdout.trim().split('\n');
    expect(rest).toEqual([]);
    expect(expectContract(trip!, 'how long is the trip').answered).toBe(true);
    expect(JSON.parse(blank!)).toEqual({ question: '', error: expect.stringMatching(/empty/) });
    expect(expectContract(jin!, 'who is jin zhong').answered).toBe(true);
  });

  it('ask --json batch: a reader that stops early (| head) ends the output quietly, without a stack trace, exit 1', async () => {
    const child = spawn(tsx, [cli, 'ask', '--json']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end(`${'how long is the trip\n'.repeat(20_000)}`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('refuses bad input with one clear line and a non-zero exit, never a stack trace', () => {
    for (const args of [['ask', ''], ['ask', 'x'.repeat(501)], ['frobnicate'], ['ask', '--bogus', 'q']]) {
      const { code, stderr } = run(args);
      expect(code, args.join(' ')).not.toBe(0);
      expect(stderr, args.join(' ')).toMatch(/^error: /);
      expect(stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });

  it('check --json prints each claim with its verdict and citations', () => {
    const { code, stdout } = run(['check', '--json', 'Taiwan is sending 50 officers for a month']);
    expect(code).toBe(0);
    const { overall, claims } = JSON.parse(stdout) as { overall: string; claims: Array<{ claim: string; verdict: string; factId: string; citations: unknown[] }> };
    expect(claims.map((claim) => claim.verdict)).toEqual(['contradicted', 'contradicted']);
    expect(overall).toBe('contradicted');
    for (const claim of claims) expect(claim.citations.length).toBeGreaterThan(0);
  });

  it('gaps lists unanswered questions, most frequent first, and the facts with the most 👎', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gaps-'));
    try {
      const db = openDatabase(dataDir);
      const store = new FeedbackStore(db);
      store.recordUnanswered('Who is the minister?', []);
      store.recordUnanswered('how many tanks', []);
      store.recordUnanswered('how many TANKS?', []);
      store.recordVote({ factId: 'delegation-size', vote: 'down', voterId: 'user-1' });
      store.recordVote({ factId: 'delegation-size', vote: 'down', voterId: 'user-2' });
      store.recordVote({ factId: 'jfd-total-budget', vote: 'down', voterId: 'user-1' });
      db.close();
      const { code, stdout } = run(['gaps', '--json'], undefined, { DATA_DIR: dataDir });
      expect(code).toBe(0);
      const gaps = JSON.parse(stdout) as { unanswered: Array<{ question: string; count: number }>; disliked: Array<{ factId: string; down: number }> };
      expect(gaps.unanswered.map(({ count }) => count)).toEqual([2, 1]);
      expect(gaps.unanswered[0]!.question.toLowerCase()).toContain('tanks');
      expect(gaps.disliked.map(({ factId, down }) => [factId, down])).toEqual([['delegation-size', 2], ['jfd-total-budget', 1]]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
