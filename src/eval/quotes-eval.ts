/**
 * Quote extraction and attribution evaluation against hand-labelled gold sets.
 *
 * Matching: a predicted quote matches a gold quote when its verbatim text is identical (exact characters, quote
 * marks excluded). Matching is a multiset match per article, so a quotation that occurs twice (a standfirst repeating
 * a body quote) must be found twice. Among equal texts, pairs whose speakers also agree are matched first.
 *
 * Speaker rule (applied to matched quotes only): both names are normalised — Unicode compatibility form, diacritics
 * removed, lowercase, curly apostrophes straightened, parenthetical notes removed ("(joint statement)"), punctuation
 * other than apostrophes and hyphens turned into spaces, whitespace collapsed, and one leading article (a / an / the)
 * dropped — and must then be equal. So "a NATO official" = "NATO official", "Britain, France and Germany (joint
 * statement)" = "Britain, France and Germany", "Sean Doherty" = "Seán Doherty"; but "another NATO diplomat" ≠ "a NATO
 * diplomat" (another/second are part of the identity) and a person must carry the full canonical name ("Stoltenberg"
 * ≠ "Jens Stoltenberg"). One relaxation for people only: when the predicted speaker is a person and the gold is a
 * proper name, the same first and last name with middle names or initials added or left out match ("Clarence
 * Whitmore" = "Clarence Eugene Whitmore"). A gold speaker "unknown" is matched only by an unknown speaker.
 *
 * A lenient speaker figure is reported beside it (lenient-speaker.ts: descriptions by head noun, acronyms), and kind
 * accuracy (direct/partial) over matched quotes.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { extractDates } from '../analysis/dates.js';
import { extractMentions } from '../analysis/entities/index.js';
import { extractQuotes } from '../analysis/quotes/index.js';
import { splitSentences } from '../analysis/sentences.js';
import type { Quote, Speaker } from '../analysis/types.js';
import type { Article } from '../corpus/article.js';
import { loadArticleFile, loadCorpus } from '../corpus/load.js';
import { speakerMatchesLeniently } from './lenient-speaker.js';

const GoldQuoteSchema = z.object({
  text: z.string().min(1),
  speaker: z.string().min(1),
  speaker_as_written: z.string().optional(),
  kind: z.enum(['direct', 'partial']),
  note: z.string().optional(),
});
const GoldArticleSchema = z.object({
  id: z.string().min(1),
  url: z.string().optional(),
  title: z.string().optional(),
  quotes: z.array(GoldQuoteSchema),
});
const GoldFileSchema = z.array(GoldArticleSchema);

export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  speakerCorrect: number;
  /** Matched quotes whose speaker agrees under the lenient comparison too (lenient-speaker.ts). */
  speakerLenient: number;
  kindCorrect: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
  /** Speaker accuracy over matched quotes. */
  speakerAccuracy: number;
  speakerLenientAccuracy: number;
  kindAccuracy: number;
}

export interface Mismatch {
  text: string;
  gold?: string;
  predicted?: string;
  problem: 'missed' | 'spurious' | 'speaker';
}

export interface ArticleResult extends Scores {
  id: string;
  mismatches: Mismatch[];
}

export interface SetResult extends Scores {
  name: string;
  articles: ArticleResult[];
}

export interface QuoteEvalResult {
  sets: SetResult[];
  total: Scores;
}

export class GoldSetError extends Error {
  override readonly name = 'GoldSetError';
}

/** Normalises a speaker name for comparison (see the module comment for the rule). */
export function normalizeSpeaker(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}'\-\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return folded.replace(/^(?:a|an|the) /, '');
}

/** What scoring reads of a predicted quote: the extractor's Quote and a `--json` record both provide it. */
export interface ScoredQuote {
  text: string;
  kind: Quote['kind'];
  speaker: Pick<Speaker, 'kind' | 'name'>;
}

