import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const intro = 'Dana Perkins lost her home when the river rose.\n\n';

describe('a hometown written "Town, State" after the speaker', () => {
  it('credits the named person, not the state, before the verb', () => {
    expect(quoteSpeakers(`${intro}"I had nothing left," Perkins, of Grand Rapids, Michigan, told NBC News.`, { withMentions: true })).toEqual(['Dana Perkins']);
    expect(quoteSpeakers(`${intro}Perkins, of Grand Rapids, Michigan, said: "I had nothing left."`, { withMentions: true })).toEqual(['Dana Perkins']);
  });

  it('skips an age and reads AP state abbreviations as part of the place', () => {
    expect(quoteSpeakers(`${intro}"I had nothing left," Perkins, 52, of Grand Rapids, Michigan, told reporters.`, { withMentions: true })).toEqual(['Dana Perkins']);
    expect(quoteSpeakers(`${intro}"I had nothing left," Perkins, of Springfield, Ill., told reporters.`, { withMentions: true })).toEqual(['Dana Perkins']);
  });

  it('handles a described hometown and a relative clause naming where they live', () => {
    expect(quoteSpeakers(`${intro}"I had nothing left," Perkins, a nurse from Leeds, England, told the BBC.`, { withMentions: true })).toEqual(['Dana Perkins']);
    expect(quoteSpeakers(`${intro}"I had nothing left," Perkins, who lives in Toronto, Ontario, said.`, { withMentions: true })).toEqual(['Dana Perkins']);
  });

  it('reads a hometown written without a comma after the name', () => {
    expect(quoteSpeakers(`${intro}"I had nothing left," Perkins of Grand Rapids, Michigan, told NBC News.`, { withMentions: true })).toEqual(['Dana Perkins']);
  });

  it('drops the hometown between a name and its role', () => {
    expect(quoteSpeakers('Pay talks collapsed.\n\n"He is finished," Voss, of Leeds, England, a former minister, said.', { withMentions: true })).toEqual(['Voss']);
  });

  it('after an inverted verb too', () => {
    expect(quoteSpeakers(`${intro}"I had nothing left," said Perkins, of Grand Rapids, Michigan.`, { withMentions: true })).toEqual(['Dana Perkins']);
  });

  it('keeps a list of countries as the speaker', () => {
    expect(quoteSpeakers('"We will act," Mexico, Canada and France said in a joint statement.', { withMentions: true })).toEqual(['Mexico, Canada and France']);
  });
});

describe('a state or country closing an address before the verb', () => {
  it('"X, a forecaster at Joint Base Y, Hawaii, explains" is X, not the place', () => {
    const body = 'Staff Sgt. Lina Ruiz, a forecaster with the 15th Squadron at Base Hickam, Hawaii, explains her work. "It opened my eyes," she said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Lina Ruiz']);
  });
});
