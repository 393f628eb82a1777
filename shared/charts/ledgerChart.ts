import { formatSigned, type Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import type { LedgerType } from '../result/ledger';
import { baseLayout, type ChartSpec } from './chartSpec';
import { EN, NL } from '../i18n/format';
import { chartText, largest } from './labels';
import { SERIES_COLOURS } from './palette';

/**
 * Solidariteit (MODEL §5.4): per gemeente the difference from its fair share of one facility type
 * (or of all types together), per 10 000 inhabitants; beside it the same after the scenario's
 * planned placements when they change this type. Above 0 a gemeente carries more than its share,
 * below 0 less. A gemeente without inhabitants has no bar and says so, never a bar of 0. `source`
 * is the ledger's source line, worded by the caller. The same chart on the Solidariteit screen
 * and in the memo's and the deck's chapter.
 */
export function ledgerChart(type: LedgerType, source: string, locale: Locale = 'nl-NL'): ChartSpec {
  const t = texts(locale).solidarity.chart;
  const after = type.rows.some((r) => r.placed !== 0);
  const names = type.rows.map((r) => r.name);
  const bar = (name: string, values: (number | null)[], colour: string) => ({
    type: 'bar',
    name,
    x: names,
    y: values,
    marker: { color: colour },
    // Signed, with a real minus sign: the number says on which side of the fair share it is.
    text: values.map((v) => (v === null ? '' : formatSigned(v, 1, locale))),
    textposition: 'outside',
    cliponaxis: false,
    // Plotly's number format writes a hyphen for minus: the hover label gets the text above.
    customdata: values.map((v) => (v === null ? texts(locale).tables.noData : formatSigned(v, 1, locale))),
    hovertemplate: `%{x}: %{customdata}<extra>${name}</extra>`,
  });
  const data = [bar(t.now(type.year), type.rows.map((r) => r.surplusPer10k), after ? '#9CC3E6' : SERIES_COLOURS.realised)];
  if (after) data.push(bar(t.after, type.rows.map((r) => r.surplusAfterPer10k), SERIES_COLOURS.realised));
  return {
    id: `ledger-${type.type}`,
    title: t.title(locale === 'nl-NL' ? type.label : type.labelEn),
    alt: ledgerAlt(type, locale),
    source,
    data,
    layout: baseLayout(locale, {
      barmode: 'group',
      showlegend: after,
      margin: { l: 70, r: 20, t: 34, b: 80 },
      // One decimal: the differences per 10 000 are often below 1, and whole ticks repeat themselves.
      yaxis: { title: { text: t.axis }, tickformat: ',.1f', zeroline: true, zerolinecolor: '#444444', zerolinewidth: 1.5, automargin: true },
      xaxis: { automargin: true },
      annotations: [
        { xref: 'paper', yref: 'paper', x: 0, y: 1, xanchor: 'left', yanchor: 'bottom', yshift: 6, text: t.direction, showarrow: false, font: { color: '#444444', size: 12 } },
        ...type.rows
          .filter((r) => r.surplusPer10k === null)
          .map((r) => ({ x: r.name, y: 0, yshift: 12, text: texts(locale).tables.noData, showarrow: false, font: { color: '#666666', size: 11 } })),
      ],
    }),
  };
}

/** "Keerpuntplaatsen: Hilversum draagt het meest boven zijn eerlijke aandeel (+4,2 per 10.000 inwoners), Laren het minst (−3,1)." */
function ledgerAlt(type: LedgerType, locale: Locale): string {
  const t = chartText(locale).alt;
  const label = locale === 'nl-NL' ? type.label : type.labelEn;
  const rows = type.rows.flatMap((r) => (r.surplusPer10k === null ? [] : [{ name: r.name, v: r.surplusPer10k }]));
  const most = largest(rows, (r) => r.v);
  const least = largest(rows, (r) => -r.v);
  if (!most || !least) return t.noLedger(label);
  // Equal at the shown decimal: all of them are named ("Blaricum, Eemnes en Laren").
  const tied = (v: number) => (locale === 'nl-NL' ? NL : EN).list(rows.filter((r) => formatSigned(r.v, 1, locale) === formatSigned(v, 1, locale)).map((r) => r.name));
  return t.ledger(label, tied(most.v), formatSigned(most.v, 1, locale), tied(least.v), formatSigned(least.v, 1, locale));
}
