import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { parseIsoDate } from './dates.js';
import { ArticleLoadError } from './errors.js';

/**
 * Article front matter. Unknown keys are allowed and ignored (ingest writes `guid`, people add `tags`), so adding a
 * field never breaks older files.
 */
const FrontMatterSchema = z.object({
  title: z.string().trim().min(1, 'title must not be empty'),
  outlet: z.string().trim().min(1, 'outlet must not be empty'),
  // YAML 1.1 parsers turn bare dates into Date objects; accept those too so a file edited elsewhere still loads.
  published: z.union([z.string().trim().min(1), z.date()], {
    error: 'published must be an ISO 8601 date or date-time such as 2020-01-06',
  }),
  url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }).optional(),
  byline: z.string().trim().min(1).optional(),
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'language must be a BCP 47 tag such as "en" or "pt-BR"')
    .default('en'),
});

export interface FrontMatter {
  title: string;
  outlet: string;
  /** As written (a Date from a YAML 1.1 writer is rendered back to ISO). */
  published: string;
  publishedAt: Date;
  url?: string;
  byline?: string;
  language: string;
}

export interface SplitFile {
  yaml: string;
  /** Everything after the closing `---` line, untouched. */
  body: string;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*(?:\r?\n|$)/m;

/** Splits `---\n<yaml>\n---\n<body>`; returns undefined when the file does not start with front matter. */
export function splitFrontMatter(text: string): SplitFile | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  // The closing fence may be the very first line (empty front matter) or any later line.
  const close = CLOSE.exec(rest);
  if (!close) return undefined;
  return { yaml: rest.slice(0, close.index), body: rest.slice(close.index + close[0].length) };
}

/** Parses and validates the YAML block; throws ArticleLoadError with a reason a person can act on. */
export function parseFrontMatter(yaml: string, path: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yaml, { prettyErrors: true, uniqueKeys: true });
  } catch (err) {
    const detail = err instanceof YAMLParseError || err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new ArticleLoadError('bad-yaml', path, `front matter is not valid YAML: ${detail}`, { cause: err });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ArticleLoadError('invalid-front-matter', path, 'front matter must be a YAML mapping (key: value lines)');
  }
  const result = FrontMatterSchema.safeParse(data);
  if (!result.success) {
    const fields = data as Record<string, unknown>;
    const problems = result.error.issues.map((i) => {
      const key = i.path.join('.') || '(root)';
      const missing = i.path.length === 1 && fields[String(i.path[0])] == null;
      return `${key}: ${missing ? 'is required' : i.message}`;
    });
    throw new ArticleLoadError('invalid-front-matter', path, `invalid front matter: ${problems.join('; ')}`);
  }
  const fm = result.data;
  const published = fm.published instanceof Date ? fm.published.toISOString() : fm.published;
  const publishedAt = fm.published instanceof Date ? fm.published : parseIsoDate(published);
  if (!publishedAt || Number.isNaN(publishedAt.getTime())) {
    throw new ArticleLoadError(
      'bad-date',
      path,
      `published "${published}" is not an ISO 8601 date or date-time (e.g. 2020-01-06 or 2020-01-06T14:00:00Z)`,
    );
  }
  return {
    title: fm.title,
    outlet: fm.outlet,
    published,
    publishedAt,
    language: fm.language,
    ...(fm.url !== undefined ? { url: fm.url } : {}),
    ...(fm.byline !== undefined ? { byline: fm.byline } : {}),
  };
}
