import type { Dataset } from '../dataset/schema';
import { gemeenteName } from '../dataset/query';

/** A series' label in both languages, for a finding's parameters; its id when the dataset lacks it. */
export function seriesLabels(ds: Dataset, id: string): { nl: string; en: string } {
  const s = ds.series.find((x) => x.id === id);
  return { nl: s?.label ?? id, en: s?.labelEn ?? id };
}

/** A gemeente's name, or null for the region (the catalogue words "regio" / "region"). */
export function placeName(ds: Dataset, code: string | null): string | null {
  return code === null ? null : gemeenteName(ds, code);
}
