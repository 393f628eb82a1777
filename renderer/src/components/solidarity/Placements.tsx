import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../../../shared/format/nl';
import type { Ledger } from '../../../../shared/result/ledger';
import { freePlacementId } from '../../../../shared/scenario/plannedPlacements';
import type { Placement } from '../../../../shared/scenario/schema';
import { useLocale, useMessages, useNotify, useParams } from '../../state/AppState';
import { PlacementForm } from './PlacementForm';
import { usePlacements } from './usePlacements';

type Props = {
  ledger: Ledger;
  gemeenten: readonly { code: string; name: string }[];
  /** After a save, the ledger shows the type placed. */
  onPlaced: (type: string) => void;
};

/**
 * The scenario's planned placements: what, where, when, its status, whether it counts (and why not),
 * a switch to leave it out, edit and remove; and the form to add one. Closing the form (Esc, cancel
 * or save) returns focus to the button that opened it.
 */
export function Placements({ ledger, gemeenten, onPlaced }: Props) {
  const locale = useLocale();
  const { solidarity, report } = useMessages();
  const words = solidarity.placements;
  const notify = useNotify();
  const horizon = useParams().horizon;
  const { editable, list, put, remove, toggle } = usePlacements();
  const [editing, setEditing] = useState<Placement | 'new' | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (editing !== null) {
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    // The opener may be gone (a removed row): then the add button.
    const back = opener.current?.isConnected ? opener.current : addButton.current;
    back?.focus();
  }, [editing]);
  const open = (what: Placement | 'new') => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing(what);
  };

  const types = ledger.types.map((t) => ({ type: t.type, label: locale === 'nl-NL' ? t.label : t.labelEn }));
  const typeName = (type: string) => types.find((t) => t.type === type)?.label ?? type;
  const nameOf = (code: string | null) => (code === null ? '–' : (gemeenten.find((g) => g.code === code)?.name ?? code));
  const status = new Map(ledger.placements.map((p) => [p.id, p]));
  const refused = (issues: ReturnType<typeof toggle>) => {
    if (issues) notify({ kind: 'error', text: issues.map((i) => i.message).join(' ') });
  };

  return (
    <section className="card placements" aria-labelledby="placements-heading" data-testid="placements">
      <div className="heading-row">
        <h3 id="placements-heading">{words.heading}</h3>
        {editable && (
          <button ref={addButton} type="button" onClick={() => open('new')} disabled={editing !== null} data-testid="placement-add">
            {words.add}
          </button>
        )}
      </div>
      {editing && (
        <PlacementForm
          key={editing === 'new' ? 'new' : editing.id}
          placement={editing === 'new' ? null : editing}
          types={types}
          gemeenten={gemeenten}
          defaultYear={horizon}
          newId={freePlacementId(list)}
          onSave={(p) => {
            const issues = put(p);
            if (issues) return issues;
            setEditing(null);
            onPlaced(p.type);
            return null;
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {list.length === 0 ? (
        <p className="note" data-testid="placements-none">
          {words.none}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="results wrap placements-table" data-testid="placements-table">
            <thead>
              <tr>
                {Object.entries(words.columns).map(([k, header]) => (
                  <th key={k} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.map((p) => {
                const s = status.get(p.id);
                const name = s?.name ?? p.label;
                return (
                  <tr key={p.id} data-placement={p.id} className={p.active ? undefined : 'inactive'}>
                    <td>
                      {name}
                      {p.source !== null && <span className="badge">{words.fromSource}</span>}
                    </td>
                    <td>{typeName(p.type)}</td>
                    <td>{words.action[p.action]}</td>
                    <td>{formatNumber(p.units, 0, locale)}</td>
                    <td>{p.action === 'move' ? words.moveWhere(nameOf(p.from), nameOf(p.gemeente)) : nameOf(p.gemeente)}</td>
                    <td>{p.year}</td>
                    <td>{solidarity.status[p.status]}</td>
                    <td data-col="counted">{s?.counted ? words.counted : report.ledger.notCounted[s?.reason ?? 'inactive']}</td>
                    <td>
                      <input type="checkbox" role="switch" checked={p.active} disabled={!editable} onChange={() => refused(toggle(p.id))} aria-label={words.activeOf(name)} data-testid={`placement-active-${p.id}`} />
                    </td>
                    <td className="actions">
                      {editable && (
                        <>
                          <button type="button" className="small" onClick={() => open(p)} aria-label={words.editOf(name)} disabled={editing !== null}>
                            {words.edit}
                          </button>{' '}
                          <button type="button" className="small danger" onClick={() => refused(remove(p.id))} aria-label={words.removeOf(name)} data-testid={`placement-remove-${p.id}`}>
                            {words.remove}
                          </button>
                        </>
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
