import { describe, expect, it } from 'vitest';
import { labelKeys, replyLocale, translator } from '../../src/reply/labels.js';

describe('labels', () => {
  it('have the same keys in English and French', () => {
    expect(labelKeys('fr').sort()).toEqual(labelKeys('en').sort());
  });

  it('follow the interaction locale: French for fr, English otherwise', () => {
    expect(replyLocale('fr')).toBe('fr');
    expect(replyLocale('fr-CA')).toBe('fr');
    expect(replyLocale('en-US')).toBe('en');
    expect(replyLocale('de')).toBe('en');
    expect(replyLocale(undefined)).toBe('en');
  });

  it('fill placeholders and choose singular or plural', () => {
    const fr = translator('fr');
    expect(fr('articlesAgree', { n: 1 })).toBe('1 article concorde');
    expect(fr('articlesAgree', { n: 3 })).toBe('3 articles concordent');
    expect(translator('en')('who.title', { name: '{n}' })).toBe('Who is {n}?');
    expect(fr('no.such.key')).toBe('no.such.key');
  });
});
