import type { Finding } from '../../../shared/checks/finding';
import { figureRoleText, findingText } from '../../../shared/checks/findingText';

/**
 * A finding as the command line's JSON has always given it, for the scripts that read it: its title,
 * message and roles in Dutch words, the keys in the same order (an expression finding was built
 * from a shared base, which put those keys first; test/golden holds the output).
 */
export function findingJson(f: Finding): object {
  const { title, message } = findingText('nl-NL', f);
  const figures = f.figures.map((x) => ({ figureId: x.figureId, gemeente: x.gemeente, value: x.value, role: figureRoleText('nl-NL', x.role) }));
  const { id, check, severity, series, gemeente, period, expected, actual } = f;
  // The offered correction and the findings it also resolves, only where there is one.
  const correction = { ...(f.resolvedBy ? { resolvedBy: f.resolvedBy } : {}), ...(f.linked ? { linked: f.linked } : {}) };
  return check === 'expression'
    ? { check, series, gemeente, period, figures, id, severity, title, message, expected, actual, ...correction }
    : { id, check, severity, series, gemeente, period, title, message, expected, actual, figures, ...correction };
}
