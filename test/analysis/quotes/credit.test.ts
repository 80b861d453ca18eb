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

describe('a dash credit with the occasion after a comma', () => {
  it('`“...” -Mayor Ana Ruiz, on the arrest` credits Ana Ruiz', () => {
    expect(quoteSpeakers('Ana Ruiz leads the town.\n\n"He is a good kid." -Mayor Ana Ruiz, on the arrested man pic.example.com/x1 — Kim Lo (@kimlo) May 3, 2016')).toEqual(['Ana Ruiz']);
  });

  it('without a dash a name and a comma after the quote is no credit line', () => {
    expect(quoteSpeakers('"He is a good kid." Ana Ruiz, the mayor, left early.')).not.toEqual(['Ana Ruiz']);
  });
});
