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
});
