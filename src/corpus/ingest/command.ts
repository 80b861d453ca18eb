import { UserError, type CommandContext, type CommandSpec } from '../../core/commands.js';
import { citationOf, type Citation, type CitedText, type Reply } from '../../core/reply.js';
import { idFromRelative } from '../files.js';
import type { FetchLike } from './fetch.js';
import { type IngestRequest, type IngestResult, runIngest, tally } from './run.js';

export interface IngestCommandDeps {
  contentDir: string;
  /** The guarded fetch (createHttpFetch): refuses private addresses unless SITREP_INGEST_ALLOW_PRIVATE=1. */
  fetch: FetchLike;
  /**
   * Loads the files just written into the live library before the reply (CorpusLibrary.refresh), so the next
   * question already sees them; the folder watch would pick them up too, a moment later, and finds nothing new.
   */
  refresh: (paths: string[]) => Promise<unknown>;
  /** New items taken from a feed per command; the rest wait for the next /ingest feed. Default 20. */
  maxFeedItems?: number;
  /** At most this many urls per command. Default 5. */
  maxUrls?: number;
  timeoutMs?: number;
}

export const INGEST_USAGE = '/ingest <url> | /ingest feed <url>';

/**
 * `/ingest <url>...` or `/ingest feed <url>`: adds articles from the web to the corpus. It makes the server fetch
 * what a chat user names, so only people who can manage the server or workspace may use it.
 */
export function ingestCommand(deps: IngestCommandDeps): CommandSpec {
  return {
    name: 'ingest',
    usage: INGEST_USAGE,
    summary: 'Adds an article page, or the new items of an RSS/Atom feed, to the corpus (server/workspace managers only).',
    options: [{ name: 'source', description: 'An article URL, or "feed <url>" for an RSS or Atom feed', required: true }],
    async run(args, ctx) {
      if (!ctx.input.user.canManage) {
        throw new UserError('Only people who can manage this server or workspace can add articles with /ingest. Ask an admin to add the link.');
      }
      const requests = parseIngestArgs(args, deps.maxUrls ?? 5);
      ctx.logger.info({ user: ctx.input.user.id, channel: ctx.input.channel, requests }, 'ingest requested');
      const { results, deferred } = await runIngest(requests, {
        contentDir: deps.contentDir,
        fetch: deps.fetch,
        now: () => ctx.clock.now(),
        logger: ctx.logger,
        maxFeedItems: deps.maxFeedItems ?? 20,
        ...(deps.timeoutMs !== undefined ? { timeoutMs: deps.timeoutMs } : {}),
      });
      const written = results.filter((r) => r.status === 'written' && r.path).map((r) => r.path as string);
      if (written.length > 0) await deps.refresh(written);
      return ingestReply(results, deferred, ctx);
    },
  };
}

/** "feed <url>" or one or more urls; Slack's and Discord's <url> / <url|label> wrappers are unwrapped. */
export function parseIngestArgs(args: string, maxUrls: number): IngestRequest[] {
  const words = args.trim().split(/\s+/).filter(Boolean).map(unwrap);
  if (words.length === 0) throw new UserError('Which page or feed?', INGEST_USAGE);
  const isFeed = words[0]?.toLowerCase() === 'feed';
  const urls = isFeed ? words.slice(1) : words;
  if (urls.length === 0) throw new UserError('Which feed? Give its URL after "feed".', INGEST_USAGE);
  if (isFeed && urls.length > 1) throw new UserError('One feed at a time.', INGEST_USAGE);
  if (urls.length > maxUrls) throw new UserError(`At most ${maxUrls} pages at a time.`, INGEST_USAGE);
  for (const u of urls) {
    if (!/^https?:\/\/\S+$/i.test(u)) throw new UserError(`"${u.slice(0, 80)}" is not an http(s) URL.`, INGEST_USAGE);
  }
  return urls.map((url) => ({ kind: isFeed ? 'feed' : 'url', url }));
}

function unwrap(word: string): string {
  const m = /^<([^|>]+)(?:\|[^>]*)?>$/.exec(word);
  return m?.[1] ?? word;
}

const text = (t: string, cites: number[] = []): CitedText => ({ text: t, cites });

function ingestReply(results: readonly IngestResult[], deferred: number, ctx: CommandContext): Reply {
  const counts = tally(results);
  const citations: Citation[] = [];
  const added = results
    .filter((r) => r.status === 'written')
    .map((r) => {
      const article = r.path ? ctx.library.article(idFromRelative(r.path)) : undefined;
      const label = `“${r.title ?? 'untitled'}” — ${r.outlet ?? 'unknown outlet'} (${r.path ?? r.url})`;
      if (!article) return text(label);
      const n = citations.length + 1;
      citations.push(citationOf(article, n));
      return text(label, [n]);
    });
  const sections: Reply['sections'] = [];
  if (added.length > 0) sections.push({ heading: 'Added', blocks: [{ type: 'bullets', items: added }] });
  const skipped = results.filter((r) => r.status === 'skipped').map((r) => text(`${r.url} (${r.path ?? 'already there'})`));
  if (skipped.length > 0) sections.push({ heading: 'Already in the corpus', blocks: [{ type: 'bullets', items: skipped }] });
  const failed = results.filter((r) => r.status === 'failed').map((r) => text(`${r.url}: ${r.reason ?? 'failed'}`));
  if (failed.length > 0) sections.push({ heading: 'Not added', blocks: [{ type: 'bullets', items: failed }] });
  if (deferred > 0) sections.push({ blocks: [{ type: 'text', text: text(`${deferred} more new items in the feed: run the same /ingest feed again to add them.`) }] });
  if (results.length === 0) sections.push({ blocks: [{ type: 'text', text: text('The feed has no items.') }] });
  const title =
    counts.written > 0
      ? `Added ${counts.written} article${counts.written === 1 ? '' : 's'}`
      : counts.failed > 0
        ? 'Nothing added'
        : 'Nothing new';
  // Nothing added because of failures is an error (the one-shot CLI exits 1); partial success is not.
  return { kind: counts.written === 0 && counts.failed > 0 ? 'error' : 'info', title, sections, citations };
}
