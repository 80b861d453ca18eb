import { lookup as realLookup } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowPrivateFromEnv, isPrivateAddress } from '../../../src/corpus/ingest/address.js';
import { IngestError } from '../../../src/corpus/ingest/errors.js';
import { fetchText } from '../../../src/corpus/ingest/fetch.js';
import { createHttpFetch, type HttpFetchOptions } from '../../../src/corpus/ingest/http.js';
import { type NewsServer, PATHS, startNewsServer } from '../../fakes/news-server.js';

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(async () => {
  await server.close();
});

const html = { accept: 'text/html', expect: /html/, what: 'an HTML page' };
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('should have failed'), (e: unknown) => e as IngestError);

describe('isPrivateAddress', () => {
  it.each(['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fd00::1', 'fe80::1%eth0', '::ffff:127.0.0.1', '::ffff:7f00:1', '[::1]', 'localhost', 'not an ip'])(
    '%s is not public',
    (a) => expect(isPrivateAddress(a)).toBe(true),
  );
  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is public', (a) => expect(isPrivateAddress(a)).toBe(false));
});

describe('allowPrivateFromEnv', () => {
  it('reads 1/true as on, unset/empty/0/false as off, and rejects anything else', () => {
    expect([undefined, '', '0', 'false', ' FALSE '].map(allowPrivateFromEnv)).toEqual([false, false, false, false, false]);
    expect(['1', 'true', 'TRUE'].map(allowPrivateFromEnv)).toEqual([true, true, true]);
    expect(() => allowPrivateFromEnv('yes please')).toThrow(/SITREP_INGEST_ALLOW_PRIVATE/);
  });
});

describe('createHttpFetch', () => {
  it('refuses loopback by default, as a literal or by name, without sending a request', async () => {
    const fetch = createHttpFetch();
    const before = server.requests.length;
    const port = new URL(server.base).port;
    for (const url of [`${server.base}${PATHS.article}`, `http://localhost:${port}${PATHS.article}`, `http://[::1]:${port}${PATHS.article}`]) {
      const err = await failure(fetchText(fetch, url, html));
      expect(err).toBeInstanceOf(IngestError);
      expect(err.code).toBe('refused-address');
      expect(err.reason).toMatch(/private or local address.*SITREP_INGEST_ALLOW_PRIVATE=1/);
    }
    expect(server.requests.length).toBe(before);
  });

  it('with the allowance, fetches pages, follows redirects and decodes gzip', async () => {
    const fetch = createHttpFetch({ allowPrivate: true });
    expect(await fetchText(fetch, `${server.base}${PATHS.redirect}`, html)).toContain('Allies back pause in Iraq training');
    expect(await fetchText(fetch, `${server.base}${PATHS.gzipped}`, html)).toContain('Example Wire');
    const err = await failure(fetchText(fetch, `${server.base}${PATHS.missing}`, html));
    expect(err.code).toBe('http-status');
  });

  it('checks every redirect hop: a permitted site cannot send the fetch to a refused address', async () => {
    // Only 10.9.9.9 is refused here, so the fake server itself (127.0.0.1) may be reached; "intranet.test" resolves to it.
    const lookup: HttpFetchOptions['lookup'] = (host, opts, cb) =>
      host === 'intranet.test' ? cb(null, [{ address: '10.9.9.9', family: 4 }]) : realLookup(host, opts, cb);
    const fetch = createHttpFetch({ forbidden: (a) => a === '10.9.9.9', lookup });
    const err = await failure(fetchText(fetch, `${server.base}${PATHS.redirectTo}?to=${encodeURIComponent('http://intranet.test/admin')}`, html));
    expect(err.code).toBe('refused-address');
    expect(err.reason).toContain('10.9.9.9');
    const scheme = await failure(fetchText(fetch, `${server.base}${PATHS.redirectTo}?to=${encodeURIComponent('file:///etc/passwd')}`, html));
    expect(scheme.code).toBe('bad-url');
  });

  it('stops reading a body over the size limit, and gives up on a server that never answers', async () => {
    const fetch = createHttpFetch({ allowPrivate: true, maxBytes: 1024 * 1024 });
    const big = await failure(fetchText(fetch, `${server.base}${PATHS.huge}`, html));
    expect(big.code).toBe('too-large');
    const slow = await failure(fetchText(fetch, `${server.base}${PATHS.hang}`, { ...html, timeoutMs: 300 }));
    expect(slow.code).toBe('fetch-failed');
    expect(slow.reason).toMatch(/timed out after 0.3 s/);
  });
});
