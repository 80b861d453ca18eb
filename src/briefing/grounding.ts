/**
 * The trust rules, enforced when a reply is built rather than hoped for:
 * - a quote is shown only if it is verbatim in the cited article (offsets checked against the body);
 * - a sentence offered as the article's is its exact extracted text;
 * - nothing the bot writes itself sits inside quotation marks unless those words are in a cited article.
 * Anything failing is dropped (or unquoted) and logged, never shown.
 */
import type { Quote, Sentence } from '../analysis/types.js';
import type { Library } from '../core/library.js';
import type { Logger } from '../core/logger.js';
import type { Block, CitedText, Reply, Section } from '../core/reply.js';
import type { Article } from '../corpus/article.js';

export function isVerbatimQuote(article: Article, quote: Quote): boolean {
  return quote.articleId === article.id && article.body.slice(quote.start, quote.end) === quote.text && quote.text.trim() !== '';
}

export function isVerbatimSentence(article: Article, sentence: Sentence): boolean {
  return sentence.articleId === article.id && article.body.slice(sentence.start, sentence.end) === sentence.text;
}

/** Keeps only quotes verbatim in their article; logs each one dropped. */
export function groundedQuotes<T extends { quote: Quote; article: Article }>(items: readonly T[], logger: Logger): T[] {
  return items.filter((it) => {
    if (isVerbatimQuote(it.article, it.quote)) return true;
    logger.warn({ articleId: it.article.id, quoteId: it.quote.id, start: it.quote.start, end: it.quote.end }, 'quote not verbatim in its article: dropped');
    return false;
  });
}

export function groundedSentences<T extends { sentence: Sentence; article: Article }>(items: readonly T[], logger: Logger): T[] {
  return items.filter((it) => {
    if (isVerbatimSentence(it.article, it.sentence)) return true;
    logger.warn({ articleId: it.article.id, sentenceId: it.sentence.id }, 'sentence not verbatim in its article: dropped');
    return false;
  });
}

const QUOTED = /“([^“”]+)”|"([^"]+)"/g;

/** Normalises typographic variants so a sentence quoted with straight marks still matches its curly source. */
const flat = (s: string): string => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

/** Removes quotation marks around words that none of the given bodies contain verbatim. */
function unquoteParaphrase(text: string, bodies: readonly string[], logger: Logger): string {
  return text.replace(QUOTED, (whole, curly: string | undefined, straight: string | undefined) => {
    const inner = curly ?? straight ?? '';
    if (bodies.some((b) => flat(b).includes(flat(inner)))) return whole;
    logger.warn({ text: inner }, 'quotation marks around words not in a cited article: removed');
    return inner;
  });
}

/**
 * Final check over a built reply: quote blocks (and their "also reported by" wordings) must be verbatim in the cited
 * article; quoted words in text must be in a cited article. Returns the reply with failures removed.
 */
export function enforceGrounding(reply: Reply, library: Library, logger: Logger): Reply {
  const bodyOf = (cite: number): string | undefined => {
    const c = reply.citations.find((x) => x.n === cite);
    return c ? library.article(c.articleId)?.body : undefined;
  };
  const checkText = (t: CitedText): CitedText => {
    const bodies = t.cites.map(bodyOf).filter((b): b is string => b !== undefined);
    const text = unquoteParaphrase(t.text, bodies, logger);
    return text === t.text ? t : { ...t, text };
  };
  const sections: Section[] = reply.sections.map((section) => {
    const blocks: Block[] = [];
    for (const block of section.blocks) {
      if (block.type === 'text') blocks.push({ type: 'text', text: checkText(block.text) });
      else if (block.type === 'bullets') blocks.push({ type: 'bullets', items: block.items.map(checkText) });
      else {
        const q = block.quote;
        const body = bodyOf(q.cite);
        if (body === undefined || !body.includes(q.text)) {
          logger.warn({ cite: q.cite, speaker: q.speaker }, 'quote block not verbatim in its cited article: dropped');
          continue;
        }
        const also = q.alsoReportedBy?.filter((a) => {
          const ok = bodyOf(a.cite)?.includes(a.text) ?? false;
          if (!ok) logger.warn({ cite: a.cite }, 'also-reported wording not verbatim: dropped');
          return ok;
        });
        const quote = also === undefined ? q : { ...q, ...(also.length > 0 ? { alsoReportedBy: also } : {}) };
        if (also !== undefined && also.length === 0) delete quote.alsoReportedBy;
        blocks.push({ ...block, quote });
      }
    }
    return { ...section, blocks };
  });
  return { ...reply, sections: sections.filter((s) => s.blocks.length > 0) };
}
