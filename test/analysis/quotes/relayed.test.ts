import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('speech relayed by a third party (“X quoted Y as saying”)', () => {
  it('the one quoted as saying speaks, not the outlet that relays the words', () => {
    const body = '“Talks will resume in spring,” the Tass agency quoted a senior Kremlin aide as saying.';
    expect(quoteSpeakers(body)).toEqual(['a senior Kremlin aide']);
  });

  it('a quotation after "as saying" is relayed too, and the relayed speaker is then in focus', () => {
    const body = 'State radio cited Defence Minister Rolf Amsel as saying that the drills were "purely defensive." "We seek no conflict," he added.';
    expect(quoteSpeakers(body)).toEqual(['Rolf Amsel', 'Rolf Amsel']);
  });

  it('a split quotation around "records X as saying" takes the name after a lowercase descriptor', () => {
    const body = '“We had never,” the county archive records ferryman Tobias Ruhl of the Elbe crossing as saying, “seen water so high.”';
    expect(quoteSpeakers(body)).toEqual(['Tobias Ruhl', 'Tobias Ruhl']);
  });

  it('a quoted document speaks for its author', () => {
    const body = '“I ask for mercy,” the palace quoted Varga’s letter as saying.';
    expect(quoteSpeakers(body)).toEqual(['Varga']);
  });

  it('without "as saying" the relaying verb is no attribution', () => {
    expect(quoteSpeakers('The paper quoted the “Gilded Age” in its headline.')).not.toContain('the paper');
  });
});
