import { parseArgs } from 'node:util';

export interface CliArgs {
  content?: string;
  data?: string;
  json: boolean;
  help: boolean;
  /** The command or question to run once, or undefined for an interactive session. */
  command?: string;
  /** `sitrep ingest ...`: add articles from the web instead of running a command. */
  ingest?: IngestArgs;
}

export interface IngestArgs {
  urls: string[];
  feeds: string[];
  /** Per fetch (connect, headers and body together). */
  timeoutMs?: number;
}

export const CLI_USAGE = `Usage: sitrep [--content DIR] [--data DIR] [--json] ["<command or question>"]
       sitrep ingest [--content DIR] [--json] [--timeout SECONDS] [<url>...] [--feed <url>]...

  Without a command: starts every configured chat adapter (Discord, Slack) or, with no tokens, an interactive
  console chat. With a command: runs it once on the console, prints the reply and exits.
  ingest: fetches each article page (and each new item of each --feed) and writes it as a Markdown article into
  the content folder (under articles/ when it has one), never overwriting a file or writing a url twice. One line
  per item; exit 0 when nothing failed, 1 when an item failed. Private and local addresses are refused unless
  SITREP_INGEST_ALLOW_PRIVATE=1.

  --content DIR     the corpus folder (default ./content, or SITREP_CONTENT_DIR)
  --data DIR        the store and cache folder (default ./data, or SITREP_DATA_DIR)
  --json            print machine-readable JSON instead of text (see README, "JSON output")
  --feed URL        (ingest) an RSS or Atom feed; may be repeated
  --timeout SECONDS (ingest) per fetch, default 15
  -h, --help        this help

Examples:
  sitrep "/brief iraq-mission"
  sitrep --json "/quotes"
  sitrep "who said training was suspended?"
  sitrep ingest https://example.com/news/story.html
  sitrep ingest --feed https://example.com/world/rss.xml`;

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

const MAX_TIMEOUT_S = 300;

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: 'string' },
        data: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        feed: { type: 'string', multiple: true },
        timeout: { type: 'string' },
      },
    });
  } catch (err) {
    throw new CliUsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  const common = { content: values.content, data: values.data, json: values.json ?? false, help: values.help ?? false };
  const feeds = values.feed ?? [];
  if (positionals[0] === 'ingest') {
    const urls = positionals.slice(1).filter((u) => u.trim() !== '');
    if (!common.help && urls.length === 0 && feeds.length === 0) throw new CliUsageError('sitrep ingest needs at least one URL or --feed URL');
    return { ...common, ingest: { urls, feeds, ...(values.timeout !== undefined ? { timeoutMs: parseTimeout(values.timeout) } : {}) } };
  }
  if (feeds.length > 0 || values.timeout !== undefined) throw new CliUsageError('--feed and --timeout go with sitrep ingest');
  const command = positionals.join(' ').trim();
  return { ...common, command: command === '' ? undefined : command };
}

function parseTimeout(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_S) {
    throw new CliUsageError(`--timeout must be a number of seconds between 0 and ${MAX_TIMEOUT_S} (got "${value}")`);
  }
  return Math.round(seconds * 1000);
}
