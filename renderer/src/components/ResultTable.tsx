import type { GemeenteResult, Result } from '../../../shared/result/schema';
import { useApp } from '../state/AppState';
import { homes, pace } from './format';

/** Per-gemeente table of the programme, elderly and aandachtsgroepen figures, with the region as total row. */
export function ResultTable({ result, onGemeente }: { result: Result; onGemeente?: (code: string) => void }) {
  const { t, locale } = useApp();
  const rows: { key: string; name: string; g: Pick<GemeenteResult, 'programme' | 'elderly' | 'aandachtsgroepen'>; total?: boolean }[] = [
    ...result.gemeenten.map((g) => ({ key: g.code, name: g.name, g })),
    { key: 'regio', name: t.table.region, g: result.region, total: true },
  ];
  const nd = <span className="nodata" title={t.table.noData}>–</span>;
  return (
    <div className="table-wrap">
      <table className="results" data-testid="result-table">
        <thead>
          <tr>
            <th scope="col">{t.table.gemeente}</th>
            <th scope="col">{t.table.target}</th>
            <th scope="col">{t.table.realised}</th>
            <th scope="col">{t.table.currentPace}</th>
            <th scope="col">{t.table.scenarioPace}</th>
            <th scope="col">{t.table.projected2030}</th>
            <th scope="col">{t.table.gap2030}</th>
            <th scope="col">{t.table.requiredPace}</th>
            <th scope="col">{t.table.catchUpYear}</th>
            <th scope="col">{t.table.elderlyGap}</th>
            <th scope="col">{t.table.aandachtsPerYear}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name, g, total }) => {
            const p = g.programme;
            return (
              <tr key={key} className={total ? 'total' : undefined} data-gemeente={key}>
                <th scope="row">{onGemeente && !total ? <button className="link" onClick={() => onGemeente(key)}>{name}</button> : name}</th>
                <td>{p ? homes(p.target, locale) : nd}</td>
                <td>{p ? homes(p.realised, locale) : nd}</td>
                <td>{p ? pace(p.currentPace, locale) : nd}</td>
                <td>{p ? pace(p.scenarioPace, locale) : nd}</td>
                <td>{p ? homes(p.projected2030, locale) : nd}</td>
                <td className={p && p.gap2030 > 0 ? 'bad' : 'good'} data-col="gap2030">{p ? homes(p.gap2030, locale) : nd}</td>
                <td>{p ? pace(p.requiredPace, locale) : nd}</td>
                <td>{p ? (p.catchUpYear ?? t.table.after2040) : nd}</td>
                <td>{g.elderly ? homes(g.elderly.total.gap, locale) : nd}</td>
                <td>{pace(g.aandachtsgroepen.taskPerYear, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
