/** /when event — the normalised date of an event, with passages. Asks the core a when-question built from the event. */
import { eventCommand } from '../src/command/event-command.js';

export const { data, command } = eventCommand('when');
