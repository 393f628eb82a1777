import { useMemo, useState } from 'react';
import type { Finding } from '../../../shared/checks/finding';
import { figureRoleText, findingSourceText, findingText } from '../../../shared/checks/findingText';
import { formatNumber } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { SOURCE_DOCUMENTS } from '../../../shared/i18n/texts/sources';
import { unwrap } from '../api/client';
import { useApi, useBundle, useLocale, useServer } from '../state/AppState';
import { ImportPanel } from '../components/ImportPanel';
import { HistoryPanel } from '../components/HistoryPanel';
import { BackupPanel } from '../components/BackupPanel';
import { Quoting } from '../components/Quoting';
import { FindingAlternatives } from '../components/FindingAlternatives';
import { useTabList } from '../hooks/useTabList';
import { FigureList } from '../components/FigureList';

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
          <FigureList figures={figures} seriesOf={seriesOf} gemeenteName={gemeenteName} />
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
