import { useCallback, useEffect, useState } from 'react';
import type { Change, ImportBatch } from '../../../shared/history/schema';
import { formatNumber } from '../../../shared/format/nl';
import { unwrap } from '../api/client';
import { useApp } from '../state/AppState';

const KIND: Record<ImportBatch['kind'], string> = { realisation: 'realisatie', projects: 'projecten', figures: 'correcties' };
const ACTION: Record<Change['action'], string> = { edit: 'gewijzigd', revert: 'teruggezet naar bron', import: 'ingelezen', add: 'toegevoegd', update: 'bijgewerkt', delete: 'verwijderd', undo: 'teruggedraaid' };

/** Every change to the dataset with old and new value and source; one change or a whole import can be reverted. */
export function HistoryPanel({ onChanged, version }: { onChanged: () => Promise<void>; version: unknown }) {
  const { api, locale, notify } = useApp();
  const nl = locale === 'nl-NL';
  const [data, setData] = useState<{ changes: Change[]; imports: ImportBatch[] } | null>(null);
  const load = useCallback(async () => setData(await unwrap(api['history.list']({}))), [api]);
  useEffect(() => {
    void load();
  }, [load, version]);

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      await onChanged();
      await load();
      notify({ kind: 'info', text: done });
    } catch (e) {
      notify({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  if (!data) return null;
  return (
    <section className="card" data-testid="history-panel">
      <h3>{nl ? `Wijzigingen in de gegevens (${data.changes.length})` : `Changes to the data (${data.changes.length})`}</h3>
      {data.imports.length > 0 && (
        <>
          <h4>Imports</h4>
          <ul className="imports" data-testid="imports">
            {data.imports.map((b) => (
              <li key={b.id} data-import={b.fileName}>
                {b.id}. <strong>{b.fileName}</strong> ({nl ? KIND[b.kind] : b.kind}, {b.rowCount} {nl ? 'rijen' : 'rows'}, {b.importedAt.slice(0, 10)}
                {b.peildatum ? `, peildatum ${b.peildatum}` : ''}){' '}
                {b.revertedAt ? (
                  <span className="badge">{nl ? 'teruggedraaid' : 'reverted'}</span>
                ) : (
                  <button className="small" onClick={() => void run(() => unwrap(api['history.revertImport']({ id: b.id })), nl ? `Import ${b.fileName} teruggedraaid.` : 'Import reverted.')} data-testid={`revert-import-${b.id}`}>
                    {nl ? 'Hele import terugdraaien' : 'Revert import'}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {data.changes.length === 0 ? (
        <p className="note">{nl ? 'Nog geen wijzigingen: alle cijfers staan zoals in de bronnen.' : 'No changes yet.'}</p>
      ) : (
        <div className="table-wrap tall">
          <table className="results figures" data-testid="history-table">
            <thead>
              <tr>
                <th>{nl ? 'Tijd' : 'Time'}</th>
                <th>{nl ? 'Wat' : 'What'}</th>
                <th>{nl ? 'Actie' : 'Action'}</th>
                <th>{nl ? 'Oud' : 'Old'}</th>
                <th>{nl ? 'Nieuw' : 'New'}</th>
                <th>{nl ? 'Bron' : 'Source'}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {data.changes.map((c) => (
                <tr key={c.id} className={c.revertedBy !== null ? 'reverted' : undefined}>
                  <td>{new Date(c.at).toLocaleString(locale)}</td>
                  <td>{c.label}</td>
                  <td>{nl ? ACTION[c.action] : c.action}</td>
                  <td>{formatNumber(c.oldValue, 2, locale)}</td>
                  <td>{formatNumber(c.newValue, 2, locale)}</td>
                  <td>{c.source}</td>
                  <td>
                    {c.revertedBy === null ? (
                      <button className="small" onClick={() => void run(() => unwrap(api['history.revertChange']({ id: c.id })), nl ? `Wijziging teruggedraaid: ${c.label}.` : 'Change reverted.')}>
                        {nl ? 'Terugdraaien' : 'Revert'}
                      </button>
                    ) : (
                      <span className="note">{nl ? 'teruggedraaid' : 'reverted'}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