export function speakerMatches(predicted: Pick<Speaker, 'kind' | 'name'>, gold: string): boolean {
  const g = normalizeSpeaker(gold);
  if (g === 'unknown') return predicted.kind === 'unknown';
  if (predicted.kind === 'unknown') return false;
  const p = normalizeSpeaker(predicted.name);
  return p === g || (predicted.kind === 'person' && isProperName(gold) && sameFirstAndLast(p, g));
}

/** Every word capitalised (name particles aside): a person's name rather than a description. */
function isProperName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && words.every((w) => /^[\p{Lu}]/u.test(w) || /^(?:de|da|van|von|der|den|la|le|di|del|bin|al|el)$/.test(w));
}

/**
 * "Clarence Whitmore" = "Clarence Eugene Whitmore" = "Clarence E. Whitmore": same first and last name, the longer one
 * only adding middle names or initials between them.
 */
function sameFirstAndLast(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length < 2 || y.length < 2 || x.length === y.length) return false;
  return x[0] === y[0] && x[x.length - 1] === y[y.length - 1];
}

export function scoreArticle(id: string, predicted: readonly ScoredQuote[], gold: GoldQuote[]): ArticleResult {
  const free = new Set(predicted.map((_, i) => i));
  const pairs: Array<[GoldQuote, ScoredQuote]> = [];
  const unmatchedGold: GoldQuote[] = [];
  const take = (g: GoldQuote, withSpeaker: boolean): boolean => {
    for (const i of free) {
      const p = predicted[i] as ScoredQuote;
      if (p.text === g.text && (!withSpeaker || speakerMatches(p.speaker, g.speaker))) {
        free.delete(i);
        pairs.push([g, p]);
        return true;
      }
    }
    return false;
  };
  const rest = gold.filter((g) => !take(g, true));
  for (const g of rest) if (!take(g, false)) unmatchedGold.push(g);
  const mismatches: Mismatch[] = [
    ...unmatchedGold.map((g): Mismatch => ({ text: g.text, gold: g.speaker, problem: 'missed' })),
    ...[...free].map((i): Mismatch => {
      const p = predicted[i] as ScoredQuote;
      return { text: p.text, predicted: p.speaker.name, problem: 'spurious' };
    }),
    ...pairs
      .filter(([g, p]) => !speakerMatches(p.speaker, g.speaker))
      .map(([g, p]): Mismatch => ({ text: g.text, gold: g.speaker, predicted: p.speaker.name, problem: 'speaker' })),
  ];
  const counts: Counts = {
    gold: gold.length,
    predicted: predicted.length,
    matched: pairs.length,
    speakerCorrect: pairs.filter(([g, p]) => speakerMatches(p.speaker, g.speaker)).length,
    speakerLenient: pairs.filter(([g, p]) => speakerMatchesLeniently(p.speaker, g.speaker)).length,
    kindCorrect: pairs.filter(([g, p]) => g.kind === p.kind).length,
  };
  return { id, ...withRates(counts), mismatches };
}

export function withRates(c: Counts): Scores {
  const precision = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.matched / c.predicted;
  const recall = c.gold === 0 ? 1 : c.matched / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const ofMatched = (n: number): number => (c.matched === 0 ? 0 : n / c.matched);
  return {
    ...c,
    precision,
    recall,
    f1,
    speakerAccuracy: ofMatched(c.speakerCorrect),
    speakerLenientAccuracy: ofMatched(c.speakerLenient),
    kindAccuracy: ofMatched(c.kindCorrect),
  };
}

export function sumCounts(items: Counts[]): Counts {
  const zero: Counts = { gold: 0, predicted: 0, matched: 0, speakerCorrect: 0, speakerLenient: 0, kindCorrect: 0 };
  return items.reduce(
    (a, b) => ({
      gold: a.gold + b.gold,
      predicted: a.predicted + b.predicted,
      matched: a.matched + b.matched,
      speakerCorrect: a.speakerCorrect + b.speakerCorrect,
      speakerLenient: a.speakerLenient + b.speakerLenient,
      kindCorrect: a.kindCorrect + b.kindCorrect,
    }),
    zero,
  );
}

