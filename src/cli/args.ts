import { parseArgs } from 'node:util';

export interface CliArgs {
  content?: string;
  data?: string;
  json: boolean;
  help: boolean;
  /** The command or question to run once, or undefined for an interactive session. */
  command?: string;
}

export const CLI_USAGE = `Usage: sitrep [--content DIR] [--data DIR] [--json] ["<command or question>"]

  Without a command: starts every configured chat adapter (Discord, Slack) or, with no tokens, an interactive
  console chat. With a command: runs it once on the console, prints the reply and exits.

  --content DIR  the corpus folder (default ./content, or SITREP_CONTENT_DIR)
  --data DIR     the store and cache folder (default ./data, or SITREP_DATA_DIR)
  --json         print machine-readable JSON instead of text (see README, "JSON output")
  -h, --help     this help

Examples:
  sitrep "/brief iraq-mission"
  sitrep --json "/quotes"
  sitrep "who said training was suspended?"`;

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

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
      },
    });
  } catch (err) {
    throw new CliUsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  const command = positionals.join(' ').trim();
  return {
    content: values.content,
    data: values.data,
    json: values.json ?? false,
    help: values.help ?? false,
    command: command === '' ? undefined : command,
  };
}
