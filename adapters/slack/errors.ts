/** Coded errors of the Slack adapter, so callers and logs can tell a bad setup from a Slack outage. */

/** start() failed: bad token, missing secret, port in use, Socket Mode refused. The bot must not run. */
export class SlackStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SlackStartError';
  }
}

/** A reply or digest could not be delivered after the retries; `sentIds` are the pages that did go out. */
export class SlackDeliveryError extends Error {
  constructor(
    message: string,
    readonly channel: string,
    readonly sentIds: string[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SlackDeliveryError';
  }
}

/** A short, secret-free description of an error from the Slack SDK or fetch, for logs and error messages. */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { code?: unknown }).code;
  const slackError = (err as { data?: { error?: unknown } }).data?.error;
  return [err.message, typeof code === 'string' ? `code=${code}` : '', typeof slackError === 'string' ? `slack=${slackError}` : '']
    .filter(Boolean)
    .join(' ');
}
