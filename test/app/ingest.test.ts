import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { slashCommands } from '../../adapters/discord/commands.js';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { ChatInput } from '../../src/core/input.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Reply } from '../../src/core/reply.js';
import { createHttpFetch } from '../../src/corpus/ingest/http.js';
import { type NewsServer, PATHS, startNewsServer } from '../fakes/news-server.js';

/** /ingest in a running app: who may use it, what it replies, and that the article answers questions at once. */

let server: NewsServer;
let app: App | undefined;
const dirs: string[] = [];
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(async () => {
  await server.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function startApp(opts: { allowPrivate: boolean }): Promise<App> {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-app-ingest-'));
  dirs.push(root);
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  writeFileSync(join(root, 'content', 'articles', 'port.md'), '---\ntitle: Port strike\noutlet: Wire\npublished: 2020-01-02\n---\nDock workers walked out on Monday.\n');
  // No folder watch: the reply must not depend on it.
  const config = { ...parseConfig({}, { content: join(root, 'content'), data: join(root, 'data') }), watch: false };
  return createApp({ config, logger: silentLogger(), withStore: false, ingest: { fetch: createHttpFetch({ allowPrivate: opts.allowPrivate }) } });
}

const say = (a: App, text: string, canManage = true): Promise<Reply> =>
  a.handle({ platform: 'test', channel: 'test:1', user: { id: 'u1', name: 'Ana', canManage }, text } satisfies ChatInput);

const allText = (r: Reply): string =>
  [r.title, ...r.sections.flatMap((s) => [s.heading ?? '', ...s.blocks.map((b) => (b.type === 'text' ? b.text.text : b.type === 'bullets' ? b.items.map((i) => i.text).join('\n') : b.quote.text))])].join('\n');

const url = (path: string) => `${server.base}${path}`;

describe('/ingest', () => {
  it('adds a page for a manager, cites it, and the article answers questions right away', async () => {
    app = await startApp({ allowPrivate: true });
    const reply = await say(app, `/ingest <${url(PATHS.article)}>`);
    expect(reply.kind).toBe('info');
    expect(reply.title).toBe('Added 1 article');
    expect(allText(reply)).toMatch(/“Allies back pause in Iraq training” — Example Herald \(articles\/ingested\/\S+\.md\)/);
    expect(reply.citations).toEqual([expect.objectContaining({ n: 1, title: 'Allies back pause in Iraq training', outlet: 'Example Herald', url: url(PATHS.article) })]);
    expect(app.library.articles().map((a) => a.title)).toContain('Allies back pause in Iraq training');
    const quotes = await say(app, '/quotes Stoltenberg');
    expect(allText(quotes)).toContain('the safety of our personnel is paramount');

    const again = await say(app, `/ingest ${url(PATHS.article)}?utm_source=x`);
    expect(again.title).toBe('Nothing new');
    expect(allText(again)).toMatch(/Already in the corpus/);
  });

  it('adds a feed’s new items and lists what could not be added', async () => {
    app = await startApp({ allowPrivate: true });
    const reply = await say(app, `/ingest feed ${url(PATHS.feed)}`);
    expect(reply.kind).toBe('info');
    expect(reply.title).toBe('Added 2 articles');
    expect(allText(reply)).toMatch(/Not added\n.*\/world\/gone: fetching an HTML page returned HTTP 404/);
    expect(app.library.articles()).toHaveLength(3);
  });

  it('refuses people who cannot manage the server or workspace, and fetches nothing', async () => {
    app = await startApp({ allowPrivate: true });
    const before = server.requests.length;
    const reply = await say(app, `/ingest ${url(PATHS.article)}`, false);
    expect(reply.kind).toBe('error');
    expect(allText(reply)).toMatch(/Only people who can manage this server or workspace can add articles/);
    expect(server.requests.length).toBe(before);
  });

  it('refuses local addresses unless allowed, explains bad arguments, and is listed in /help', async () => {
    app = await startApp({ allowPrivate: false });
    const before = server.requests.length;
    const local = await say(app, `/ingest ${url(PATHS.article)}`);
    expect(local.kind).toBe('error');
    expect(allText(local)).toMatch(/private or local address; set SITREP_INGEST_ALLOW_PRIVATE=1/);
    expect(server.requests.length).toBe(before);

    for (const [text, why] of [
      ['/ingest', /Which page or feed\?/],
      ['/ingest feed', /Which feed\?/],
      ['/ingest file:///etc/passwd', /is not an http\(s\) URL/],
      ['/ingest feed https://a.example/rss https://b.example/rss', /One feed at a time/],
      [`/ingest ${Array.from({ length: 6 }, (_, i) => `https://a.example/${i}`).join(' ')}`, /At most 5 pages/],
    ] as const) {
      const r = await say(app, text);
      expect(r.kind).toBe('error');
      expect(allText(r)).toMatch(why);
      expect(allText(r)).toContain('Usage: /ingest <url> | /ingest feed <url>');
    }
    expect(allText(await say(app, '/help'))).toContain('/ingest <url> | /ingest feed <url>');
    // Discord registers what the app offers (npm run register:discord): /ingest with its one required option.
    const slash = slashCommands(app.commands).find((c) => c.name === 'ingest');
    expect(slash?.options).toEqual([expect.objectContaining({ name: 'source', required: true })]);
  });
});
