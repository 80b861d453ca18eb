import { describe, expect, it } from 'vitest';
import { leadingSubject } from '../../../src/analysis/quotes/subject.js';

describe('a colon ends a speaker label: the words after it are not part of the name', () => {
  it('"**Roe:** Brutal" and "Roe: Never" read as the name alone', () => {
    expect(leadingSubject('**Adeyemi-Cole:** Brutal. The van broke down', 0)?.name).toBe('Adeyemi-Cole');
    expect(leadingSubject('Tom Reyes: Never again', 0)?.name).toBe('Tom Reyes');
  });
});
