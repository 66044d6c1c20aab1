/** People suggestions shared by /who, /quotes and /timeline autocompletes. */
import type { AutocompleteChoice } from './types.js';
import type { Engine, PersonSummary } from '../qa/types.js';
import { LIMITS } from '../discord-limits.js';
import { cutAtWord } from './text.js';

/** Longest person name carried as an option value (keeps pagination custom ids under Discord's 100). */
export const MAX_PERSON = 40;

/** Up to 25 people matching what is typed, most mentioned first: shown with their best description, valued by name. */
export function peopleChoices(engine: Engine, typed: string): AutocompleteChoice[] {
  const query = typed.trim().slice(0, MAX_PERSON);
  const seen = new Set<string>();
  const choices: AutocompleteChoice[] = [];
  // Twice the choices: a few may share a shown name.
  for (const person of engine.people(query, 2 * LIMITS.choices)) {
    const value = person.name.slice(0, MAX_PERSON);
    if (!value || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: cutAtWord(label(person), LIMITS.choiceText), value });
    if (choices.length >= LIMITS.choices) break;
  }
  return choices;
}

function label(person: PersonSummary): string {
  const description = person.descriptions[0]?.text;
  return description ? `${person.name} — ${description}` : person.name;
}

/** The most mentioned person's name (for examples), or undefined when the corpus names nobody. */
export function mostMentioned(engine: Engine): string | undefined {
  return engine.people('', 1)[0]?.name.slice(0, MAX_PERSON) || undefined;
}

/** The person a typed name refers to: exact name or alias first, else the best match. */
export function findPerson(engine: Engine, name: string): PersonSummary | undefined {
  return engine.person(name) ?? engine.people(name, 1)[0];
}
