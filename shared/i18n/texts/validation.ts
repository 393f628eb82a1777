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
  /** A refused request, worded at the field it concerns (shared/api/errors.ts); never a call's or a value's internal name. */
  refusal: {
    nameEmpty: string;
    tooLong: (field: string, max: string) => string;
    nameTaken: (name: string) => string;
    /** A setting of the scenario: its name in words, then what is wrong with its value. */
    setting: (label: string, detail: string) => string;
    atMost: (max: string) => string;
    atLeast: (min: string) => string;
    wholeNumber: string;
    notValid: string;
    /** Nothing more specific can be said: what the person can do. */
    general: string;
  };
};

export const validation = defineTexts<Validation>(
  {
    field: { name: 'De naam', description: 'De beschrijving', note: 'De toelichting', label: 'Het label', text: 'De tekst' },
    kind: { control: 'een onzichtbaar stuurteken', surrogate: 'een half (onvolledig) teken', noncharacter: 'een teken dat geen tekst is' },
    unsafeCharacter: (p) => `${p.field} bevat ${p.kind} (${p.codePoint}) op positie ${p.position}; haal het weg.`,
    refusal: {
      nameEmpty: 'Geef het scenario een naam.',
      tooLong: (field, max) => `${field} is te lang: hoogstens ${max} tekens. Maak de tekst korter.`,
      nameTaken: (name) => `Er is al een scenario met de naam ‘${name}’. Kies een andere naam.`,
      setting: (label, detail) => `${label}: ${detail}`,
      atMost: (max) => `de waarde mag hoogstens ${max} zijn.`,
      atLeast: (min) => `de waarde moet minstens ${min} zijn.`,
      wholeNumber: 'geef een geheel getal.',
      notValid: 'deze waarde kan niet worden opgeslagen; kies een andere.',
      general: 'Dit is niet uitgevoerd: een van de gegevens is niet geldig, en er is niets gewijzigd. Controleer wat u invulde en probeer het opnieuw.',
    },
  },
  {
    field: { name: 'The name', description: 'The description', note: 'The note', label: 'The label', text: 'The text' },
    kind: { control: 'an invisible control character', surrogate: 'half a character (an incomplete one)', noncharacter: 'a character that is not text' },
    unsafeCharacter: (p) => `${p.field} contains ${p.kind} (${p.codePoint}) at position ${p.position}; remove it.`,
    refusal: {
      nameEmpty: 'Give the scenario a name.',
      tooLong: (field, max) => `${field} is too long: at most ${max} characters. Shorten it.`,
      nameTaken: (name) => `There is already a scenario called ‘${name}’. Choose another name.`,
      setting: (label, detail) => `${label}: ${detail}`,
      atMost: (max) => `the value can be at most ${max}.`,
      atLeast: (min) => `the value must be at least ${min}.`,
      wholeNumber: 'enter a whole number.',
      notValid: 'this value cannot be saved; choose another.',
      general: 'This was not done: one of the entries is not valid, and nothing was changed. Check what you entered and try again.',
    },
  },
);
