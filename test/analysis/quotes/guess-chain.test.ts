import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

const opening = 'Ann Roe, the mayor, spoke at length on Monday.\n\n"We have a plan for the river," she said.\n\nRead more: Council vote set for May\n\nFloods "will get worse", expert warns\n\n';

describe('a run of bare quotation paragraphs after a guessed voice', () => {
  it('keeps that voice through the paragraphs that continue it', () => {
    const body = `${opening}"I think the water will come back.\n\n"But we are ready for it this time.\n\n"Nobody will be left on their own."`;
    expect(speakers(body).slice(-3)).toEqual(['Ann Roe', 'Ann Roe', 'Ann Roe']);
  });

  it('stops at an attributed quotation or a narrative paragraph', () => {
    const body = `${opening}"I think the water will come back.\n\nThe river rose again on Tuesday.\n\n"Nobody will be left on their own."`;
    expect(speakers(body).slice(-2)).toEqual(['Ann Roe', 'unknown']);
    const tagged = `${opening}"I think the water will come back.\n\n"We are ready," Tom Lee said.\n\n"Nobody will be left on their own."`;
    expect(speakers(tagged).slice(-2)).toEqual(['Tom Lee', 'Tom Lee']);
  });
});
