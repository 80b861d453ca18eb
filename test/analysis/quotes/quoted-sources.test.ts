import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('words a speaker quotes from someone else', () => {
  it('"he quoted Teddy Roosevelt:" credits the words to Roosevelt, and the next "he said" is still the quoter', () => {
    const body =
      'Barack Obama spoke to House Democrats.\n\nOn Friday he quoted Teddy Roosevelt: "Fighting for the right is the noblest sport." On Saturday he went on.\n\n"Something inspired you," he said.';
    expect(quoteSpeakers(body)).toEqual(['Teddy Roosevelt', 'Barack Obama']);
  });

  it('citing and invoking work the same way; a lowercase object is no source', () => {
    expect(quoteSpeakers('Ann Roe closed by citing Martin Luther King Jr.: "The time is always right."')).toEqual(['Martin Luther King Jr.']);
    expect(quoteSpeakers('Ann Roe quoted a letter: "We are leaving."')).not.toContain('a letter');
  });

  it('"President Obama" with no full name: "the president" later is Obama', () => {
    const body = 'President Obama has finished the hardest fight of his career.\n\n"We rose above our politics," said the president.';
    expect(quoteSpeakers(body)).toEqual(['Obama']);
  });

  it('a courtesy title makes no role holder: "Mr Cole" is not "the president"', () => {
    const body = 'Mr Cole arrived first.\n\n"We rose above our politics," said the president.';
    expect(quoteSpeakers(body)).toEqual(['the president']);
  });
});

describe('a bare quotation whose speaker the next sentence names', () => {
  it('"“...” That was the message from X." is X, not the speaker of the paragraph before', () => {
    const body =
      'Aid agencies said 200 lorries were stuck.\n\n"We have the trucks," said Amina Yusuf, the regional director.\n\n"We ate leaves for two weeks." That was the message from Hawa Ishaq, a mother of four.';
    expect(quoteSpeakers(body)).toEqual(['Amina Yusuf', 'Hawa Ishaq']);
  });

  it('without a pointing-back sentence the bare quotation still continues the previous speaker', () => {
    const body = '"We have the trucks," said Amina Yusuf, the regional director.\n\n"We lack a signature." The talks resume on Monday.';
    expect(quoteSpeakers(body)).toEqual(['Amina Yusuf', 'Amina Yusuf']);
  });
});

describe('a quoted source introduced with a description', () => {
  it('"he quoted the great Polish poet Wisława Roe: “...”" gives the words to the poet', () => {
    const body = 'Ivo Brandt spoke last. He quoted the great Polish poet Wisława Roe: "Nothing happens twice."';
    expect(quoteSpeakers(body)).toEqual(['Wisława Roe']);
  });
});
