/** The generated verb forms (src/nlp/data/fr-verb-forms.json) stay in step with the synonym groups they are made for. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import synonyms from '../../src/nlp/data/fr-synonyms.json' with { type: 'json' };
import verbForms from '../../src/nlp/data/fr-verb-forms.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const conjugations: Record<string, unknown> = require('french-verbs-lefff/dist/conjugations.json');

describe('fr-verb-forms.json', () => {
  it('has the forms of every verb of the synonym groups and agents the Lefff conjugates (regenerate with scripts/build-verb-forms.ts)', () => {
    const words = [...new Set([...synonyms.groups.flat(), ...Object.keys(synonyms.agents)])];
    const verbs = words.filter((w) => conjugations[w] !== undefined);
    const forms = verbForms.forms as Record<string, string[]>;
    expect(verbs.length).toBeGreaterThan(100);
    expect(verbs.filter((v) => !forms[v]?.length)).toEqual([]);
  });
});
