import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('marketing claims credit the one who markets', () => {
  it('"X markets the product as “...”" credits X', () => {
    expect(quoteSpeakers('Brightwell Foods markets the bar as "the only snack you need."')).toEqual(['Brightwell Foods']);
  });

  it('"X’s product was sold as “...”" credits the owner named before the product', () => {
    expect(quoteSpeakers('The Corvane Company’s new clip was sold proudly as "a gift to every brewer."')).toEqual(['Corvane Company']);
  });

  it('"X aired an ad that calls her “...”" credits X', () => {
    expect(quoteSpeakers('On Monday, the Tamsin Group aired an ad that calls the mayor "a fraud."')).toEqual(['Tamsin Group']);
  });

  it('a subject the parser reads only in part is no promoter', () => {
    expect(quoteSpeakers('Friends of the River Trust plans to run an ad that calls the dam "a disaster."')).not.toContain('Trust');
  });

  it('"billed as" with no owner credits no one', () => {
    expect(quoteSpeakers('The show is billed as a work "made to remember the lost."')).toEqual(['unknown']);
  });
});
