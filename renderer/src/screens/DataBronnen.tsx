import { useMemo, useRef, useState } from 'react';
import type { FigureView } from '../../../shared/dataset/figureView';
import type { Finding } from '../../../shared/checks/finding';
import { figureRoleText, findingSourceText, findingText } from '../../../shared/checks/findingText';
import { formatNumber } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { SOURCE_DOCUMENTS } from '../../../shared/i18n/texts/sources';
import { parseNumberText } from '../../../shared/scenario/setParam';
import { unwrap } from '../api/client';
import { useApi, useBundle, useLocale, useNotify, useServer } from '../state/AppState';
import { ImportPanel } from '../components/ImportPanel';
import { HistoryPanel } from '../components/HistoryPanel';
import { BackupPanel } from '../components/BackupPanel';
import { Quoting } from '../components/Quoting';
import { FindingAlternatives } from '../components/FindingAlternatives';
import { useTabList } from '../hooks/useTabList';
import { closeOnEscape, useFocusReturn } from '../hooks/useFocusReturn';

const DATA_TABS = ['cijfers', 'inlezen', 'wijzigingen', 'reservekopieen'] as const;
type DataTab = (typeof DATA_TABS)[number];

export function DataBronnen() {
  const api = useApi();
  const bundle = useBundle();
  const setBundle = useServer((s) => s.setBundle);
  const locale = useLocale();
  const [tab, setTab] = useState<DataTab>('cijfers');
  const reload = async () => setBundle(await unwrap(api['dataset.get']({})));
  const refreshScenarios = useServer((s) => s.refreshScenarios);
  // A restored backup changes the scenarios as well as the figures.
  const reloadAll = async () => {
    await reload();
    await refreshScenarios();
  };
  const nl = locale === 'nl-NL';
  const t = texts(locale);
  const words = t.dataScreen;
  const [query, setQuery] = useState('');
  const [onlyEdited, setOnlyEdited] = useState(false);
  const gemeenteName = useMemo(() => new Map(bundle.gemeenten.map((g) => [g.code, g.name])), [bundle.gemeenten]);
  const seriesOf = useMemo(() => new Map(bundle.series.map((s) => [s.id, s])), [bundle.series]);
  const q = query.trim().toLocaleLowerCase('nl-NL');
  const figures = bundle.figures.filter((v) => {
    if (onlyEdited && v.edit === null) return false;
    if (!q) return true;
    const s = seriesOf.get(v.figure.series);
    return [v.figure.id, s?.label, s?.labelEn, gemeenteName.get(v.figure.gemeente ?? ''), v.figure.source.place, v.figure.source.document].some((x) => x?.toLocaleLowerCase('nl-NL').includes(q));
  });
  const contradictions = bundle.findings.filter((f) => f.severity !== 'info');
  const infos = bundle.findings.filter((f) => f.severity === 'info');

  const tabList = useTabList({ id: 'data', keys: DATA_TABS, selected: tab, onSelect: setTab, label: t.screens.data });
  const tabs = (
    <div className="tabs" {...tabList.list}>
      {DATA_TABS.map((key) => (
        <button key={key} {...tabList.tab(key)} className={tab === key ? 'active' : undefined} data-testid={`tab-${key}`}>
          {key === 'reservekopieen' ? t.backups.screen.tab : words.tabs[key]}
        </button>
      ))}
    </div>
  );
  if (tab === 'inlezen')
    return (
      <div className="screen" data-testid="screen-data">
        {tabs}
        <div className="tab-panel" {...tabList.panel(tab)}>
          <ImportPanel onApplied={reload} />
        </div>
      </div>
    );
  if (tab === 'reservekopieen')
    return (
      <div className="screen" data-testid="screen-data">
        {tabs}
        <div className="tab-panel" {...tabList.panel(tab)}>
          <BackupPanel onRestored={reloadAll} />
        </div>
      </div>
    );
  if (tab === 'wijzigingen')
    return (
      <div className="screen" data-testid="screen-data">
        {tabs}
        <div className="tab-panel" {...tabList.panel(tab)}>
          <HistoryPanel onChanged={reload} version={bundle} />
        </div>
      </div>
    );
  return (
    <div className="screen" data-testid="screen-data">
      {tabs}
      <div className="tab-panel" {...tabList.panel(tab)}>
        <section className="card">
          <h3>{words.checksHeading(contradictions.length)}</h3>
          <p className="note">{words.checksNote}</p>
          <ul className="findings" data-testid="findings">
            {contradictions.map((f) => (
              <FindingItem key={f.id} f={f} />
            ))}
          </ul>
          {infos.length > 0 && (
            <details>
              <summary>{words.emptyCells(infos.length)}</summary>
              <ul className="findings">
                {infos.map((f) => (
                  <FindingItem key={f.id} f={f} />
                ))}
              </ul>
            </details>
          )}
        </section>
        <section className="card">
          <h3>{words.allFigures(bundle.figures.length)}</h3>
          <div className="toolbar">
            <input type="search" placeholder={words.searchPlaceholder} aria-label={words.search} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="figure-search" />
            <label className="check">
              <input type="checkbox" checked={onlyEdited} onChange={(e) => setOnlyEdited(e.target.checked)} /> {words.onlyEdited}
            </label>
            <span className="note">{words.shown(figures.length)}</span>
          </div>
          <div className="table-wrap tall">
            <table className="results figures" data-testid="figures-table">
              <thead>
                <tr>
                  <th>{words.columns.series}</th>
                  <th>{words.columns.gemeente}</th>
                  <th>{words.columns.period}</th>
                  <th>{words.columns.value}</th>
                  <th>{words.columns.seedValue}</th>
                  <th>{words.columns.source}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {figures.slice(0, 400).map((v) => {
                  const series = seriesOf.get(v.figure.series);
                  const unit = series?.unit ?? '';
                  return (
                    <FigureRow
                      key={v.figure.id}
                      v={v}
                      label={(nl ? series?.label : series?.labelEn) ?? v.figure.series}
                      unit={(t.terms.unit as Readonly<Record<string, string>>)[unit] ?? unit}
                      gemeente={v.figure.gemeente ? (gemeenteName.get(v.figure.gemeente) ?? v.figure.gemeente) : words.region}
                    />
                  );
                })}
              </tbody>
            </table>
            {figures.length > 400 && <p className="note">{words.refine}</p>}
          </div>
          <h4>{words.documents}</h4>
          <dl className="facts sources" data-testid="source-documents">
            {Object.entries(SOURCE_DOCUMENTS).map(([id, title]) => (
              <div key={id}>
                <dt>{id}</dt>
                <dd>
                  <span lang="nl">{title}</span>
                  <br />
                  <span className="note">{t.sources.about[id as keyof typeof SOURCE_DOCUMENTS]}</span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </div>
  );
}

function FindingItem({ f }: { f: Finding }) {
  const locale = useLocale();
  const words = texts(locale).findings;
  const { title, message } = findingText(locale, f);
  return (
    <li className={`finding ${f.severity}`} data-finding={f.id}>
      <span className={`badge ${f.severity}`}>{words.severity[f.severity]}</span> <strong>{title}</strong>
      <p>
        <Quoting text={message} quotes={findingSourceText(f)} />
      </p>
      {f.figures.length > 0 && (
        <p className="involved">
          {words.involved}: {f.figures.map((ff) => `${figureRoleText(locale, ff.role)} = ${formatNumber(ff.value, 2, locale)}`).join('; ')}
        </p>
      )}
      <FindingAlternatives finding={f} />
    </li>
  );
}

function FigureRow({ v, label, unit, gemeente }: { v: FigureView; label: string; unit: string; gemeente: string }) {
  const api = useApi();
  const setBundle = useServer((s) => s.setBundle);
  const notify = useNotify();
  const locale = useLocale();
  const nl = locale === 'nl-NL';
  const words = texts(locale).dataScreen;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Esc, cancel or save: the focus goes back to this row's edit button (shown again once the form closes).
  const editButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(editing, editButton);
  const f = v.figure;
  const period = f.peildatum ?? (f.periodFrom === f.periodTo ? String(f.periodFrom) : `${f.periodFrom}–${f.periodTo}`);

  const save = async () => {
    const value = text.trim() === '' ? null : parseNumberText(text);
    if (text.trim() !== '' && value === null) {
      setError(words.notANumber(text.trim()));
      return;
    }
    try {
      const previous = v.edit;
      setBundle(await unwrap(api['dataset.editFigure']({ figureId: f.id, value, note })));
      setEditing(false);
      notify({
        kind: 'info',
        text: words.changed(label, gemeente),
        action: {
          label: words.undo,
          run: () =>
            void unwrap(previous ? api['dataset.editFigure']({ figureId: f.id, value: previous.value, note: previous.note }) : api['dataset.revertFigure']({ figureId: f.id })).then(setBundle),
        },
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const revert = async () => {
    try {
      setBundle(await unwrap(api['dataset.revertFigure']({ figureId: f.id })));
    } catch (e) {
      notify({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <tr className={v.edit !== null ? 'edited' : undefined} data-figure={f.id}>
      <td title={f.id}>{label}</td>
      <td>{gemeente}</td>
      <td>{period}</td>
      <td>
        {editing ? (
          <form
            className="inline-edit"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
            onKeyDown={closeOnEscape(() => setEditing(false))}
          >
            <input type="text" inputMode="decimal" autoFocus aria-label={words.newValue} value={text} onChange={(e) => setText(e.target.value)} data-testid="figure-value" />
            <input type="text" aria-label={words.note} placeholder={words.notePlaceholder} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
            <button type="submit">{words.save}</button>
            <button type="button" onClick={() => setEditing(false)}>
              {words.cancel}
            </button>
            {error && (
              <span className="field-error" role="alert">
                {error}
              </span>
            )}
          </form>
        ) : (
          <>
            {formatNumber(f.value, 2, locale)} <span className="unit-label">{unit}</span>
            {v.edit?.note ? (
              <span className="note">
                {' — '}
                <span lang="nl">{v.edit.note}</span>
              </span>
            ) : null}
          </>
        )}
      </td>
      <td>{v.edit !== null ? formatNumber(v.seedValue, 2, locale) : ''}</td>
      <td>
        {f.source.document === 'analist' ? texts(locale).sources.analyst : f.source.document} ·{' '}
        {/* The place, the quote and the note are the Dutch source's own words, the tooltip too. */}
        <span lang="nl" title={[f.source.place, f.source.quote, f.note].filter(Boolean).join('\n')}>
          {f.source.place}
        </span>
      </td>
      <td className="actions">
        {!editing && (
          <button
            ref={editButton}
            className="small"
            onClick={() => {
              setText(f.value === null ? '' : String(f.value).replace('.', nl ? ',' : '.'));
              setNote(v.edit?.note ?? '');
              setError(null);
              setEditing(true);
            }}
          >
            {words.edit}
          </button>
        )}
        {v.edit !== null && !editing && (
          <button className="small" onClick={() => void revert()} data-testid={`revert-${f.id}`}>
            {words.revert}
          </button>
        )}
      </td>
    </tr>
  );
}
