import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stageMultiNews } from '../../src/eval/multinews-gold.js';
import { evalFixtures } from '../../src/eval/quotes-eval.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'sitrep-mn-'));
  dirs.push(d);
  return d;
};

const DOC = `share tweet email 
 
 The county closed the bridge on Tuesday after inspectors found cracks in two support beams. 
 
 "We are not going to take chances with people's lives," county engineer Dana Whitfield said. 
 
 Commuters face a 20-minute detour. "It's a pain, but I'd rather be safe," said Leo Marsh, a nurse who crosses it daily. `;

function sample(labels: unknown): { labels: string; jsonl: string } {
  const dir = temp();
  const jsonl = join(dir, 'sample.jsonl');
  writeFileSync(jsonl, `${JSON.stringify({ id: 7, documents: ['other document', DOC], summary: 's' })}\n`);
  const path = join(dir, 'labels.json');
  writeFileSync(path, JSON.stringify(labels));
  return { labels: path, jsonl };
}

const label = (quotes: unknown[]): unknown[] => [{ id: 'mn-7-1', cluster: 7, doc: 1, quotes }];

describe('stageMultiNews', () => {
  it('writes the named document as an article with its gold file, and the quote eval scores it', async () => {
    const { labels, jsonl } = sample(
      label([
        { text: "We are not going to take chances with people's lives,", speaker: 'Dana Whitfield', kind: 'direct' },
        { text: "It's a pain, but I'd rather be safe,", speaker: 'Leo Marsh', kind: 'direct' },
      ]),
    );
    const out = temp();
    expect(await stageMultiNews(labels, jsonl, out)).toBe(1);
    expect(readFileSync(join(out, 'mn-7-1.md'), 'utf8')).toContain(DOC);
    const scored = await evalFixtures(out);
    expect(scored).toMatchObject({ gold: 2, matched: 2 });
  });

  it('refuses a label whose quote is not verbatim in the document, naming it', async () => {
    const { labels, jsonl } = sample(label([{ text: 'We will take no chances', speaker: 'Dana Whitfield', kind: 'direct' }]));
    await expect(stageMultiNews(labels, jsonl, temp())).rejects.toThrow(/mn-7-1.*not found verbatim/);
  });

  it('refuses a label naming a document the sample does not have', async () => {
    const { labels, jsonl } = sample([{ id: 'mn-7-5', cluster: 7, doc: 5, quotes: [] }]);
    await expect(stageMultiNews(labels, jsonl, temp())).rejects.toThrow(/cluster 7 document 5/);
  });
});
