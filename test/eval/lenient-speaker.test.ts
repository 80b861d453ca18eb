import { describe, expect, it } from 'vitest';
import { speakerMatchesLeniently } from '../../src/eval/lenient-speaker.js';
import { speakerMatches } from '../../src/eval/quotes-eval.js';

const description = (name: string) => ({ kind: 'description' as const, name });
const org = (name: string) => ({ kind: 'organization' as const, name });
const person = (name: string) => ({ kind: 'person' as const, name });

describe('lenient speaker comparison', () => {
  it('takes a shorter description of the same head noun as the same speaker', () => {
    expect(speakerMatches(description('a California couple'), 'the couple')).toBe(false);
    expect(speakerMatchesLeniently(description('a California couple'), 'the couple')).toBe(true);
    expect(speakerMatchesLeniently(description('the court'), 'a federal appeals court')).toBe(true);
  });

  it('keeps apart descriptions that name different individuals or heads', () => {
    expect(speakerMatchesLeniently(description('a NATO diplomat'), 'another NATO diplomat')).toBe(false);
    expect(speakerMatchesLeniently(description('a former official'), 'an official')).toBe(false);
    expect(speakerMatchesLeniently(description('hospital officials'), 'the hospital')).toBe(false);
    expect(speakerMatchesLeniently(description('the state police'), 'the city council')).toBe(false);
  });

  it('matches an acronym with the name it abbreviates, either way round', () => {
    expect(speakerMatchesLeniently(org('FDA'), 'Food and Drug Administration')).toBe(true);
    expect(speakerMatchesLeniently(org('the Food and Drug Administration'), 'FDA')).toBe(true);
    expect(speakerMatchesLeniently(org('FBI'), 'Food and Drug Administration')).toBe(false);
  });

  it('never relaxes people or unknown speakers', () => {
    expect(speakerMatchesLeniently(person('Roe'), 'Ann Roe')).toBe(false);
    expect(speakerMatchesLeniently(description('the mayor'), 'Ann Roe')).toBe(false);
    expect(speakerMatchesLeniently({ kind: 'unknown', name: 'unknown' }, 'the couple')).toBe(false);
    expect(speakerMatchesLeniently(description('the couple'), 'unknown')).toBe(false);
  });
});
