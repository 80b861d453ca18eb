import { describe, expect, it } from 'vitest';
import { readableRole, readableRoles } from '../../src/briefing/roles.js';
import { keyPeople } from '../../src/briefing/sections/people.js';
import { speakerLabel } from '../../src/briefing/speakers.js';
import { Citations } from '../../src/briefing/citations.js';
import { BriefWindow } from '../../src/briefing/window.js';
import { FixtureLibrary } from '../fixtures/briefing/build.js';

describe('readableRole', () => {
  it.each([
    ['Iranian Gen.', 'Iranian general'],
    ['Canadian Maj.-Gen.', 'Canadian major-general'],
    ['Lt. Gen.', 'lieutenant general'],
    ['Lt.-Col.', 'lieutenant-colonel'],
    ['Staff Sgt.', 'Staff sergeant'],
    ['Rear Adm.', 'Rear admiral'],
    ['Texas Gov.', 'Texas governor'],
    ['Sen.', 'senator'],
    ['Rep.', 'representative'],
    ['U.S. Pres.', 'U.S. president'],
    ['Defense Sec.', 'Defense secretary'],
    ['Col', 'colonel'],
    ['Brig Gen', 'brigadier general'],
  ])('%s -> %s', (written, shown) => expect(readableRole(written)).toBe(shown));

  it('leaves full roles, initialisms and ordinary words alone', () => {
    for (const r of ['NATO secretary-general', 'US Secretary of Defense', 'U.S. President', 'general manager', 'the rep', 'UN envoy']) {
      expect(readableRole(r)).toBe(r);
    }
  });

  it('shows two spellings of one role once', () => {
    expect(readableRoles(['NATO secretary-general', 'Secretary General', 'secretary general', 'Gen.'])).toEqual(['NATO secretary-general', 'Secretary General', 'general']);
  });
});

describe('roles in replies', () => {
  const lib = new FixtureLibrary([
    {
      id: 'r1',
      title: 'Mission led by a general',
      outlet: 'Daily',
      published: '2020-01-06',
      paragraphs: ['The mission is led by Canadian Maj.-Gen. Jennie Carnigan.', '“We are ready,” Carnigan said.'],
      mentions: [{ text: 'Jennie Carnigan', type: 'person', name: 'Jennie Carnigan', role: 'Canadian Maj.-Gen.' }],
      quotes: [{ text: 'We are ready,', speaker: { name: 'Jennie Carnigan', kind: 'person', role: 'Canadian Maj.-Gen.' } }],
    },
  ]);
  const article = lib.article('r1')!;
  const analysis = lib.analysis('r1')!;

  it('key people and quote attributions show the expanded role', () => {
    const people = keyPeople(new BriefWindow(lib, [article]), lib.entities, new Citations(), 5);
    expect(people[0]!.text).toContain('Jennie Carnigan, Canadian major-general');
    expect(speakerLabel(analysis.quotes[0]!, article, lib.entities).role).toBe('Canadian major-general');
    // The analysis keeps the text as written.
    expect(analysis.mentions[0]!.role).toBe('Canadian Maj.-Gen.');
  });
});
