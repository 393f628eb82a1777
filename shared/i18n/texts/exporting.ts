import type { DocumentFormat } from '../../api/contract';
import { defineTexts } from '../define';

type Exporting = {
  /** The export buttons of Overzicht (one scenario) and Vergelijken (a comparison). */
  menu: { group: string; label: string; compareLabel: string; format: Record<DocumentFormat, string> };
  progress: { saving: string; chart: (done: number, total: number) => string; building: string };
  ready: (fileName: string) => string;
  failed: string;
  /** The buttons beside every chart on screen. */
  chart: { copy: string; copyTitle: string; pngTitle: string; svgTitle: string; copied: string; copyFailed: string; cannotDraw: string };
};

/** Exporting from the window: documents of scenarios, and a single chart as image. */
export const exporting = defineTexts<Exporting>(
  {
    menu: {
      group: 'Exporteren',
      label: 'Exporteren:',
      compareLabel: 'Vergelijking exporteren:',
      format: { docx: 'Word-memo', pptx: 'PowerPoint', xlsx: 'Excel', csv: 'CSV' },
    },
    progress: { saving: 'Wijzigingen opslaan…', chart: (done, total) => `Grafiek ${done} van ${total} tekenen…`, building: 'Document opbouwen…' },
    ready: (fileName) => `${fileName} is klaar.`,
    failed: 'Exporteren mislukt',
    chart: {
      copy: 'Kopieer',
      copyTitle: 'Kopieer als afbeelding (plakken in Word of PowerPoint)',
      pngTitle: 'Bewaar als PNG (drukkwaliteit)',
      svgTitle: 'Bewaar als SVG',
      copied: 'Gekopieerd',
      copyFailed: 'Kopiëren lukt niet',
      cannotDraw: 'De grafiek kan niet worden getekend',
    },
  },
  {
    menu: {
      group: 'Export',
      label: 'Export:',
      compareLabel: 'Export comparison:',
      format: { docx: 'Word memo', pptx: 'PowerPoint', xlsx: 'Excel', csv: 'CSV' },
    },
    progress: { saving: 'Saving changes…', chart: (done, total) => `Drawing chart ${done} of ${total}…`, building: 'Building the document…' },
    ready: (fileName) => `${fileName} is ready.`,
    failed: 'Export failed',
    chart: {
      copy: 'Copy',
      copyTitle: 'Copy as image (paste into Word or PowerPoint)',
      pngTitle: 'Save as PNG (print quality)',
      svgTitle: 'Save as SVG',
      copied: 'Copied',
      copyFailed: 'Copying failed',
      cannotDraw: 'The chart cannot be drawn',
    },
  },
);
