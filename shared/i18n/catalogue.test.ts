import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIGURE_ROLES, FINDINGS } from '../checks/codes';
import { WARNINGS } from '../engine/warnings';
import { SUBJECTS } from '../history/subject';
import { IMPORT_ISSUES } from '../imports/issues';
import { CATALOGUE_AREAS, texts } from './catalogue';
import { say, type CodeSchemas } from './coded';

/** Every leaf of a texts tree, with its path. */
function leaves(node: unknown, path: string[] = []): [string, unknown][] {
  if (typeof node === 'string' || typeof node === 'function') return [[path.join('.'), node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, [...path, k]));
}

/** A valid example value for a parameter schema, to call each text with; a text names its parameter, so `series` and `seriesEn` differ. */
function example(schema: z.ZodType, name = ''): unknown {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return `Voorbeeld${name}`;
    case 'number':
      return 1234.5;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'enum':
      return (schema as z.ZodEnum).options[0];
    case 'literal':
      return (schema as z.ZodLiteral).value;
    case 'array':
      return [example((schema as z.ZodArray).element as z.ZodType, name), example((schema as z.ZodArray).element as z.ZodType, name)];
    case 'nullable':
    case 'optional':
      return example((schema as z.ZodNullable).unwrap() as z.ZodType, name);
    case 'object':
      return Object.fromEntries(Object.entries((schema as z.ZodObject).shape).map(([k, v]) => [k, example(v as z.ZodType, k)]));
    case 'union':
      return example((schema as z.ZodUnion).options[0] as z.ZodType, name);
    default:
      throw new Error(`no example for a ${def.type}`);
  }
}

/** Words that are the same in both languages (names, abbreviations, symbols). */
const SAME_IN_BOTH = /^(Woonzorgverkenner|Trend|units|%|×|Horizon|Scenario|Project|Status|Help|Memo|Type|Document|dataset|PowerPoint|Excel|S\+M app|[A-Z]{2,}.*|[\d\s–-]+)$/;

describe('wording catalogue', () => {
  it('has every text in both languages, none empty, the English not left in Dutch', () => {
    for (const [area, translated] of Object.entries(CATALOGUE_AREAS)) {
      const nl = leaves(translated['nl-NL']);
      const en = new Map(leaves(translated['en-GB']));
      expect([...en.keys()], area).toEqual(nl.map(([k]) => k));
      for (const [key, dutch] of nl) {
        const english = en.get(key);
        expect(typeof english, `${area}.${key}`).toBe(typeof dutch);
        if (typeof dutch === 'string') {
          expect(dutch.trim(), `${area}.${key}`).not.toBe('');
          if (english === dutch && !SAME_IN_BOTH.test(dutch)) expect.fail(`${area}.${key}: the English text is the Dutch one ("${dutch}")`);
        }
      }
    }
  });

  const nl = texts('nl-NL');
  const en = texts('en-GB');
  const coded: [string, CodeSchemas, object, object][] = [
    ['warnings', WARNINGS, nl.warnings, en.warnings],
    ['finding titles', FINDINGS, nl.findings.title, en.findings.title],
    ['finding messages', FINDINGS, nl.findings.message, en.findings.message],
    ['figure roles', FIGURE_ROLES, nl.findings.role, en.findings.role],
    ['import issues', IMPORT_ISSUES, nl.imports.issue, en.imports.issue],
    ['history subjects', SUBJECTS, nl.history.subject, en.history.subject],
  ];
  it.each(coded)('%s: every code has a sentence in both languages, without undefined, NaN or [object …]', (_area, schemas, nl, en) => {
    for (const [code, schema] of Object.entries(schemas)) {
      const message = { code, params: example(schema) as object };
      for (const sentence of [say(nl, message), say(en, message)]) {
        expect(sentence, code).not.toBe(code);
        expect(sentence, code).not.toMatch(/undefined|NaN|\[object /);
      }
      expect(say(nl, message), code).not.toBe(say(en, message));
    }
  });
});
