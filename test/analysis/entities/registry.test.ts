import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/analysis/entities/index.js';
import { EntityRegistry } from '../../../src/analysis/entities/registry.js';
import { splitSentences } from '../../../src/analysis/sentences.js';
import type { ArticleAnalysis } from '../../../src/analysis/types.js';
import type { Article } from '../../../src/corpus/article.js';
import { makeArticle } from '../helpers.js';

function analyse(article: Article): ArticleAnalysis {
  const sentences = splitSentences(article);
  return {
    articleId: article.id,
    hash: article.hash,
    version: 0,
    sentences,
    mentions: extractMentions(article, sentences),
    quotes: [],
    numbers: [],
    dates: [],
  };
}

function registryOf(...bodies: string[]): EntityRegistry {
  const registry = new EntityRegistry();
  bodies.forEach((body, i) => {
    const article = makeArticle(body, { id: `a${i}` });
    registry.add(article, analyse(article));
  });
  return registry;
}

describe('EntityRegistry', () => {
  it('merges transliteration variants and the bare surname into one person', () => {
    const r = registryOf(
      'The strike in Baghdad killed Qasem Soleimani at the airport. Soleimani had led the Quds Force.',
      'Iranian Gen. Qassem Soleimani was the target. Later Soleimani was buried. Qassem Soleimani was 62.',
      'Officials in Baghdad said Soleimani was a hero. Soleimani said little about the Quds Force in public.',
    );
    const e = r.lookup('Soleimani');
    expect(e?.name).toBe('Qassem Soleimani');
    expect(r.lookup('Qasem Soleimani')).toBe(e);
    expect(r.lookup('qassem soleimani')).toBe(e);
    expect(e?.aliases).toEqual(expect.arrayContaining(['Qasem Soleimani', 'Qassem Soleimani', 'Soleimani']));
    expect(e?.articleIds).toEqual(['a0', 'a1', 'a2']);
    expect(e?.roles).toContain('Iranian Gen.');
    expect(e?.id).toBe('qassem-soleimani');
    expect(r.get('qassem-soleimani')).toBe(e);
  });

  it('links the role description the text ties to a person', () => {
    const r = registryOf(
      '“We will see,” Jens Stoltenberg, the NATO secretary-general, told reporters. Stoltenberg left.',
      'Secretary General Jens Stoltenberg will brief. The secretary general decided to meet.',
    );
    const e = r.lookup('Stoltenberg');
    expect(e?.name).toBe('Jens Stoltenberg');
    expect(r.lookup('the NATO secretary-general')).toBe(e);
    expect(r.lookup('NATO Secretary General')).toBe(e);
    expect(r.lookup('the secretary general')).toBe(e);
    expect(r.lookup('Stoltenberg’s')).toBe(e);
    expect(r.lookup('Secretary General Jens Stoltenberg')).toBe(e);
    expect(r.lookup('Mr. Stoltenberg')).toBe(e);
    expect(r.lookup('Secretary General')).toBe(e);
    expect(r.lookup('Secretary')).toBeUndefined();
    expect(e?.roles).toEqual(expect.arrayContaining(['NATO secretary-general', 'Secretary General']));
  });

  it('keeps different people who share a surname apart', () => {
    const r = registryOf('Donald Trump spoke. Trump left.', 'Melania Trump said she visited a school. Ivana Trumps wrote.');
    const names = r.all().filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(names).toEqual(['Donald Trump', 'Ivana Trumps', 'Melania Trump']);
    // the bare surname was written for Donald Trump only
    expect(r.lookup('Trump')?.name).toBe('Donald Trump');
    expect(r.lookup('Donald Trump')?.mentionCount).toBe(2);
  });

  it('does not give a lone surname in an unrelated article the full name of a namesake', () => {
    const r = registryOf(
      'Flood water reached Ashby Road. “Leave now,” Kessler said. Kessler has lived there for years.',
      'Anton Kessler resigned from the Delmar Bank. The Delmar Bank did not comment.',
    );
    expect(r.lookup('Anton Kessler')?.articleIds).toEqual(['a1']);
  });

  it('gives a lone surname the full name from a related article', () => {
    const r = registryOf(
      'Anton Kessler resigned from the Delmar Bank in Leeds.',
      'The Delmar Bank confirmed the news in Leeds. Kessler said he was proud.',
    );
    expect(r.lookup('Anton Kessler')?.articleIds).toEqual(['a0', 'a1']);
  });

  it('does not merge relatives whose given names differ by one letter', () => {
    const r = registryOf('Mark Hale and his wife Mary Hale run the farm.', 'Joan Pratt said yes.', 'John Pratt said no.');
    const names = r.all().filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(names).toEqual(['Joan Pratt', 'John Pratt', 'Mark Hale', 'Mary Hale']);
  });

  it('does not merge names whose first names differ beyond a spelling variant', () => {
    const r = registryOf('Ali Hassan spoke.', 'Adil Hassan spoke.');
    expect(r.all().filter((e) => e.type === 'person')).toHaveLength(2);
    // a bare surname that fits two people is not guessed
    expect(r.lookup('Hassan')).toBeUndefined();
  });

  it('does not let an initial join two different people into one', () => {
    const r = registryOf('John Smith said yes.', 'Jane Smith said no.', 'J. Smith said maybe.');
    const names = r.all().filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(names).toEqual(['J. Smith', 'Jane Smith', 'John Smith']);
  });

  it('picks the most frequent full form as the canonical name, ties to the longest', () => {
    const r = registryOf('Qasem Soleimani said no.', 'Qasem Soleimani said no.', 'Qassem Soleimani said no.');
    expect(r.lookup('Soleimani')?.name).toBe('Qasem Soleimani');
  });

  it('merges places and organisations written several ways', () => {
    const r = registryOf('U.S. President Donald Trump spoke.', 'US officials met in Brussels.', 'Officials in the United States agreed.');
    const us = r.lookup('US');
    expect(us?.type).toBe('place');
    expect(r.lookup('U.S.')).toBe(us);
    expect(r.lookup('United States')).toBe(us);
    expect(us?.articleIds).toEqual(['a0', 'a1', 'a2']);
  });

  it('links an acronym to the name it was introduced with, across articles', () => {
    const r = registryOf('The Financial Action Task Force (FATF) met. FATF said no.', 'FATF officials agreed.');
    const e = r.lookup('FATF');
    expect(e?.type).toBe('organization');
    expect(r.lookup('Financial Action Task Force')).toBe(e);
    expect(e?.articleIds).toEqual(['a0', 'a1']);
    // the full name is canonical for an organisation, however often the acronym is used
    expect(e?.name).toBe('Financial Action Task Force');
  });

  it('updates incrementally when articles are replaced and removed', () => {
    const registry = new EntityRegistry();
    const a = makeArticle('Anna Kowalczyk spoke in Gdansk and Warsaw.', { id: 'a' });
    const b = makeArticle('Kowalczyk said more in Gdansk and Warsaw.', { id: 'b' });
    registry.add(a, analyse(a));
    registry.add(b, analyse(b));
    expect(registry.lookup('Kowalczyk')?.mentionCount).toBe(2);
    expect(registry.remove('a')).toBe(true);
    expect(registry.remove('a')).toBe(false);
    expect(registry.lookup('Anna Kowalczyk')).toBeUndefined();
    expect(registry.lookup('Kowalczyk')?.articleIds).toEqual(['b']);
    const b2 = makeArticle('Nothing to see.', { id: 'b' });
    registry.add(b2, analyse(b2));
    expect(registry.all()).toEqual([]);
  });

  it('gives unique ids even when two entities share a name', () => {
    const r = registryOf('Jordan said it was over.', 'Troops crossed into Jordan.');
    const ids = r.all().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a place word before a surname may be a given name: "Paris Jackson" is not the Jackson of another article', () => {
    const r = registryOf('Samuel Jackson, the actor, arrived in Cannes. Jackson waved to fans.');
    expect(r.lookup('Jackson')?.name).toBe('Samuel Jackson');
    expect(r.lookup('Paris Jackson')).toBeUndefined();
    expect(r.lookup('Mr. Jackson')?.name).toBe('Samuel Jackson');
  });
});
