/** Discord's documented message limits (characters are UTF-16 code units: `.length`, which never undercounts). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  authorName: 256,
  /** Sum of title, description, field names and values, footer and author over all embeds of a message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  /** Longer nonces are refused by the API. */
  nonce: 25,
  /** Application command name, option name (1-32) and descriptions (1-100). */
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;
