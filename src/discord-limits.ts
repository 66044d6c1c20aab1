/**
 * Discord's limits, in one place: what a message, an embed, a component and an autocomplete may hold. The
 * reply model respects the ones that shape its content (choices, custom ids); the Discord renderer and the
 * dispatcher cut everything else to them.
 */

/** Discord's message, embed and component limits. */
export const LIMITS = Object.freeze({
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  content: 2000,
  embeds: 10,
  /** Characters of a component's custom id. */
  customId: 100,
  /** Suggestions in one autocomplete answer. */
  choices: 25,
  /** Characters of an autocomplete suggestion's name and of its value. */
  choiceText: 100,
});
