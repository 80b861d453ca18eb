import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('broadcast and state media as sources, written without an article', () => {
  it('"state television said", "local radio reported", "state media said" name the source', () => {
    expect(quoteSpeakers('"The road is closed," state television said.')).toEqual(['state television']);
    expect(quoteSpeakers('"Two men were held," local radio reported.')).toEqual(['local radio']);
    expect(quoteSpeakers('"The talks failed," Chinese state media said.')).toEqual(['Chinese state media']);
    expect(quoteSpeakers('"The talks failed," said state TV.')).toEqual(['state TV']);
  });

  it('a partial quote in what state media reported is theirs', () => {
    expect(quoteSpeakers('State television said four "bandits" were killed overnight.')).toEqual(['State television']);
  });

  it('"television" alone is no source', () => {
    expect(quoteSpeakers('"We were on," television said.')).toEqual(['unknown']);
  });
});
