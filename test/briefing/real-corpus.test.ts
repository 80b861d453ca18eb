import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.js';
import { EntityRegistry } from '../../src/analysis/entities/registry.js';
import { canonicalizeSpeakers } from '../../src/analysis/quotes/canonicalize.js';
import { briefingCommands } from '../../src/briefing/commands/index.js';
import { answerQuestion } from '../../src/briefing/question/answer.js';
import { isBareQuotation } from '../../src/briefing/quoted.js';
import { loadTopics } from '../../src/briefing/topics.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Reply } from '../../src/core/reply.js';
import { CorpusLibrary } from '../../src/library/corpus-library.js';
import { citedIds, citesResolve, ctxFor, quotes, texts } from './helpers.js';

/**
 * The bundled corpus through the real loader and analysis. Assertions are properties any corpus must satisfy
 * (verbatim quotes, resolvable citations, extracted summary sentences, a quote's own words find its speaker),
 * not answers fitted to particular articles.
 */
let lib: CorpusLibrary;

beforeAll(async () => {
  lib = new CorpusLibrary({ contentDir: 'content', logger: silentLogger(), analyze: analyzeArticle, entities: new EntityRegistry(), canonicalizeSpeakers });
  await lib.loadAll();
}, 60_000);

function grounded(r: Reply): void {
  expect(citesResolve(r)).toBe(true);
  for (const q of quotes(r)) {
    expect(lib.article(citedIds(r, [q.cite])[0]!)!.body).toContain(q.text);
    for (const a of q.alsoReportedBy ?? []) expect(lib.article(citedIds(r, [a.cite])[0]!)!.body).toContain(a.text);
  }
}

describe('briefing over the bundled corpus', () => {
  it('every topic brief is grounded: extracted summary sentences, verbatim quotes', async () => {
    const topics = await loadTopics('content');
    const [brief] = briefingCommands({ topics: () => topics });
    for (const t of topics) {
      const r = await brief!.run(t.slug, ctxFor(lib));
      grounded(r);
      const situation = r.sections.find((s) => s.heading === 'Situation');
      if (!situation) continue;
      for (const b of situation.blocks) {
        if (b.type !== 'text') continue;
        const sentence = b.text.text.replace(/ \(\d+ outlets\)$/, '');
        const article = citedIds(r, b.text.cites)[0]!;
        expect(lib.analysis(article)!.sentences.map((s) => s.text)).toContain(sentence);
        // A quotation in the summary must say whose words it is; bare ones belong to the quotes section.
        const s = lib.analysis(article)!.sentences.find((x) => x.text === sentence)!;
        expect(isBareQuotation(s, lib.analysis(article)!), sentence).toBe(false);
      }
    }
  });

  it("a quote's own words find its speaker through 'who said'", async () => {
    let asked = 0;
    for (const a of lib.articles()) {
      for (const q of lib.analysis(a.id)!.quotes) {
        const words = q.text.split(/\s+/).slice(0, 8).join(' ');
        if (words.split(' ').length < 5 || q.speaker.kind === 'unknown') continue;
        const r = await answerQuestion(`who said ${words}?`, ctxFor(lib));
        grounded(r);
        expect(quotes(r).some((x) => x.text === q.text || (x.alsoReportedBy ?? []).some((o) => o.text === q.text)), words).toBe(true);
        asked++;
      }
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('each question kind returns a grounded reply', async () => {
    const questions = ['who said the mission continues?', 'what did the officials say?', 'how many soldiers are there?', 'when did the meeting happen?', 'who is the secretary general?', 'what happened on Monday?', 'what about the resolution?'];
    for (const q of questions) {
      const r = await answerQuestion(q, ctxFor(lib));
      grounded(r);
      if (r.title !== 'Not in the sources') expect(texts(r).some((t) => t.cites.length > 0) || quotes(r).length > 0, q).toBe(true);
    }
  });
});
