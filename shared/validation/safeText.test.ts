import { describe, expect, it } from 'vitest';
import { ScenarioName, ScenarioParams } from '../scenario/schema';
import { ProjectDraft } from '../projects/schema';
import { dutchIssues } from './dutchIssues';
import { findUnsafeCharacter, safeText, unsafeCharacterOf, unsafeCharacterText } from './safeText';

describe('the text rule', () => {
  it.each([
    ['a\u0007b', { kind: 'control', codePoint: 0x07, position: 2 }],
    ['\u0000', { kind: 'control', codePoint: 0, position: 1 }],
    ['tab\there', { kind: 'control', codePoint: 0x09, position: 4 }],
    ['x\u007F', { kind: 'control', codePoint: 0x7f, position: 2 }],
    ['x\u009B', { kind: 'control', codePoint: 0x9b, position: 2 }],
    ['😀\uD800', { kind: 'surrogate', codePoint: 0xd800, position: 2 }],
    ['\uDC00', { kind: 'surrogate', codePoint: 0xdc00, position: 1 }],
    ['ab\uFFFF', { kind: 'noncharacter', codePoint: 0xffff, position: 3 }],
    ['\uFFFE', { kind: 'noncharacter', codePoint: 0xfffe, position: 1 }],
    ['\uFDD0', { kind: 'noncharacter', codePoint: 0xfdd0, position: 1 }],
    ['\u{1FFFF}', { kind: 'noncharacter', codePoint: 0x1ffff, position: 1 }],
  ])('%j is refused', (text, found) => {
    expect(findUnsafeCharacter(text)).toEqual(found);
  });

  it('accepts letters, emoji, U+FFFD; tab and line breaks only in a multi-line text', () => {
    expect(findUnsafeCharacter('Hoog tempo — 2030 € é 😀 \uFFFD \u00A0')).toBeNull();
    expect(findUnsafeCharacter('regel 1\r\n\tregel 2', { multiline: true })).toBeNull();
    expect(findUnsafeCharacter('regel 1\nregel 2')?.codePoint).toBe(0x0a);
    expect(findUnsafeCharacter('x\u0007', { multiline: true })?.codePoint).toBe(0x07);
  });

  it('words the refusal in Dutch (and English) naming the code point and the position', () => {
    const parsed = ScenarioName.safeParse('Hoog\u0007tempo');
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(dutchIssues(parsed.error)).toEqual(['invoer: De naam bevat een onzichtbaar stuurteken (U+0007) op positie 5; haal het weg.']);
    const facts = unsafeCharacterOf(parsed.error.issues[0]!);
    expect(facts && unsafeCharacterText(facts, facts.field, 'en-GB')).toBe('The name contains an invisible control character (U+0007) at position 5; remove it.');
    expect(safeText({ max: 10 }).safeParse('12345678901').success).toBe(false);
  });

  it('applies to project name and note, and placement labels on writing', () => {
    const project = ProjectDraft.safeParse({ name: 'A\u0000', gemeente: 'GM0402', completionYear: 2028, status: 'idee', homes: { total: 1 }, note: 'x\uFFFE' });
    expect(project.success ? [] : dutchIssues(project.error)).toEqual([
      'name: De naam bevat een onzichtbaar stuurteken (U+0000) op positie 2; haal het weg.',
      'note: De toelichting bevat een teken dat geen tekst is (U+FFFE) op positie 2; haal het weg.',
    ]);
    const params = ScenarioParams.safeParse({ solidarity: { placements: [{ id: 'p1', type: 'keerpuntUnits', units: 1, gemeente: 'GM0402', year: 2027, label: '\u001b[31m' }] } });
    expect(params.success ? [] : dutchIssues(params.error)).toEqual(['solidarity.placements.0.label: Het label bevat een onzichtbaar stuurteken (U+001B) op positie 1; haal het weg.']);
  });
});
