import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('someone the text cannot name', () => {
  it('"someone yells", "Someone else shouts", "somebody screamed" keep the indefinite speaker as written', () => {
    expect(quoteSpeakers('Shots rang out, then someone yells, "Get down!"')).toEqual(['someone']);
    expect(quoteSpeakers('Someone else shouts, "The door is hit!"')).toEqual(['someone else']);
    expect(quoteSpeakers('"He has a gun!" somebody screamed.')).toEqual(['somebody']);
  });

  it('"then" opening a clause is not part of its subject', () => {
    expect(quoteSpeakers('The lights went out, then Mara Quill shouts, "Stay calm!"')).toEqual(['Mara Quill']);
  });
});

describe('speech verbs in the present tense of feature writing', () => {
  it('"she shrugs", "he mutters", "yells" are tags', () => {
    expect(quoteSpeakers('"It happens," Mara Quill shrugs.')).toEqual(['Mara Quill']);
    expect(quoteSpeakers('"Not again," mutters Tom Vale.')).toEqual(['Tom Vale']);
  });
});
