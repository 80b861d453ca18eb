import { describe, expect, it } from 'vitest';
import { cleanPersonName } from '../../../src/analysis/quotes/person-name.js';
import { quoteSpeakers } from '../helpers.js';

describe('hyphenated offices before a name are titles, not part of the name', () => {
  it('strips Attorney-General, Director-General, Solicitor-General, Governor-General', () => {
    expect(cleanPersonName('Attorney-General Miriam Okafor')).toEqual({ name: 'Miriam Okafor', role: 'Attorney-General' });
    expect(cleanPersonName('Director-General Paulo Serra').name).toBe('Paulo Serra');
    expect(cleanPersonName('Solicitor-general Ines Bauer').name).toBe('Ines Bauer');
    expect(cleanPersonName('Governor-General Tom Reid').name).toBe('Tom Reid');
  });

  it('a hyphenated surname or given name stays', () => {
    expect(cleanPersonName('Adil Abdul-Mahdi').name).toBe('Adil Abdul-Mahdi');
    expect(cleanPersonName('Jean-Pierre Martin').name).toBe('Jean-Pierre Martin');
  });

  it('a quote tagged with the titled name gives the bare name', () => {
    const body = '“The law must be applied evenly,” Attorney-General Miriam Okafor said in a statement.';
    expect(quoteSpeakers(body)).toEqual(['Miriam Okafor']);
    const inverted = '“We will appeal,” said Surgeon-General Rhys Caddick.';
    expect(quoteSpeakers(inverted)).toEqual(['Rhys Caddick']);
  });
});
