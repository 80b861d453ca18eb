import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../src/cli/args.js';

describe('parseCliArgs', () => {
  it('joins positionals into one command and reads flags anywhere', () => {
    expect(parseCliArgs(['--content', 'c', '/brief', 'iraq-mission', '--json'])).toEqual({
      content: 'c',
      data: undefined,
      json: true,
      help: false,
      command: '/brief iraq-mission',
    });
  });

  it('has no command for an interactive session', () => {
    expect(parseCliArgs([]).command).toBeUndefined();
    expect(parseCliArgs(['  ']).command).toBeUndefined();
  });

  it('rejects unknown flags with a usage error', () => {
    expect(() => parseCliArgs(['--nope'])).toThrow(CliUsageError);
  });

  it('reads `ingest` with page urls, repeated --feed and --timeout; refuses ingest flags elsewhere and ingest with nothing to fetch', () => {
    expect(parseCliArgs(['--content', 'c', 'ingest', 'https://a.example/1', '--feed', 'https://b.example/rss', 'https://a.example/2', '--feed', 'https://c.example/atom', '--timeout', '2.5'])).toMatchObject({
      content: 'c',
      ingest: { urls: ['https://a.example/1', 'https://a.example/2'], feeds: ['https://b.example/rss', 'https://c.example/atom'], timeoutMs: 2500 },
    });
    expect(parseCliArgs(['ingest', '--feed', 'https://b.example/rss']).command).toBeUndefined();
    expect(() => parseCliArgs(['ingest'])).toThrow(/at least one URL/);
    expect(() => parseCliArgs(['--feed', 'https://b.example/rss', '/help'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['ingest', 'https://a.example/1', '--timeout', 'soon'])).toThrow(/--timeout/);
    expect(() => parseCliArgs(['ingest', 'https://a.example/1', '--timeout', '0'])).toThrow(/--timeout/);
    // A question that merely starts with the word is still a question.
    expect(parseCliArgs(['ingest of the new reports?']).command).toBe('ingest of the new reports?');
  });
});
