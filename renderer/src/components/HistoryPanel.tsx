import { useCallback, useEffect, useState } from 'react';
import type { Change, ImportBatch } from '../../../shared/history/schema';
import { changeLabel, changeSource } from '../../../shared/history/changeText';
import { formatNumber } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { unwrap } from '../api/client';
import { useApi, useLocale, useNotify } from '../state/AppState';

/** Every change to the dataset with old and new value and source; one change or a whole import can be reverted. */
export function HistoryPanel({ onChanged, version }: { onChanged: () => Promise<void>; version: unknown }) {
  const api = useApi();
  const locale = useLocale();
  const notify = useNotify();
  const t = texts(locale);
  const words = t.history;
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
      <h3>{words.heading(data.changes.length)}</h3>
      {data.imports.length > 0 && (
        <>
          <h4>{words.imports}</h4>
          <ul className="imports" data-testid="imports">
            {data.imports.map((b) => (
              <li key={b.id} data-import={b.fileName}>
                {b.id}. <strong>{b.fileName}</strong> ({words.importLine(t.imports.kind[b.kind].short, b.rowCount, b.importedAt.slice(0, 10), b.peildatum)}){' '}
                {b.revertedAt ? (
                  <span className="badge">{words.reverted}</span>
                ) : (
                  <button className="small" onClick={() => void run(() => unwrap(api['history.revertImport']({ id: b.id })), words.importReverted(b.fileName))} data-testid={`revert-import-${b.id}`}>
                    {words.revertImport}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {data.changes.length === 0 ? (
        <p className="note">{words.none}</p>
      ) : (
        <div className="table-wrap tall">
          <table className="results figures" data-testid="history-table">
            <thead>
              <tr>
                <th>{words.columns.time}</th>
                <th>{words.columns.what}</th>
                <th>{words.columns.action}</th>
                <th>{words.columns.old}</th>
                <th>{words.columns.new}</th>
                <th>{words.columns.source}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {data.changes.map((c) => {
                const label = changeLabel(locale, c);
                return (
                  <tr key={c.id} className={c.revertedBy !== null ? 'reverted' : undefined} data-change={c.id}>
                    <td>{new Date(c.at).toLocaleString(locale)}</td>
                    {/* A change whose states do not tell what it is about keeps its recorded Dutch label. */}
                    <td lang={c.subject ? undefined : 'nl'}>{label}</td>
                    <td>{words.action[c.action]}</td>
                    <td>{formatNumber(c.oldValue, 2, locale)}</td>
                    <td>{formatNumber(c.newValue, 2, locale)}</td>
                    <td>{changeSource(locale, c.source)}</td>
                    <td>
                      {c.revertedBy === null ? (
                        <button className="small" onClick={() => void run(() => unwrap(api['history.revertChange']({ id: c.id })), words.changeReverted(label))}>
                          {words.revert}
                        </button>
                      ) : (
                        <span className="note">{words.reverted}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
