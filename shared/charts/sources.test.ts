import { describe, expect, it } from 'vitest';
import { firstPart } from './sources';

describe('a source place cut at its first comma outside quotes and brackets', () => {
  it('keeps a quoted place with a comma inside whole, so its quote and bracket stay balanced', () => {
    expect(firstPart("'Inwonersaantallen per gemeente (peildatum: 1 januari 2024, bron: CBS)'")).toBe("'Inwonersaantallen per gemeente (peildatum: 1 januari 2024, bron: CBS)'");
    expect(firstPart('Tabel 5 (meting 2019, regio), kolom inwoners')).toBe('Tabel 5 (meting 2019, regio)');
  });
  it('cuts at a comma at the top level', () => {
    expect(firstPart("Bijlage 2, tabel 'Indicatief bouwprogramma per gemeente'")).toBe('Bijlage 2');
    expect(firstPart("§1.3 kader 'Wooncijfers'; herhaald in Bijlage 1 'De woonzorgopgave'")).toBe("§1.3 kader 'Wooncijfers'; herhaald in Bijlage 1 'De woonzorgopgave'");
  });
});
