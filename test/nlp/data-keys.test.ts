/**
 * The language data files hold no key twice in one object: JSON.parse keeps the last value silently, and a list
 * written twice under one key (it happened to a lexicon list and to a role's narrower roles) replaces the first
 * without a word.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The keys written more than once in one object of a JSON text, with their path. */
function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  let i = 0;
  const space = () => { while (/\s/.test(text[i] ?? '')) i++; };
  const string = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (at: string): void => {
    space();
    if (text[i] === '{') {
      i++;
      const seen = new Set<string>();
      space();
      while (text[i] !== '}') {
        const key = string();
        if (seen.has(key)) found.push(`${at}/${key}`);
        seen.add(key);
        space();
        i++; // ':'
        value(`${at}/${key}`);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (text[i] === '[') {
      i++;
      space();
      while (text[i] !== ']') {
        value(at);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (text[i] === '"') string();
    else while (i < text.length && !/[,}\]\s]/.test(text[i]!)) i++;
  };
  value('');
  return found;
}

const dataDirs = ['src/nlp/data', 'src/qa/data', 'src/corpus/data'];

describe('language data', () => {
  it('finds a key written twice in one object, at any depth', () => {
    expect(duplicateKeys('{"a": 1, "b": {"c": [1, {"d": 2, "d": 3}]}, "a": "x\\"y"}')).toEqual(['/b/c/d', '/a']);
    expect(duplicateKeys('{"a": {"k": 1}, "b": {"k": 2}}')).toEqual([]);
  });
  for (const dir of dataDirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      it(`${dir}/${file} holds no key twice in one object`, () => {
        expect(duplicateKeys(readFileSync(path.join(dir, file), 'utf8'))).toEqual([]);
      });
    }
  }
});
