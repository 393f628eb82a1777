import { useMemo, useState } from 'react';
import type { FigureView } from '../../../shared/dataset/figureView';
import type { Finding } from '../../../shared/checks/finding';
import { formatNumber } from '../../../shared/format/nl';
import { parseNumberText } from '../../../shared/scenario/setParam';
import { unwrap } from '../api/client';
import { useApp } from '../state/AppState';
import { ImportPanel } from '../components/ImportPanel';
import { HistoryPanel } from '../components/HistoryPanel';

const SEVERITY = {
  contradiction: { nl: 'Tegenstrijdig', en: 'Contradiction' },
  missing: { nl: 'Ontbreekt', en: 'Missing' },
  info: { nl: 'Info', en: 'Info' },
} as const;

const DOCUMENTS: Record<string, string> = {
  '000': "'Praatstuk' Onderlinge solidariteit B&O 2026–2033 (20-02-2025)",
  '001': "Memo 'Gezamenlijke opgaven' (18-10-2023)",
  '002': 'Voortgangsrapportage B&O 2022–2025, t/m 2023',
  '003': 'Onderzoek ambulantisering MO/BW (meting 2019)',
  '004': 'Regionale strategie woonzorgopgave (2025), Bijlage 1 en 2',
  analist: 'Invoer analist',
};

