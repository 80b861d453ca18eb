/** Typed failures of the Discord adapter; `cause` carries the discord.js error, `context` what was being done. */

export class DiscordLoginError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'DiscordLoginError';
  }
}

export class DiscordDeliveryError extends Error {
  constructor(
    message: string,
    readonly context: Record<string, unknown>,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'DiscordDeliveryError';
  }
}
