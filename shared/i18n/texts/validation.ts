import { defineTexts } from '../define';

/** Which field a refusal is about, so a message standing alone (a store refusal, a CLI line) still names it. */
export type TextField = 'name' | 'description' | 'note' | 'label' | 'text';
/** What kind of character a text may not hold (shared/validation/safeText.ts). */
export type UnsafeKind = 'control' | 'surrogate' | 'noncharacter';

type Validation = {
  field: Record<TextField, string>;
  kind: Record<UnsafeKind, string>;
  /** "De naam bevat een onzichtbaar stuurteken (U+0007) op positie 5; haal het weg." */
  unsafeCharacter: (p: { field: string; kind: string; codePoint: string; position: number }) => string;
};

export const validation = defineTexts<Validation>(
  {
    field: { name: 'De naam', description: 'De beschrijving', note: 'De toelichting', label: 'Het label', text: 'De tekst' },
    kind: { control: 'een onzichtbaar stuurteken', surrogate: 'een half (onvolledig) teken', noncharacter: 'een teken dat geen tekst is' },
    unsafeCharacter: (p) => `${p.field} bevat ${p.kind} (${p.codePoint}) op positie ${p.position}; haal het weg.`,
  },
  {
    field: { name: 'The name', description: 'The description', note: 'The note', label: 'The label', text: 'The text' },
    kind: { control: 'an invisible control character', surrogate: 'half a character (an incomplete one)', noncharacter: 'a character that is not text' },
    unsafeCharacter: (p) => `${p.field} contains ${p.kind} (${p.codePoint}) at position ${p.position}; remove it.`,
  },
);
