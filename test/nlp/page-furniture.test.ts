import { describe, expect, it } from 'vitest';
import { isPageFurniture } from '../../src/nlp/french.js';
import { annotate } from '../../src/nlp/annotate.js';

describe('isPageFurniture', () => {
  it.each([
    '© Jaan Tamm / Facebook',
    'Publié le 03 octobre 2018 - 20:07',
    'publié le 15/07/2018 à 15:27',
    'Mis à jour',
    'Temps de lecture : 2 min',
    'La suite après cette publicité',
    'À LIRE AUSSI',
    'Partager cet article',
    'Crédits',
    '— Préfecture du Nord (@prefet59) 9 septembre 2017',
    '02/04/2015 16:00 CEST | Actualisé 05/10/2016 03:43 CEST',
    'estonie-la-condamnation-de-la-compagnie-confirmee-en-appel',
    '>> Tartu : « Pas une semaine sans qu’on pense à eux », confie un proche',
  ])('reads "%s" as page furniture', (line) => expect(isPageFurniture(line)).toBe(true));

  it.each([
    'Publié en 1962, le roman a été traduit en vingt langues.',
    'Le toit du marché a cédé mardi sous la neige.',
    'Partager les tâches entre les communes prendra du temps, selon le maire qui a présenté mardi son plan de relance.',
    'Image de la ville en ruines, le clocher est resté debout.',
    'Jean-Marie Le Pen-Dupont a parlé.',
  ])('keeps "%s"', (line) => expect(isPageFurniture(line)).toBe(false));

  it('leaves furniture out of the annotated sentences, the paragraph numbers kept', () => {
    const ann = annotate([{ id: 'a', file: 'a.txt', title: 'a', language: 'fr', bytes: 0, published: '2023-01-10',
      paragraphs: ['Le toit du marché a cédé mardi sous la neige.\n© Jaan Tamm / Facebook', 'Publicité', 'Les secours sont arrivés vers 7h.'] }]);
    expect(ann.sentences.map((s) => [s.para, s.text])).toEqual([[1, 'Le toit du marché a cédé mardi sous la neige.'], [3, 'Les secours sont arrivés vers 7h.']]);
  });
});
