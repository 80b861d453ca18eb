import { describe, expect, it } from 'vitest';
import { groupQuotes, sameWords } from '../../src/briefing/attribution.js';
import { speakerLabel, speakerLine } from '../../src/briefing/speakers.js';
import { buildArticle, entitiesOf, type FixtureSpec } from '../fixtures/briefing/build.js';

const spec = (id: string, outlet: string, text: string, speaker: FixtureSpec['quotes'] extends (infer Q)[] | undefined ? Q extends { speaker: infer S } ? S : never : never): FixtureSpec => ({
  id,
  title: id,
  outlet,
  published: '2020-01-06',
  paragraphs: [`“${text}” someone said.`],
  mentions: speaker.kind === 'person' ? [{ text: 'someone', type: 'person', name: speaker.name, role: speaker.role ?? '' }] : [],
  quotes: [{ text, speaker }],
});

function refs(...specs: FixtureSpec[]) {
  const built = specs.map(buildArticle);
  return { refs: built.map((b) => ({ quote: b.analysis.quotes[0]!, article: b.article })), entities: entitiesOf(built) };
}

describe('cross-source attribution', () => {
  const named = spec('a', 'Star', 'We have suspended our training on the ground for now,', { name: 'Jens Stoltenberg', kind: 'person', role: 'NATO secretary-general' });

  it('links near-identical words given to a person in one outlet and a compatible description in another', () => {
    const { refs: r, entities } = refs(
      spec('b', 'Wire', 'We have suspended our training on the ground for the time being,', { name: 'a senior NATO official', kind: 'description' }),
      named,
    );
    const groups = groupQuotes(r, entities);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.label.speaker).toBe('Jens Stoltenberg');
    expect(groups[0]!.others.map((o) => [o.label.speaker, o.ref.quote.text])).toEqual([
      ['a senior NATO official', 'We have suspended our training on the ground for the time being,'],
    ]);
  });

  it('does not link an incompatible description, a different named person, or different words', () => {
    const cases = [
      spec('c', 'Wire', 'We have suspended our training on the ground for now,', { name: 'an Iranian official', kind: 'description' }),
      spec('d', 'Wire', 'We have suspended our training on the ground for now,', { name: 'Mark Esper', kind: 'person' }),
      spec('e', 'Wire', 'Our forces will stay in the country as long as needed,', { name: 'a NATO official', kind: 'description' }),
    ];
    for (const other of cases) {
      const { refs: r, entities } = refs(named, other);
      expect(groupQuotes(r, entities), other.id).toHaveLength(2);
    }
  });

  it('short fragments link only when identical', () => {
    expect(sameWords('wait and see', 'wait and see')).toBe(true);
    expect(sameWords('wait and see', 'wait and hope')).toBe(false);
  });

  it('unnamed speakers stay anonymous and name their outlet', () => {
    const b = buildArticle(spec('f', 'Agence France-Presse', 'Nothing is decided yet,', { name: 'a NATO diplomat', kind: 'description' }));
    expect(speakerLabel(b.analysis.quotes[0]!, b.article, entitiesOf([b]))).toEqual({ speaker: 'a NATO diplomat', role: 'via Agence France-Presse', named: false });
  });

  it('a speaker read from context rather than a tag says so wherever it is shown', () => {
    const b = buildArticle(spec('g', 'Wire', 'Nothing is decided yet,', { name: 'the ministry', kind: 'organization' }));
    const quote = b.analysis.quotes[0]!;
    const tagged = speakerLabel(quote, b.article, entitiesOf([b]));
    expect(speakerLine(tagged)).toBe('the ministry, via Wire');
    const inferred = speakerLabel({ ...quote, speaker: { ...quote.speaker, inferred: true } }, b.article, entitiesOf([b]));
    expect(speakerLine(inferred)).toBe('the ministry, via Wire (inferred from context)');
  });
});
