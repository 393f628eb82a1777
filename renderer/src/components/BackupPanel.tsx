import { useCallback, useEffect, useState } from 'react';
import { backupTime, type BackupList } from '../../../shared/backups/schema';
import { formatNumber } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { unwrap } from '../api/client';
import { useApi, useLocale, useNotify } from '../state/AppState';

/** Data & bronnen → Reservekopieën: the store's backups, newest first, each with a restore button. */
export function BackupPanel({ onRestored }: { onRestored: () => Promise<void> }) {
  const api = useApi();
  const locale = useLocale();
  const notify = useNotify();
  const words = texts(locale).backups;
  const [data, setData] = useState<BackupList | null>(null);
  const load = useCallback(async () => setData(await unwrap(api['backups.list']({}))), [api]);
  useEffect(() => {
    void load();
  }, [load]);

  const restore = async (id: string, when: string) => {
    if (!window.confirm(words.screen.confirm(id, when))) return;
    try {
      const { safety } = await unwrap(api['backups.restore']({ id }));
      await onRestored();
      await load();
      notify({ kind: 'info', text: words.screen.restored(id, safety?.id ?? null) });
    } catch (e) {
      notify({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  if (!data) return null;
  return (
    <section className="card" data-testid="backup-panel">
      <h3>{words.screen.heading(data.backups.length)}</h3>
      <p className="note">{words.screen.note(data.folder)}</p>
      {data.backups.length === 0 ? (
        <p className="note">{words.screen.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="results" data-testid="backup-table">
            <thead>
              <tr>
                <th>{words.screen.columns.id}</th>
                <th>{words.screen.columns.time}</th>
                <th>{words.screen.columns.reason}</th>
                <th>{words.screen.columns.size}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {data.backups.map((b) => {
                const when = backupTime(b.at, locale);
                return (
                  <tr key={b.id} data-backup={b.id}>
                    <td>
                      <code>{b.id}</code>
                    </td>
                    <td>{when}</td>
                    <td>{words.reason[b.reason]}</td>
                    <td>{formatNumber(b.size / 1_000_000, 1, locale)} MB</td>
                    <td>
                      <button className="small" onClick={() => void restore(b.id, when)} data-testid={`restore-${b.id}`}>
                        {words.screen.restore}
                      </button>
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
