import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { type IncomingMessage, request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isPrivateAddress } from './address.js';
import { IngestError } from './errors.js';
import { type FetchLike, MAX_FETCH_CHARS } from './fetch.js';

export interface HttpFetchOptions {
  /** Fetch from loopback and private networks too (SITREP_INGEST_ALLOW_PRIVATE=1). Default false. */
  allowPrivate?: boolean;
  /** Which resolved addresses to refuse; overrides allowPrivate (tests use it to refuse one address only). */
  forbidden?: (address: string) => boolean;
  /** Body bytes after decompression; more aborts the download (a page that big is not an article). */
  maxBytes?: number;
  maxRedirects?: number;
  /** DNS resolver (default node:dns lookup); injected so tests can name hosts without a DNS server. */
  lookup?: (hostname: string, options: LookupAllOptions, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/**
 * The fetch ingest uses in production, on node:http(s) rather than global fetch, because only there can every
 * connection's resolved address be checked (the `lookup` hook runs for each connection, redirects included, so a
 * public name that resolves or redirects to 127.0.0.1 is refused at connect time, not just when the URL is read) and
 * the body be cut off after `maxBytes` instead of buffered whole. The caller's AbortSignal bounds connect, headers
 * and body together.
 */
export function createHttpFetch(options: HttpFetchOptions = {}): FetchLike {
  const forbidden = options.forbidden ?? (options.allowPrivate ? () => false : isPrivateAddress);
  const maxBytes = options.maxBytes ?? MAX_FETCH_CHARS;
  const maxRedirects = options.maxRedirects ?? 5;
  const resolve = options.lookup ?? dnsLookup;

  return async (url, init = {}) => {
    let target = parseTarget(url, url);
    for (let hop = 0; ; hop++) {
      const res = await requestOnce(target, init, { forbidden, resolve, original: url });
      const location = res.headers.location;
      if (REDIRECT.has(res.statusCode ?? 0) && location) {
        res.resume();
        if (hop >= maxRedirects) throw new IngestError('fetch-failed', url, `more than ${maxRedirects} redirects`);
        target = parseTarget(new URL(location, target).toString(), url);
        continue;
      }
      return toResponse(res, url, maxBytes, init.signal);
    }
  };
}

function parseTarget(url: string, original: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new IngestError('bad-url', original, `not a valid URL: ${url}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new IngestError('bad-url', original, `only http(s) URLs can be fetched (got ${u.protocol})`);
  return u;
}

function requestOnce(
  target: URL,
  init: { headers?: Record<string, string>; signal?: AbortSignal },
  ctx: { forbidden: (a: string) => boolean; resolve: NonNullable<HttpFetchOptions['lookup']>; original: string },
): Promise<IncomingMessage> {
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const refused = (address: string) =>
    new IngestError('refused-address', ctx.original, `${target.hostname} is ${address}, a private or local address; set SITREP_INGEST_ALLOW_PRIVATE=1 to allow it`);
  // Node connects to a literal IP without calling `lookup`, so literals are checked here.
  if (isIP(host) !== 0 && ctx.forbidden(host)) return Promise.reject(refused(host));

  const lookup = (hostname: string, opts: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    ctx.resolve(hostname, { ...(opts.family ? { family: opts.family } : {}), all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = addresses.find((a) => ctx.forbidden(a.address));
      if (bad) return callback(refused(bad.address) as unknown as NodeJS.ErrnoException, []);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      if (opts.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };

  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const reqOptions: RequestOptions = {
    method: 'GET',
    headers: { 'accept-encoding': 'gzip, deflate, br', ...init.headers },
    // One connection per request: nothing is kept open after a CLI run or between sparse chat requests.
    agent: false,
    lookup: lookup as RequestOptions['lookup'],
    ...(init.signal ? { signal: init.signal } : {}),
  };
  return new Promise((resolvePromise, reject) => {
    const req = request(target, reqOptions, resolvePromise);
    req.on('error', (err) => reject(err));
    req.end();
  });
}

function toResponse(res: IncomingMessage, url: string, maxBytes: number, signal: AbortSignal | undefined): Awaited<ReturnType<FetchLike>> {
  const status = res.statusCode ?? 0;
  const header = (name: string): string | null => {
    const v = res.headers[name.toLowerCase()];
    return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
  };
  return {
    ok: status >= 200 && status < 300,
    status,
    ...(res.statusMessage ? { statusText: res.statusMessage } : {}),
    headers: { get: header },
    text: () => readBody(res, url, maxBytes, header('content-type'), signal),
    discard: () => res.destroy(),
  };
}

function decoded(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

function readBody(res: IncomingMessage, url: string, maxBytes: number, contentType: string | null, signal: AbortSignal | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const stream = decoded(res);
    const chunks: Buffer[] = [];
    let bytes = 0;
    let done = false;
    const fail = (err: unknown) => {
      if (done) return;
      done = true;
      res.destroy();
      stream.destroy();
      reject(err);
    };
    const onAbort = () => fail(signal?.reason ?? new Error('aborted'));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    res.on('error', fail);
    stream.on('error', fail);
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBytes) return fail(new IngestError('too-large', url, `the response is larger than ${maxBytes} bytes`));
      chunks.push(chunk);
    });
    stream.on('end', () => {
      if (done) return;
      done = true;
      signal?.removeEventListener('abort', onAbort);
      resolve(decode(Buffer.concat(chunks), contentType));
    });
  });
}

/** Decodes with the charset the server names; UTF-8 when it names none or one the runtime does not know. */
function decode(body: Buffer, contentType: string | null): string {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (charset) {
    try {
      return new TextDecoder(charset).decode(body);
    } catch {
      // Unknown label: fall through to UTF-8, which most pages are anyway.
    }
  }
  return new TextDecoder('utf-8').decode(body);
}
