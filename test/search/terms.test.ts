import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemPrefixes, stemWord, terms, textKey, words } from '../../src/search/terms.js';

/** The regex chain the one-pass scanner replaces, kept here as the specification. */
function reference(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const pieces = ['a', 'B', 's', 'S', '5', '0', '12', '200', '1,234', ',', '.', "'", '’', '“', '”', '—', '_', ' ', '\n', 'é', 'Ü', '…', '-', 'nato', "'s", '’s', 'x1'];

describe('words', () => {
  it('splits like the regex chain on any mix of letters, digits, separators, quotes and possessives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(words(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('joins thousands separators, drops possessives, folds accents', () => {
    expect(words('NATO’s 5,200 US soldiers, 1.5 million')).toEqual(['nato', '5200', 'us', 'soldiers', '1', '5', 'million']);
    expect(words('Café Zürich')).toEqual(['cafe', 'zurich']);
    expect(textKey('“Wait and see,” he said.')).toBe('wait and see he said');
  });

  it('stems words that name Object.prototype members as words', () => {
    expect(stemWord('constructor')).toBe('constructor');
    expect(terms('the constructor of toString')).toEqual(['constructor', 'tostr']);
  });
});

describe('stemPrefixes', () => {
  it('never rules out a word whose stem is wanted, irregular forms included', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const text = readdirSync('content/articles').map((f) => readFileSync(`content/articles/${f}`, 'utf8')).join('\n');
    const all = [...new Set([...words(text), 'went', 'told', 'saw', 'met', 'led', 'withdrew', 'spoke', 'ties', 'dying', 'meetings', 'fled'])];
    const stems = new Set(all.map(stemWord).filter((s) => s.length >= 2));
    const prefixes = stemPrefixes(stems);
    expect(prefixes).toBeDefined();
    for (const w of all) if (stems.has(stemWord(w))) expect(prefixes!.has(w.slice(0, 2)), w).toBe(true);
    expect(stemPrefixes(new Set(['a', 'train']))).toBeUndefined();
    // A small vocabulary rules most words out.
    const few = stemPrefixes(new Set(['train', 'mission', 'go']))!;
    expect(few.has('we')).toBe(true);
    expect(few.has('ba')).toBe(false);
  });
});
