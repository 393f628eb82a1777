import type { DocumentFormat } from '../../../shared/api/contract';
import { useExport } from '../exports/useExport';
import { useLocale } from '../state/AppState';

const FORMATS: { format: DocumentFormat; nl: string; en: string }[] = [
  { format: 'docx', nl: 'Word-memo', en: 'Word memo' },
  { format: 'pptx', nl: 'PowerPoint', en: 'PowerPoint' },
  { format: 'xlsx', nl: 'Excel', en: 'Excel' },
  { format: 'csv', nl: 'CSV', en: 'CSV' },
];

/** Export buttons for one scenario or a comparison; shows progress while a document is built. */
export function ExportMenu({ scenarioIds, label }: { scenarioIds: string[]; label?: string }) {
  const locale = useLocale();
  const { run, progress } = useExport();
  const nl = locale === 'nl-NL';
  return (
    <div className="export-menu" role="group" aria-label={label ?? (nl ? 'Exporteren' : 'Export')} data-testid="export-menu">
      <span className="export-label">{label ?? (nl ? 'Exporteren:' : 'Export:')}</span>
      {FORMATS.map((f) => (
        <button key={f.format} className="small" disabled={progress !== null || scenarioIds.length === 0} onClick={() => void run(f.format, scenarioIds)} data-testid={`export-${f.format}`}>
          {nl ? f.nl : f.en}
        </button>
      ))}
      {progress && (
        <span className="progress" role="status" data-testid="export-progress">
          {progress.step}
        </span>
      )}
    </div>
  );
}
