import { IngestError } from './errors.js';

/** The slice of the WHATWG fetch API ingest uses, so tests (and callers) can inject a fake. Global fetch fits. */
export type FetchLike = (
  url: string,
  init?: { headers?: Record<string, string>; signal?: AbortSignal },
) => Promise<{
  ok: boolean;
  status: number;
  statusText?: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  /** Drops an unread body and frees the connection (optional: global fetch's bodies are collected on their own). */
  discard?(): void;
}>;

/** Pages above this are not news articles (or are not what we asked for); refusing them bounds memory. */
export const MAX_FETCH_CHARS = 5 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 15_000;

export async function fetchText(
  fetch: FetchLike,
  url: string,
  opts: { accept: string; expect: RegExp; what: string; timeoutMs?: number },
): Promise<string> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // One deadline for connecting, headers and body: a server that drips bytes is cut off too.
  const signal = AbortSignal.timeout(timeoutMs);
  const failure = (doing: 'fetch' | 'read', err: unknown): IngestError => {
    if (err instanceof IngestError) return err;
    if (signal.aborted) return new IngestError('fetch-failed', url, `timed out after ${timeoutMs / 1000} s waiting for ${opts.what}`, { cause: err });
    return new IngestError('fetch-failed', url, `could not ${doing} ${opts.what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  };
  let res: Awaited<ReturnType<FetchLike>>;
  try {
    res = await fetch(url, { headers: { accept: opts.accept, 'user-agent': 'sitrep/0.1 (+news briefing bot)' }, signal });
  } catch (err) {
    throw failure('fetch', err);
  }
  const refuse = (err: IngestError): never => {
    res.discard?.();
    throw err;
  };
  if (!res.ok) refuse(new IngestError('http-status', url, `fetching ${opts.what} returned HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`));
  const type = res.headers.get('content-type');
  if (type && !opts.expect.test(type)) refuse(new IngestError('not-html', url, `expected ${opts.what} but the server sent ${type}`));
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > MAX_FETCH_CHARS) refuse(tooLarge(url, opts.what));
  let text: string;
  try {
    text = await res.text();
  } catch (err) {
    throw failure('read', err);
  }
  if (text.length > MAX_FETCH_CHARS) throw tooLarge(url, opts.what);
  return text;
}

function tooLarge(url: string, what: string): IngestError {
  return new IngestError('too-large', url, `${what} is larger than ${MAX_FETCH_CHARS} characters`);
}
