import { describe, expect, it } from 'vitest';
import { kinNames } from '../../../src/analysis/quotes/kin.js';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body);

describe('relatives introduced by name and later quoted by relation', () => {
  it('reads which parent is which from the given names, in either order', () => {
    expect(kinNames('She called her parents, Maria and Tom Veldt, that night.').get('father')).toEqual(new Set(['Tom Veldt']));
    expect(kinNames('He wrote to his parents, George and Linda Pell.').get('mother')).toEqual(new Set(['Linda Pell']));
  });

  it('a possessive relation is the relative named in the appositive', () => {
    const body =
      'Ravi Pell spoke from jail to his parents, George and Linda Pell.\n\n' +
      '“We are behind you,” Pell’s mother said.\n\n' +
      '“Keep your head down,” his father told him.';
    expect(speakers(body)).toEqual(['Linda Pell', 'George Pell']);
  });

  it('two different fathers named leave the relation as written', () => {
    const body =
      'Ana Ruiz came with her father, Luis Ruiz. Ben Ode came with his father, Sam Ode.\n\n' +
      '“It was a long trip,” his father said.';
    expect(speakers(body)).not.toContain('Luis Ruiz');
    expect(speakers(body)).not.toContain('Sam Ode');
  });
});

describe('"X\'s daughter" for the person of that surname just in focus', () => {
  const intro = 'Singer Tom Vale toured Europe in 1999.\n\n';

  it('is that person when the relation fits', () => {
    const body = `${intro}Paris Vale also spoke out against hatred.\n\n"We must resist," Tom Vale's eldest daughter said before presenting an award.`;
    expect(quoteSpeakers(body)).toEqual(['Paris Vale']);
  });

  it('not when the person in focus is of the other gender', () => {
    const body = `${intro}Carl Vale also spoke out against hatred.\n\n"We must resist," Tom Vale's eldest daughter said before presenting an award.`;
    expect(quoteSpeakers(body)).not.toEqual(['Carl Vale']);
  });

  it('not when the person in focus has another surname', () => {
    const body = `${intro}Paris Lund also spoke out against hatred.\n\n"We must resist," Tom Vale's eldest daughter said before presenting an award.`;
    expect(quoteSpeakers(body)).not.toEqual(['Paris Lund']);
  });
});
