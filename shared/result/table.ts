import type { GemeenteResult, RegionResult, Result } from './schema';

/**
 * The per-gemeente result table, defined once: the command line's table and CSV and (later)
 * the UI tables and exports take their columns from here.
 */
type Row = { code: string; name: string } & Pick<GemeenteResult, 'programme' | 'affordable' | 'elderly' | 'aandachtsgroepen'>;

export type Column = {
  key: string;
  label: string;
  unit: 'woningen' | 'woningen/jaar' | 'jaar' | 'aandeel' | 'gewicht' | '';
  value: (row: Row) => number | string | null;
};

export const RESULT_COLUMNS: readonly Column[] = [
  { key: 'code', label: 'CBS-code', unit: '', value: (r) => r.code },
  { key: 'gemeente', label: 'Gemeente', unit: '', value: (r) => r.name },
  { key: 'programma_doel', label: 'Programma 2022–2030', unit: 'woningen', value: (r) => r.programme?.target ?? null },
  { key: 'gerealiseerd', label: 'Gerealiseerd', unit: 'woningen', value: (r) => r.programme?.realised ?? null },
  { key: 'basisjaar', label: 'Gerealiseerd t/m', unit: 'jaar', value: (r) => r.programme?.baseYear ?? null },
  { key: 'tempo_huidig', label: 'Huidig tempo', unit: 'woningen/jaar', value: (r) => r.programme?.currentPace ?? null },
  { key: 'tempo_scenario', label: 'Tempo scenario', unit: 'woningen/jaar', value: (r) => r.programme?.scenarioPace ?? null },
  { key: 'prognose_2030', label: 'Prognose 2030', unit: 'woningen', value: (r) => r.programme?.projected2030 ?? null },
  { key: 'tekort_2030', label: 'Tekort 2030', unit: 'woningen', value: (r) => r.programme?.gap2030 ?? null },
  { key: 'tempo_nodig', label: 'Nodig tempo', unit: 'woningen/jaar', value: (r) => r.programme?.requiredPace ?? null },
  { key: 'inhaaljaar', label: 'Doel gehaald in', unit: 'jaar', value: (r) => r.programme?.catchUpYear ?? null },
  { key: 'betaalbaar_doel', label: 'Laag en midden: doel', unit: 'woningen', value: (r) => r.affordable?.target ?? null },
  { key: 'betaalbaar_gerealiseerd_ondergrens', label: 'Laag en midden: gerealiseerd (ondergrens, S+M app)', unit: 'woningen', value: (r) => r.affordable?.realised ?? null },
  { key: 'betaalbaar_prognose_2030', label: 'Laag en midden: prognose 2030', unit: 'woningen', value: (r) => r.affordable?.projected2030 ?? null },
  { key: 'betaalbaar_tekort_2030', label: 'Laag en midden: tekort 2030', unit: 'woningen', value: (r) => r.affordable?.gap2030 ?? null },
  { key: 'nultreden_behoefte', label: 'Nultreden: behoefte', unit: 'woningen', value: (r) => r.elderly?.nultreden.need ?? null },
  { key: 'nultreden_aanbod', label: 'Nultreden: aanbod', unit: 'woningen', value: (r) => r.elderly?.nultreden.supply ?? null },
  { key: 'nultreden_tekort', label: 'Nultreden: tekort', unit: 'woningen', value: (r) => r.elderly?.nultreden.gap ?? null },
  { key: 'geclusterd_behoefte', label: 'Geclusterd: behoefte', unit: 'woningen', value: (r) => r.elderly?.geclusterd.need ?? null },
  { key: 'geclusterd_aanbod', label: 'Geclusterd: aanbod', unit: 'woningen', value: (r) => r.elderly?.geclusterd.supply ?? null },
  { key: 'geclusterd_tekort', label: 'Geclusterd: tekort', unit: 'woningen', value: (r) => r.elderly?.geclusterd.gap ?? null },
  { key: 'zorggeschikt_behoefte', label: 'Zorggeschikt: behoefte', unit: 'woningen', value: (r) => r.elderly?.zorggeschikt.need ?? null },
  { key: 'zorggeschikt_aanbod', label: 'Zorggeschikt: aanbod', unit: 'woningen', value: (r) => r.elderly?.zorggeschikt.supply ?? null },
  { key: 'zorggeschikt_tekort', label: 'Zorggeschikt: tekort', unit: 'woningen', value: (r) => r.elderly?.zorggeschikt.gap ?? null },
  { key: 'ouderen_tekort_totaal', label: 'Ouderen: tekort totaal', unit: 'woningen', value: (r) => r.elderly?.total.gap ?? null },
  { key: 'benodigd_aandeel_ouderen', label: 'Benodigd aandeel ouderengeschikt', unit: 'aandeel', value: (r) => r.elderly?.requiredShare ?? null },
  { key: 'aandachtsgroepen_gewicht', label: 'Aandachtsgroepen: gewicht', unit: 'gewicht', value: (r) => r.aandachtsgroepen.weight },
  { key: 'aandachtsgroepen_per_jaar', label: 'Aandachtsgroepen: taak per jaar', unit: 'woningen/jaar', value: (r) => r.aandachtsgroepen.taskPerYear },
  { key: 'aandachtsgroepen_cumulatief', label: 'Aandachtsgroepen: taak cumulatief', unit: 'woningen', value: (r) => r.aandachtsgroepen.taskCumulative },
];

export function regionRow(region: RegionResult): Row {
  return { code: 'regio', name: 'Regio Gooi en Vechtstreek', ...region };
}

/** Gemeenten in result order, then the region. */
export function resultRows(result: Result): Row[] {
  return [...result.gemeenten, regionRow(result.region)];
}
