import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('people named by given name once the article has given the family name', () => {
  it('a two-word given name refers back to the full name that extends it', () => {
    const body = 'Mona Lisa Harding teaches her children at home.\n\n"It just happened," Mona Lisa said.';
    expect(quoteSpeakers(body)).toEqual(['Mona Lisa Harding']);
  });

  it('a headline run of capitalised words does not extend a name', () => {
    const body = 'Stephen Colbert Kicks Off Week in Moscow\n\nStephen Colbert hosted the show.\n\n"I did," Stephen Colbert said.';
    expect(quoteSpeakers(body)).toEqual(['Stephen Colbert']);
  });

  it('members of "the Harding family" named by given name take the family surname', () => {
    const body =
      'Heath Harding is the youngest graduate in the Harding family.\n\n"It became a dream of our own," said Serennah, 23, a Navy doctor.\n\n"It is not a pushing environment," Rosannah said.';
    expect(quoteSpeakers(body)).toEqual(['Serennah Harding', 'Rosannah Harding']);
  });

  it('"Mr Conroy\'s brother Alan" gives Alan the surname of the named relative', () => {
    const body = 'Paul Conroy was injured in the attack.\n\nMr Conroy\'s brother Alan said the family was waiting.\n\n"He will cope," Alan said.';
    expect(quoteSpeakers(body)).toEqual(['Alan Conroy']);
  });

  it('no family surname when the story names several families, none, or a title goes before the word', () => {
    const two = 'Ann Roe and Tim Cole met. The Roe family and the Cole family disagree.\n\n"We won," Serennah said.';
    expect(quoteSpeakers(two)).toEqual(['Serennah']);
    const none = 'Ann Roe spoke first.\n\n"We won," Serennah said.';
    expect(quoteSpeakers(none)).toEqual(['Serennah']);
    const titled = 'Ann Roe runs the Roe family firm with Mr Bates.\n\n"We won," Bates said.';
    expect(quoteSpeakers(titled)).toEqual(['Bates']);
  });
});

describe('a headline-capitalised description before a name', () => {
  it('"Nevada Rancher Cliven Bundy" is Cliven Bundy; the description words are no part of the name', () => {
    const body = 'Nevada Rancher Cliven Bundy tried again on Thursday to explain.\n\n"I may not have a big vocabulary," Bundy said.';
    expect(quoteSpeakers(body)).toEqual(['Cliven Bundy']);
    const singer = 'Pop Singer Ann Roe cancelled her tour on Monday.\n\n"I need rest," Roe said.';
    expect(quoteSpeakers(singer)).toEqual(['Ann Roe']);
  });

  it('a name that merely contains a capitalised word is left whole', () => {
    expect(quoteSpeakers('Mary Ann Farmer spoke first.\n\n"We stay," Farmer said.')).toEqual(['Mary Ann Farmer']);
  });
});
