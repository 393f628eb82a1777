import { describe, expect, it } from 'vitest';
import { contract } from './contract';
import { refusalOf } from './errors';

const refusal = (input: unknown, locale: 'nl-NL' | 'en-GB' = 'nl-NL') => {
  const parsed = contract['scenarios.save'].input.safeParse(input);
  if (parsed.success) throw new Error('expected a refusal');
  return refusalOf(parsed.error, locale);
};

describe('a refused request at its field, in words', () => {
  it('an empty or too long name: at the name field, without the call name', () => {
    expect(refusal({ id: 'x', name: '   ' })).toEqual({ field: 'name', message: 'Geef het scenario een naam.' });
    expect(refusal({ id: 'x', name: '   ' }, 'en-GB')).toEqual({ field: 'name', message: 'Give the scenario a name.' });
    expect(refusal({ id: 'x', name: 'a'.repeat(121) })).toEqual({ field: 'name', message: 'De naam is te lang: hoogstens 120 tekens. Maak de tekst korter.' });
  });

  it('a character no one can see: the text rule, named by position', () => {
    expect(refusal({ id: 'x', name: 'Basis\u0007' })).toEqual({ field: 'name', message: 'De naam bevat een onzichtbaar stuurteken (U+0007) op positie 6; haal het weg.' });
    expect(refusal({ id: 'x', description: 'a\u0000' }).field).toBe('description');
  });

  it('a setting: its name in words and its bound nl-NL formatted, at the setting path', () => {
    const r = refusal({ id: 'x', params: { programme: { paceMultiplier: 9 } } });
    expect(r.field).toBe('params.programme.paceMultiplier');
    expect(r.message).toMatch(/^Tempofactor.*: de waarde mag hoogstens 5 zijn\.$/);
    expect(refusal({ id: 'x', params: { horizon: 1999 } }).message).toBe('Horizon: de waarde moet minstens 2030 zijn.');
    const share = refusal({ id: 'x', params: { elderly: { newBuildShare: { nultreden: 1.5 } } } });
    expect(share.message).toContain('100 %');
    expect(share.message).not.toMatch(/elderly|newBuildShare|scenarios\.save/);
  });

  it('nothing that names a field: the general sentence, never a path or a call', () => {
    const r = refusal('geen object');
    expect(r.field).toBeNull();
    expect(r.message).toBe('Dit is niet uitgevoerd: een van de gegevens is niet geldig, en er is niets gewijzigd. Controleer wat u invulde en probeer het opnieuw.');
  });
});

describe('no internal names in the catalogue’s fixed texts', () => {
  it('no call name and no internal option value in quotes ("custom") in any fixed text, in either language', async () => {
    const { texts } = await import('../i18n/catalogue');
    const found: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node === 'string') {
        if (/["‘']custom["’']|\bscenarios\.(save|create|clone)\b/.test(node)) found.push(`${path}: ${node}`);
      } else if (node !== null && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
      }
    };
    walk(texts('nl-NL'), 'nl');
    walk(texts('en-GB'), 'en');
    expect(found).toEqual([]);
  });
});
