import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('full names as the text writes them', () => {
  it('initials with the given name in parentheses: the name is given name and surname', () => {
    expect(quoteSpeakers('The study has limits, said D.C. (Duck-won) Pak, a professor at Hillview College. "Running is good," Pak said.')).toEqual(['Duck-won Pak']);
    expect(quoteSpeakers('"Running is good," said J.R. (Jim) Tolan, a professor.')).toEqual(['Jim Tolan']);
    expect(quoteSpeakers('The trial was small, said J.R. (Jim) Tolan, a professor. "Running is good," Tolan said.')).toEqual(['Jim Tolan']);
    expect(quoteSpeakers('J. (Mary Ann) Tolan led the study. "Running is good," Tolan said.')).toEqual(['Mary Ann Tolan']);
  });

  it('a saint named for a place or a namesake is not the person a lone given name means', () => {
    const pope = 'Pope Leo met pilgrims in the square. He took the name in honour of St Leo the Great, a fifth-century saint.';
    expect(quoteSpeakers(`${pope} "We are brothers," Leo told them.`)).toEqual(['Pope Leo']);
    const king = 'King Oskar toured the harbour and later prayed at Saint Oskar church.';
    expect(quoteSpeakers(`${king} "We are proud of you," Oskar told the crews.`)).toEqual(['King Oskar']);
  });

  it('a name right after a noun for a show, a film or a venue is that thing, not a namesake of a person', () => {
    for (const [noun, title] of [
      ['talk show', 'Morning Marsh'],
      ['late-night programme', 'Evening Marsh'],
      ['restaurant', 'Chez Marsh'],
    ] as const) {
      const body = `Comedian Dan Colt sat down with host Ivo Marsh. Colt then appeared on the ${noun} ${title} in Riga. "We are closer to the others," Marsh noted.`;
      expect(quoteSpeakers(body)).toEqual(['Ivo Marsh']);
    }
  });
});

describe('audience roles written capitalised before a name', () => {
  it('"Commenter JJGrey", "Reader Tom Lee", "Viewer Ann Roe": the role is context, not part of the name', () => {
    expect(quoteSpeakers('UPDATE: Commenter KiwiGrey informs us that he "joined the tour on a train."')).toEqual(['KiwiGrey']);
    expect(quoteSpeakers('Reader Tom Lee tells us the song is "about a train."')).toEqual(['Tom Lee']);
    expect(quoteSpeakers('"It was a train," Viewer Ann Roe wrote.')).toEqual(['Ann Roe']);
  });

  it('an occupation that is also a surname keeps a two-word name whole', () => {
    expect(quoteSpeakers('"It was fine," said Pastor Maldonado.')).toEqual(['Pastor Maldonado']);
  });
});

describe('a middle and last name refer back to the full name', () => {
  it('"Jing Xu suggests" after "Alison Jing Xu" is Alison Jing Xu', () => {
    expect(quoteSpeakers('One day, Maria Jing Xu, who studies shopping, went out.\n\nJing Xu suggests that "hunger matters."', { withMentions: true })).toEqual(['Maria Jing Xu']);
  });

  it('a credit or epithet glued before the name is not a given name', () => {
    expect(quoteSpeakers('Courtesy Nora Feng\n\n"We were proud," Nora Feng said.', { withMentions: true })).toEqual(['Nora Feng']);
  });
});
