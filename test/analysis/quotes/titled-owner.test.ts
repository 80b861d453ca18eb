import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('an office or staff owned by a person with a multi-word title', () => {
  it('"Prime Minister X’s office said" keeps the whole owner, before or after the quote', () => {
    expect(quoteSpeakers('Prime Minister Lena Voss’s office said: "The trip is off."')).toEqual(['Prime Minister Lena Voss’s office']);
    expect(quoteSpeakers('"The trip is off," Deputy Chief Minister Lena Voss’s office said.')).toEqual(['Deputy Chief Minister Lena Voss’s office']);
  });
});