/** Runs the analysis stages the quote extractor depends on, then the extractor. */
export function quotesFor(article: Article): Quote[] {
  const sentences = splitSentences(article);
  const mentions = extractMentions(article, sentences);
  return extractQuotes({ article, sentences, mentions, dates: extractDates(article, sentences) });
}

export async function readGoldFile(path: string): Promise<GoldArticle[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new GoldSetError(`cannot read gold file ${path}: ${(err as Error).message}`, { cause: err });
  }
  const parsed = GoldFileSchema.safeParse(raw);
  if (!parsed.success) throw new GoldSetError(`gold file ${path} is malformed: ${parsed.error.message}`);
  return parsed.data;
}

export function scoreSet(name: string, articles: ArticleResult[]): SetResult {
  return { name, ...withRates(sumCounts(articles)), articles };
}

/** Seeds: gold labels in `goldPath`, articles from the corpus under `contentDir`, matched by URL. */
export async function evalSeeds(contentDir: string, goldPath: string): Promise<SetResult> {
  const gold = await readGoldFile(goldPath);
  const { articles } = await loadCorpus(contentDir);
  const results = gold.map((g) => {
    const article = articles.find((a) => a.url !== undefined && a.url === g.url);
    // A gold article missing from the corpus scores zero recall rather than disappearing from the report.
    return scoreArticle(g.id, article ? quotesFor(article) : [], g.quotes);
  });
  return scoreSet('seeds', results);
}

/** Fixtures: `<name>.md` articles next to `<name>.json` gold files in one folder. */
export async function evalFixtures(dir: string): Promise<SetResult> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const results: ArticleResult[] = [];
  for (const file of files) {
    const gold = await readGoldFile(join(dir, file));
    const article = await loadArticleFile(join(dir, `${basename(file, '.json')}.md`), dir);
    const predicted = quotesFor(article);
    for (const g of gold) results.push(scoreArticle(g.id, predicted, g.quotes));
  }
  return scoreSet('fixtures', results);
}

export interface QuoteEvalOptions {
  contentDir?: string;
  goldPath?: string;
  fixturesDir?: string;
}

export async function runQuoteEval(opts: QuoteEvalOptions = {}): Promise<QuoteEvalResult> {
  const root = process.cwd();
  const sets = [
    await evalSeeds(resolve(root, opts.contentDir ?? 'content'), resolve(root, opts.goldPath ?? '../shared/gold/seed-quotes.json')),
    await evalFixtures(resolve(root, opts.fixturesDir ?? 'test/fixtures/gold')),
  ];
  return { sets, total: withRates(sumCounts(sets)) };
}

const pct = (x: number): string => x.toFixed(3);

export function formatScores(label: string, s: Scores): string {
  return (
    `${label.padEnd(34)} gold ${String(s.gold).padStart(3)}  pred ${String(s.predicted).padStart(3)}  ` +
    `P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  ` +
    `speaker ${s.speakerCorrect}/${s.matched} ${pct(s.speakerAccuracy)}  lenient ${pct(s.speakerLenientAccuracy)}  ` +
    `kind ${s.kindCorrect}/${s.matched} ${pct(s.kindAccuracy)}`
  );
}

export function formatReport(result: QuoteEvalResult, verbose = false): string {
  const lines: string[] = [];
  for (const set of result.sets) {
    for (const a of set.articles) {
      lines.push(formatScores(`${set.name}/${a.id}`, a));
      if (verbose) for (const m of a.mismatches) lines.push(`    ${m.problem}: "${m.text.slice(0, 60)}" gold=${m.gold ?? '-'} predicted=${m.predicted ?? '-'}`);
    }
    lines.push(formatScores(`${set.name} (all)`, set));
  }
  lines.push(formatScores('TOTAL', result.total));
  return lines.join('\n');
}
