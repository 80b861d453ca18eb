import { describe, expect, it } from 'vitest';
import { clauseRoleHolders } from '../../../src/analysis/quotes/clause-roles.js';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a role given with a verb ("who prosecuted the case", "prosecuting,")', () => {
  it('is who "the prosecutor" refers back to', () => {
    for (const intro of [
      'Mirela Kostic SC, who prosecuted the case, asked for eight years.',
      'Mirela Kostic, prosecuting, told the court the losses were huge.',
      'Mirela Kostic, who is prosecuting, said the losses were huge.',
    ]) {
      const body = `A former treasurer was jailed on Friday.\n\n${intro} “Every cent was taken from families,” the prosecutor said.`;
      expect(speakers(body), intro).toEqual(['Mirela Kostic']);
    }
  });

  it('works for other verb roles too: the founder, the coach', () => {
    const body = 'The charity closed its doors.\n\nTom Ashdown, who founded it in 2004, was in tears. “It was my life,” the founder said.';
    expect(speakers(body)).toEqual(['Tom Ashdown']);
    expect(clauseRoleHolders('Ann Vale, who coaches the under-12s, agreed.', 'coach')).toEqual(['Ann Vale']);
  });

  it('finds nobody for a role no verb gives, or when the verb is about someone else', () => {
    expect(clauseRoleHolders('Ann Vale, who prosecuted the case, spoke.', 'judge')).toEqual([]);
    expect(clauseRoleHolders('Ann Vale said the man who prosecuted her was wrong.', 'prosecutor')).toEqual([]);
  });
});

describe('clauseRoleHolders answers from its per-body cache', () => {
  it('gives each body and role its own holders, asked in any order', () => {
    const a = 'Ann Vale, who coaches the under-12s, agreed. Tom Reyes, who founded the club, smiled.';
    const b = 'Lia Moss, who coaches the seniors, agreed.';
    expect(clauseRoleHolders(a, 'coach')).toEqual(['Ann Vale']);
    expect(clauseRoleHolders(a, 'founder')).toEqual(['Tom Reyes']);
    expect(clauseRoleHolders(b, 'coach')).toEqual(['Lia Moss']);
    expect(clauseRoleHolders(b, 'founder')).toEqual([]);
    expect(clauseRoleHolders(a, 'coach')).toEqual(['Ann Vale']);
  });

  it('hands out a copy: changing one answer changes no later one', () => {
    const body = 'Ann Vale, who coaches the under-12s, agreed.';
    clauseRoleHolders(body, 'coach').push('Someone Else');
    expect(clauseRoleHolders(body, 'coach')).toEqual(['Ann Vale']);
  });
});
