import { useMemo } from 'react';
import { defaultMapFigures, type MapFigure } from '../../../../shared/charts/map/figures';
import type { LedgerType } from '../../../../shared/result/ledger';
import { PlacementsBalanceChart } from '../../charts/PlacementsBalanceChart';
import { RegionMap } from '../../charts/RegionMap';
import { NormsTable } from '../NormsTable';
import { useLocale, useMessages, useResult } from '../../state/AppState';
import { ledgerSeries } from './ledgerSources';

/**
 * What others built for solidarity, placed here: the map (with the ledger's difference per 10 000
 * for the chosen type among its figures), the norms monitor, and the aandachtsgroepen placements
 * against the task.
 */
export function SolidarityMore({ type, types }: { type: LedgerType; types: readonly LedgerType[] }) {
  const result = useResult();
  const locale = useLocale();
  const words = useMessages().solidarity.map;
  const figures = useMemo((): MapFigure[] => {
    const label = locale === 'nl-NL' ? type.label : type.labelEn;
    const rows = new Map(type.rows.map((r) => [r.code, r.surplusPer10k]));
    const ledgerFigure: MapFigure = {
      id: `kaart-solidariteit-${type.type}`,
      label: words.label(label),
      unit: words.unit,
      value: (g) => rows.get(g.code) ?? null,
      decimals: 1,
      scale: 'diverging',
      source: { series: ledgerSeries(type, types) },
    };
    return [ledgerFigure, ...defaultMapFigures(locale)];
  }, [type, types, locale, words]);
  return (
    <>
      <RegionMap figures={figures} testId="solidarity-map" />
      <NormsTable norms={result.norms.norms} />
      <PlacementsBalanceChart result={result} />
    </>
  );
}
