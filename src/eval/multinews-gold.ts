/**
 * Gold labels for REAL news: documents of the Multi-News sample (../shared/data, many outlets, captured as published,
 * page furniture included). The dataset is for offline evaluation only, so its text is never copied into the repo:
 * a label file names the document (cluster id + index) and carries only the labelled quotes; `stageMultiNews`
 * writes each labelled document as a temporary `<id>.md` next to a `<id>.json` gold file, the layout every other
 * labelled set uses, so both the per-article eval and the CLI eval read it unchanged.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { GoldSetError } from './quotes-eval.js';

const LabelSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  cluster: z.union([z.number(), z.string()]),
  doc: z.number().int().min(0),
  notes: z.string().optional(),
  quotes: z.array(
    z.object({
      text: z.string().min(1),
      speaker: z.string().min(1),
      speaker_as_written: z.string().optional(),
      kind: z.enum(['direct', 'partial']),
    }),
  ),
});
const LabelFileSchema = z.array(LabelSchema);

export type MultiNewsLabel = z.infer<typeof LabelSchema>;

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new GoldSetError(`cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** The documents of the Multi-News sample, by cluster id. */
export async function readMultiNews(jsonlPath: string): Promise<Map<string, string[]>> {
  const clusters = new Map<string, string[]>();
  for (const line of (await readFile(jsonlPath, 'utf8')).split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: number | string; documents: string[] };
    clusters.set(String(row.id), row.documents);
  }
  return clusters;
}

/** The article file for one document: neutral front matter (the sample has no metadata) and the text as captured. */
export function multiNewsArticle(label: MultiNewsLabel, text: string): string {
  return [
    '---',
    `title: "Multi-News cluster ${label.cluster}, document ${label.doc}"`,
    'outlet: "Multi-News source"',
    'published: 2016-01-01',
    '---',
    text,
    '',
  ].join('\n');
}

/** Writes every labelled document and its gold file into `dir`; returns the number of documents staged. */
export async function stageMultiNews(labelsPath: string, jsonlPath: string, dir: string): Promise<number> {
  const parsed = LabelFileSchema.safeParse(await readJson(labelsPath));
  if (!parsed.success) throw new GoldSetError(`label file ${labelsPath} is malformed: ${parsed.error.message}`);
  const clusters = await readMultiNews(jsonlPath);
  for (const label of parsed.data) {
    const text = clusters.get(String(label.cluster))?.[label.doc];
    if (text === undefined) throw new GoldSetError(`${labelsPath}: ${label.id} names cluster ${label.cluster} document ${label.doc}, which the sample does not have`);
    const missing = label.quotes.find((q) => !text.includes(q.text));
    if (missing) throw new GoldSetError(`${labelsPath}: ${label.id}: quote not found verbatim in the document: "${missing.text.slice(0, 60)}"`);
    await writeFile(join(dir, `${label.id}.md`), multiNewsArticle(label, text));
    const gold = [{ id: label.id, url: `multinews:${label.cluster}/${label.doc}`, outlet: 'Multi-News source', published: '2016-01-01', title: label.id, quotes: label.quotes }];
    await writeFile(join(dir, `${label.id}.json`), JSON.stringify(gold, null, 1));
  }
  return parsed.data.length;
}