export function DataBronnen() {
  const { api, bundle, setBundle, locale } = useApp();
  const [tab, setTab] = useState<'cijfers' | 'inlezen' | 'wijzigingen'>('cijfers');
  const reload = async () => setBundle(await unwrap(api['dataset.get']({})));
  const nl = locale === 'nl-NL';
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

  const tabs = (
    <div className="tabs" role="tablist">
      {(['cijfers', 'inlezen', 'wijzigingen'] as const).map((t) => (
        <button key={t} role="tab" aria-selected={tab === t} className={tab === t ? 'active' : undefined} onClick={() => setTab(t)} data-testid={`tab-${t}`}>
          {{ cijfers: nl ? 'Cijfers en controles' : 'Figures and checks', inlezen: nl ? 'Inlezen' : 'Import', wijzigingen: nl ? 'Wijzigingen' : 'Changes' }[t]}
        </button>
      ))}
    </div>
  );
  if (tab === 'inlezen')
    return (
      <div className="screen" data-testid="screen-data">
        {tabs}
        <ImportPanel onApplied={reload} />
      </div>
    );
  if (tab === 'wijzigingen')
    return (
      <div className="screen" data-testid="screen-data">
        {tabs}
        <HistoryPanel onChanged={reload} version={bundle} />
      </div>
    );
  return (
    <div className="screen" data-testid="screen-data">
      {tabs}
      <section className="card">
        <h3>{nl ? `Controles op de gegevens (${contradictions.length} bevindingen)` : `Data checks (${contradictions.length} findings)`}</h3>
        <p className="note">
          {nl
            ? 'De bronnen spreken elkaar op enkele punten tegen. Het gedrukte cijfer blijft de standaard; in een scenario kan de andere lezing worden gekozen (Scenario’s → Alternatieve broncijfers).'
            : 'The sources contradict each other in places. The printed figure stays the default; a scenario can choose the other reading (Scenarios → Alternative source figures).'}
        </p>
        <ul className="findings" data-testid="findings">
          {contradictions.map((f) => (
            <FindingItem key={f.id} f={f} />
          ))}
        </ul>
        {infos.length > 0 && (
          <details>
            <summary>{nl ? `Lege cellen in de bron (${infos.length})` : `Empty cells in the source (${infos.length})`}</summary>
            <ul className="findings">
              {infos.map((f) => (
                <FindingItem key={f.id} f={f} />
              ))}
            </ul>
          </details>
        )}
      </section>
      <section className="card">
        <h3>{nl ? `Alle cijfers (${bundle.figures.length})` : `All figures (${bundle.figures.length})`}</h3>
        <div className="toolbar">
          <input type="search" placeholder={nl ? 'Zoek op reeks, gemeente of bron' : 'Search series, municipality or source'} aria-label={nl ? 'Zoeken' : 'Search'} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="figure-search" />
          <label className="check">
            <input type="checkbox" checked={onlyEdited} onChange={(e) => setOnlyEdited(e.target.checked)} /> {nl ? 'alleen gewijzigde cijfers' : 'edited figures only'}
          </label>
          <span className="note">{nl ? `${figures.length} getoond` : `${figures.length} shown`}</span>
        </div>
        <div className="table-wrap tall">
          <table className="results figures" data-testid="figures-table">
            <thead>
              <tr>
                <th>{nl ? 'Reeks' : 'Series'}</th>
                <th>{nl ? 'Gemeente' : 'Municipality'}</th>
                <th>{nl ? 'Periode / peildatum' : 'Period / reference date'}</th>
                <th>{nl ? 'Waarde' : 'Value'}</th>
                <th>{nl ? 'Bronwaarde' : 'Source value'}</th>
                <th>{nl ? 'Bron' : 'Source'}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {figures.slice(0, 400).map((v) => (
                <FigureRow key={v.figure.id} v={v} label={(nl ? seriesOf.get(v.figure.series)?.label : seriesOf.get(v.figure.series)?.labelEn) ?? v.figure.series} unit={seriesOf.get(v.figure.series)?.unit ?? ''} gemeente={v.figure.gemeente ? (gemeenteName.get(v.figure.gemeente) ?? v.figure.gemeente) : nl ? 'Regio' : 'Region'} />
              ))}
            </tbody>
          </table>
          {figures.length > 400 && <p className="note">{nl ? 'Verfijn de zoekopdracht om de overige cijfers te zien.' : 'Refine the search to see the other figures.'}</p>}
        </div>
        <h4>{nl ? 'Brondocumenten' : 'Source documents'}</h4>
        <dl className="facts">
          {Object.entries(DOCUMENTS).map(([id, title]) => (
            <div key={id}>
              <dt>{id}</dt>
              <dd>{title}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

function FindingItem({ f }: { f: Finding }) {
  const { locale } = useApp();
  const nl = locale === 'nl-NL';
  return (
    <li className={`finding ${f.severity}`} data-finding={f.id}>
      <span className={`badge ${f.severity}`}>{nl ? SEVERITY[f.severity].nl : SEVERITY[f.severity].en}</span> <strong>{f.title}</strong>
      <p>{f.message}</p>
      {f.figures.length > 0 && (
        <p className="involved">
          {nl ? 'Betrokken cijfers: ' : 'Figures involved: '}
          {f.figures.map((ff) => `${ff.role} = ${formatNumber(ff.value, 2, locale)}`).join('; ')}
        </p>
      )}
    </li>
  );
}

function FigureRow({ v, label, unit, gemeente }: { v: FigureView; label: string; unit: string; gemeente: string }) {
  const { api, setBundle, notify, locale } = useApp();
  const nl = locale === 'nl-NL';
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const f = v.figure;
  const period = f.peildatum ?? (f.periodFrom === f.periodTo ? String(f.periodFrom) : `${f.periodFrom}–${f.periodTo}`);

  const save = async () => {
    const value = text.trim() === '' ? null : parseNumberText(text);
    if (text.trim() !== '' && value === null) {
      setError(nl ? `"${text.trim()}" is geen getal.` : `"${text.trim()}" is not a number.`);
      return;
    }
    try {
      const previous = v.edit;
      setBundle(await unwrap(api['dataset.editFigure']({ figureId: f.id, value, note })));
      setEditing(false);
      notify({
        kind: 'info',
        text: nl ? `${label} (${gemeente}) gewijzigd; de controles en uitkomsten zijn bijgewerkt.` : `${label} (${gemeente}) changed; checks and results updated.`,
        action: {
          label: nl ? 'Ongedaan maken' : 'Undo',
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
          >
            <input type="text" inputMode="decimal" autoFocus aria-label={nl ? 'Nieuwe waarde' : 'New value'} value={text} onChange={(e) => setText(e.target.value)} data-testid="figure-value" />
            <input type="text" aria-label={nl ? 'Toelichting' : 'Note'} placeholder={nl ? 'toelichting (bron van de wijziging)' : 'note (source of the change)'} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
            <button type="submit">{nl ? 'Bewaar' : 'Save'}</button>
            <button type="button" onClick={() => setEditing(false)}>
              {nl ? 'Annuleer' : 'Cancel'}
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
            {v.edit?.note ? <span className="note"> — {v.edit.note}</span> : null}
          </>
        )}
      </td>
      <td>{v.edit !== null ? formatNumber(v.seedValue, 2, locale) : ''}</td>
      <td title={[f.source.place, f.source.quote, f.note].filter(Boolean).join('\n')}>
        {f.source.document} · {f.source.place}
      </td>
      <td className="actions">
        {!editing && (
          <button
            className="small"
            onClick={() => {
              setText(f.value === null ? '' : String(f.value).replace('.', nl ? ',' : '.'));
              setNote(v.edit?.note ?? '');
              setError(null);
              setEditing(true);
            }}
          >
            {nl ? 'Wijzig' : 'Edit'}
          </button>
        )}
        {v.edit !== null && !editing && (
          <button className="small" onClick={() => void revert()} data-testid={`revert-${f.id}`}>
            {nl ? 'Terug naar bron' : 'Revert'}
          </button>
        )}
      </td>
    </tr>
  );
}
