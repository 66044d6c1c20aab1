import { describe, expect, it } from 'vitest';
import { pronounSubject } from '../../src/nlp/annotate.js';

describe('pronounSubject', () => {
  it('is true for a pronoun that opens the sentence or follows an opening clause', () => {
    expect(pronounSubject('Il a été arrêté samedi.')).toBe(true);
    expect(pronounSubject('Né le 3 mai 1976, il aurait été élevé par sa grand-mère.')).toBe(true);
    expect(pronounSubject('Arrivée en 2009, elle travaillait dans un restaurant.')).toBe(true);
  });
  it('is false for a named subject, or a pronoun far into the sentence', () => {
    expect(pronounSubject('Marten Kolberg a été arrêté samedi.')).toBe(false);
    expect(pronounSubject('Le policier, que ses collègues décrivent comme un homme calme et réfléchi depuis toujours, il faut le dire, est mort.')).toBe(false);
  });
});
