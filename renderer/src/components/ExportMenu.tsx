import { DocumentFormat } from '../../../shared/api/contract';
import { useExport } from '../exports/useExport';
import { useMessages } from '../state/AppState';

/** Export buttons for one scenario or a comparison; shows progress while a document is built. */
/** `reference`: in a comparison, the scenario the others are compared with (default the first). */
export function ExportMenu({ scenarioIds, label, reference }: { scenarioIds: string[]; label?: string; reference?: string }) {
  const t = useMessages().exporting.menu;
  const { run, progress } = useExport();
  return (
    <div className="export-menu" role="group" aria-label={label ?? t.group} data-testid="export-menu">
      <span className="export-label">{label ?? t.label}</span>
      {DocumentFormat.options.map((format) => (
        <button key={format} className="small" disabled={progress !== null || scenarioIds.length === 0} onClick={() => void run(format, scenarioIds, reference)} data-testid={`export-${format}`}>
          {t.format[format]}
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
