import { useState } from 'react';
import type { ImportPreview } from '../../../shared/api/contract';
import { findingSourceText, findingText } from '../../../shared/checks/findingText';
import { subjectText } from '../../../shared/history/changeText';
import { texts } from '../../../shared/i18n/catalogue';
import { importIssueSourceText, importIssueText } from '../../../shared/imports/issueText';
import { IMPORT_KINDS, type ImportKind } from '../../../shared/imports/types';
import { formatNumber } from '../../../shared/format/nl';
import { unwrap } from '../api/client';
import { saveBlob } from '../exports/download';
import { useApi, useLocale, useNotify } from '../state/AppState';
import { Quoting } from './Quoting';

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
  const api = useApi();
  const locale = useLocale();
  const notify = useNotify();
  const words = texts(locale).imports;
  const [kind, setKind] = useState<ImportKind>('realisation');
  const [file, setFile] = useState<File | null>(null);
  const [peildatum, setPeildatum] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const peildatumValid = peildatum === '' || /^\d{4}-\d{2}-\d{2}$/.test(peildatum);

  const payload = async () => {
    if (!file) throw new Error(words.chooseFile);
    if (file.size > 10 * 1024 * 1024) throw new Error(words.fileTooLarge(file.name));
    return { kind, fileName: file.name, base64: await toBase64(file), peildatum: peildatum === '' ? null : peildatum };
  };

  const check = async () => {
    setError(null);
    setPreview(null);
    setBusy(words.checking);
    try {
      setPreview(await unwrap(api['import.preview'](await payload())));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const apply = async () => {
    setBusy(words.importing);
    try {
      const r = await unwrap(api['import.apply'](await payload()));
      await onApplied();
      notify({ kind: 'info', text: words.applied(file?.name ?? '', r.importId, r.changes) });
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

  return (
    <section className="card" data-testid="import-panel">
      <h3>{words.heading}</h3>
      <div className="form-grid">
        <label className="form-field wide">
          <span>{words.kindLabel}</span>
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ImportKind);
              setPreview(null);
            }}
            data-testid="import-kind"
          >
            {IMPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {words.kind[k].name}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span>{words.file}</span>
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
          <span>{words.peildatum}</span>
          <input type="text" value={peildatum} placeholder="2025-03-01" onChange={(e) => setPeildatum(e.target.value.trim())} aria-invalid={!peildatumValid} data-testid="import-peildatum" />
          {!peildatumValid && <span className="field-error">{words.peildatumFormat}</span>}
        </label>
      </div>
      <p className="note">
        {words.kind[kind].help}{' '}
        <button className="link small" onClick={() => void template()} data-testid="import-template">
          {words.template}
        </button>
      </p>
      <div className="toolbar">
        <button onClick={() => void check()} disabled={!file || !peildatumValid || busy !== null} data-testid="import-check">
          {words.check}
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
            <strong>{preview.fileName}</strong>: {words.summary(preview.validRows, errors.length, warnings.length)}
          </p>
          {preview.issues.length > 0 && (
            <ul className="issues" data-testid="import-issues">
              {preview.issues.slice(0, 200).map((i, n) => (
                <li key={n} className={i.severity}>
                  <Quoting text={importIssueText(locale, i)} quotes={importIssueSourceText(i)} />
                </li>
              ))}
            </ul>
          )}
          {errors.length === 0 && (
            <>
              <h4>{words.changesHeading(preview.changes.length, preview.unchanged)}</h4>
              <table className="results compact" data-testid="import-changes">
                <tbody>
                  {preview.changes.map((c, n) => (
                    <tr key={n}>
                      <td>{subjectText(locale, c.subject)}</td>
                      <td>{c.kind === 'addFigure' || c.kind === 'addProject' ? words.isNew : formatNumber(c.oldValue, 2, locale)}</td>
                      <td>→ {formatNumber(c.newValue, 2, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.newFindings.length > 0 && (
                <>
                  <h4>{words.newFindings}</h4>
                  <ul className="issues" data-testid="import-new-findings">
                    {preview.newFindings.map((f) => {
                      const { title, message } = findingText(locale, f);
                      return (
                        <li key={f.id} className="warning">
                          <strong>{title}</strong>: <Quoting text={message} quotes={findingSourceText(f)} />
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
              {preview.resolvedFindings.length > 0 && (
                <p className="note">
                  {words.resolved}: {preview.resolvedFindings.map((f) => findingText(locale, f).title).join('; ')}
                </p>
              )}
            </>
          )}
          <div className="toolbar">
            <button onClick={() => void apply()} disabled={!preview.canApply || busy !== null} data-testid="import-apply">
              {words.apply}
            </button>
            {!preview.canApply && <span className="note">{errors.length > 0 ? words.fixErrorsFirst : words.nothingChanges}</span>}
          </div>
        </div>
      )}
    </section>
  );
}
