/** /where event — the place of an event, with passages. Asks the core a where-question built from the event. */
import { eventCommand } from '../src/command/event-command.js';

export const { data, command } = eventCommand('where');
