import type { z } from 'zod';
import type { Placement, PlacementInput } from '../../../../shared/scenario/schema';
import { useParams } from '../../state/AppState';
import { useScenarioEdit } from './useScenarioEdit';

const PATH = 'solidarity.placements';

/**
 * The scenario's planned placements and their edits, each one edit of the whole list through the
 * scenario's edit path (so one undo step, validated, saved like any edit). A refusal comes back as
 * the issues of the placement concerned, with paths relative to it (`units`, `year`, `from`).
 */
export function usePlacements(): {
  editable: boolean;
  list: readonly Placement[];
  /** Replaces the placement with the same id, or adds it at the end. */
  put: (placement: PlacementInput) => readonly z.core.$ZodIssue[] | null;
  remove: (id: string) => readonly z.core.$ZodIssue[] | null;
  toggle: (id: string) => readonly z.core.$ZodIssue[] | null;
} {
  const list = useParams().solidarity.placements;
  const { editable, set } = useScenarioEdit();
  const write = (next: readonly PlacementInput[], index: number) => {
    const refusal = set(PATH, next);
    if (!refusal) return null;
    // The schema's path is solidarity.placements.<index>.<field>: the form knows the field.
    return refusal.issues.map((issue) => (issue.path[0] === 'solidarity' && issue.path[2] === index ? { ...issue, path: issue.path.slice(3) } : issue));
  };
  return {
    editable,
    list,
    put: (placement) => {
      const at = list.findIndex((p) => p.id === placement.id);
      return at === -1 ? write([...list, placement], list.length) : write(list.map((p, i) => (i === at ? placement : p)), at);
    },
    remove: (id) => write(list.filter((p) => p.id !== id), -1),
    toggle: (id) => write(list.map((p) => (p.id === id ? { ...p, active: !p.active } : p)), list.findIndex((p) => p.id === id)),
  };
}
