import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('credit lines: a quotation followed only by its source', () => {
  it('credits the publication or person named after the quotation', () => {
    const body = [
      'How the critics saw it',
      'Ivo Marsh, "Quiet Waters", 2011',
      '"A towering performance. Quite something." The Daily Herald',
      'Rena Sato, "Salt", 2014',
      '"Funny, fierce and far too short." Evening Courier',
    ].join('\n\n');
    expect(quoteSpeakers(body)).toEqual(['The Daily Herald', 'Evening Courier']);
  });

  it('a credit starts no speech that the next bare quotation continues', () => {
    const body = ['"A towering performance." The Daily Herald', '"The second act drags."'].join('\n\n');
    expect(quoteSpeakers(body)).toEqual(['The Daily Herald', 'unknown']);
  });

  it('a common noun or more prose after the quotation is no credit', () => {
    expect(quoteSpeakers('"Nothing to add." Officials')).toEqual(['unknown']);
    expect(quoteSpeakers('"It is over." Crowds cheered outside.')).toEqual(['unknown']);
  });
});
