import type { NumberFact, Sentence } from '../../analysis/types.js';
import type { CitedText } from '../../core/reply.js';
import type { Article } from '../../corpus/article.js';
import { termSet } from '../../search/terms.js';
import { outletsNote, type Citations } from '../citations.js';
import { isVerbatimSentence } from '../grounding.js';
import type { BriefWindow } from '../window.js';

interface FactGroup {
  fact: NumberFact;
  article: Article;
  sentence: Sentence;
  articles: Article[];
}

const countsKey = (f: NumberFact): string => `${f.value}|${[...termSet(`${f.counts} ${f.unit ?? ''}`)].sort().join(' ')}`;

/**
 * Key facts: the sentences that carry numbers, one per distinct figure (value + what it counts), figures several
 * outlets agree on first. Each is the article's own sentence, cited to every outlet that printed the figure.
 */
export function keyFacts(window: BriefWindow, cites: Citations, max: number, exclude: ReadonlySet<string>): CitedText[] {
  const groups = new Map<string, FactGroup>();
  for (let i = window.items.length - 1; i >= 0; i--) {
    const { article, analysis } = window.items[i]!;
    for (const fact of analysis.numbers) {
      const sentence = analysis.sentences[fact.sentence];
      if (!sentence || !isVerbatimSentence(article, sentence)) continue;
      const key = countsKey(fact);
      const g = groups.get(key);
      if (g) {
        if (!g.articles.includes(article)) g.articles.push(article);
      } else groups.set(key, { fact, article, sentence, articles: [article] });
    }
  }
  const ranked = [...groups.values()]
    .filter((g) => !exclude.has(g.sentence.id) && g.fact.counts.trim() !== '')
    .sort((a, b) => new Set(b.articles.map((x) => x.outlet)).size - new Set(a.articles.map((x) => x.outlet)).size || b.article.publishedAt.getTime() - a.article.publishedAt.getTime());
  const out: CitedText[] = [];
  const usedSentences = new Set<string>();
  for (const g of ranked) {
    if (out.length >= max) break;
    if (usedSentences.has(g.sentence.id)) continue;
    usedSentences.add(g.sentence.id);
    const note = outletsNote(g.articles);
    out.push({ text: note ? `${g.sentence.text} (figure given by ${note})` : g.sentence.text, cites: cites.citeAll(g.articles.slice(0, 5)) });
  }
  return out;
}
