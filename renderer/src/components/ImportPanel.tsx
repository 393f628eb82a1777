import { useState } from 'react';
import type { ImportPreview } from '../../../shared/api/contract';
import type { ImportKind } from '../../../shared/imports/types';
import { formatNumber } from '../../../shared/format/nl';
import { unwrap } from '../api/client';
import { saveBlob } from '../exports/download';
import { useApp } from '../state/AppState';

const KINDS: { kind: ImportKind; nl: string; en: string; help: string }[] = [
  { kind: 'realisation', nl: 'Realisatie per gemeente en jaar', en: 'Completions per municipality and year', help: 'Kolommen gemeente; jaar; opleveringen; sm_app (optioneel). Een nieuw jaar schuift het basisjaar op.' },
  { kind: 'projects', nl: 'Projecten', en: 'Projects', help: 'Eén project per rij: naam; gemeente; opleverjaar; status; woningen; en per categorie. Een project met dezelfde naam in dezelfde gemeente wordt bijgewerkt.' },
  { kind: 'figures', nl: 'Correcties op cijfers', en: 'Corrections to figures', help: 'Het sjabloon bevat alle cijfers met hun huidige waarde: pas de waarde aan en lees het terug in.' },
];

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Choose file → validation report per row and column → preview of the changes and of the new
 * findings → apply in one transaction. Nothing is written before "Inlezen".
 */
export function ImportPanel({ onApplied }: { onApplied: () => Promise<void> }) {
  const { api, locale, notify } = useApp();
  const nl = locale === 'nl-NL';
  const [kind, setKind] = useState<ImportKind>('realisation');
  const [file, setFile] = useState<File | null>(null);
  const [peildatum, setPeildatum] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const peildatumValid = peildatum === '' || /^\d{4}-\d{2}-\d{2}$/.test(peildatum);

  const payload = async () => {
    if (!file) throw new Error(nl ? 'Kies eerst een bestand.' : 'Choose a file first.');
    if (file.size > 10 * 1024 * 1024) throw new Error(nl ? `${file.name} is groter dan 10 MB.` : `${file.name} is larger than 10 MB.`);
    return { kind, fileName: file.name, base64: await toBase64(file), peildatum: peildatum === '' ? null : peildatum };
  };

  const check = async () => {
    setError(null);
    setPreview(null);
    setBusy(nl ? 'Bestand controleren…' : 'Checking the file…');
    try {
      setPreview(await unwrap(api['import.preview'](await payload())));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const apply = async () => {
    setBusy(nl ? 'Inlezen…' : 'Importing…');
    try {
      const r = await unwrap(api['import.apply'](await payload()));
      await onApplied();
      notify({ kind: 'info', text: nl ? `${file?.name ?? ''} ingelezen (import ${r.importId}, ${r.changes} wijzigingen). Terugdraaien kan onder Wijzigingen.` : `Imported (${r.changes} changes).` });
      setPreview(null);
      setFile(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const template = async () => {
    try {
      const t = await unwrap(api['import.template']({ kind }));
      saveBlob(new Blob([t.csv], { type: 'text/csv;charset=utf-8' }), t.fileName);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const errors = preview?.issues.filter((i) => i.severity === 'error') ?? [];
  const warnings = preview?.issues.filter((i) => i.severity === 'warning') ?? [];
  const info = KINDS.find((k) => k.kind === kind);

  return (
    <section className="card" data-testid="import-panel">
      <h3>{nl ? 'Gegevens inlezen (CSV of Excel)' : 'Import data (CSV or Excel)'}</h3>
      <div className="form-grid">
        <label className="form-field">
          <span>{nl ? 'Soort gegevens' : 'Kind of data'}</span>
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ImportKind);
              setPreview(null);
            }}
            data-testid="import-kind"
          >
            {KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {nl ? k.nl : k.en}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span>{nl ? 'Bestand' : 'File'}</span>
          <input
            type="file"
            accept=".csv,.txt,.xlsx"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setError(null);
            }}
            data-testid="import-file"
          />
        </label>
        <label className="form-field">
          <span>{nl ? 'Peildatum van de cijfers (jjjj-mm-dd)' : 'Reference date (yyyy-mm-dd)'}</span>
          <input type="text" value={peildatum} placeholder="2025-03-01" onChange={(e) => setPeildatum(e.target.value.trim())} aria-invalid={!peildatumValid} data-testid="import-peildatum" />
          {!peildatumValid && <span className="field-error">{nl ? 'Gebruik de vorm jjjj-mm-dd.' : 'Use yyyy-mm-dd.'}</span>}
        </label>
      </div>
      <p className="note">
        {info?.help}{' '}
        <button className="link small" onClick={() => void template()} data-testid="import-template">
          {nl ? 'Sjabloon downloaden' : 'Download template'}
        </button>
      </p>
      <div className="toolbar">
        <button onClick={() => void check()} disabled={!file || !peildatumValid || busy !== null} data-testid="import-check">
          {nl ? 'Controleren' : 'Check'}
        </button>
        {busy && <span className="progress" role="status">{busy}</span>}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <div className="import-preview" data-testid="import-preview">
          <p>
            <strong>{preview.fileName}</strong>: {nl ? `${preview.validRows} geldige rijen, ${errors.length} fouten, ${warnings.length} waarschuwingen.` : `${preview.validRows} valid rows, ${errors.length} errors, ${warnings.length} warnings.`}
          </p>
          {preview.issues.length > 0 && (
            <ul className="issues" data-testid="import-issues">
              {preview.issues.slice(0, 200).map((i, n) => (
                <li key={n} className={i.severity}>
                  {i.message}
                </li>
              ))}
            </ul>
          )}
          {errors.length === 0 && (
            <>
              <h4>{nl ? `Wat er verandert (${preview.changes.length}; ongewijzigd ${preview.unchanged})` : `Changes (${preview.changes.length})`}</h4>
              <table className="results compact" data-testid="import-changes">
                <tbody>
                  {preview.changes.map((c, n) => (
                    <tr key={n}>
                      <td>{c.label}</td>
                      <td>{c.kind === 'addFigure' || c.kind === 'addProject' ? (nl ? 'nieuw' : 'new') : formatNumber(c.oldValue, 2, locale)}</td>
                      <td>→ {formatNumber(c.newValue, 2, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.newFindings.length > 0 && (
                <>
                  <h4>{nl ? 'Nieuwe bevindingen van de controles na deze import' : 'New findings after this import'}</h4>
                  <ul className="issues">
                    {preview.newFindings.map((f) => (
                      <li key={f.id} className="warning">
                        <strong>{f.title}</strong>: {f.message}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {preview.resolvedFindings.length > 0 && (
                <p className="note">
                  {nl ? 'Opgelost door deze import: ' : 'Resolved: '}
                  {preview.resolvedFindings.map((f) => f.title).join('; ')}
                </p>
              )}
            </>
          )}
          <div className="toolbar">
            <button onClick={() => void apply()} disabled={!preview.canApply || busy !== null} data-testid="import-apply">
              {nl ? 'Inlezen' : 'Import'}
            </button>
            {!preview.canApply && <span className="note">{errors.length > 0 ? (nl ? 'Verbeter eerst de fouten; er is niets ingelezen.' : 'Fix the errors first.') : nl ? 'Dit bestand verandert niets.' : 'Nothing changes.'}</span>}
          </div>
        </div>
      )}
    </section>
  );
}
