/** A chart rendered to pixels for a document: PNG at print resolution, with its size in CSS pixels. */
export type ChartImage = { png: Buffer; width: number; height: number };
/** Rendered charts by ChartSpec id. */
export type ChartImages = ReadonlyMap<string, ChartImage>;

export type ExportFormat = 'docx' | 'pptx' | 'xlsx' | 'csv' | 'png' | 'svg';

export const MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml',
};
