import { useMessages } from '../../state/AppState';

/** A facility series' unit (the dataset's Dutch word) in the window's language; an unknown one as the data has it. */
export function useUnitWord(): (unit: string) => string {
  const words: Readonly<Partial<Record<string, string>>> = useMessages().solidarity.unit;
  return (unit) => words[unit] ?? unit;
}
