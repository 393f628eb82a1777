import { z } from 'zod';
import { say } from '../../../shared/i18n/coded';
import { texts } from '../../../shared/i18n/catalogue';
import { Result } from '../../../shared/result/schema';

/**
 * What `run --json` prints: the result object, with each warning as its Dutch sentence instead of
 * its parameters, for the people and scripts reading it (the format the command line always had).
 */
export const RunJson = Result.extend({
  warnings: z.array(z.object({ code: z.string(), message: z.string(), gemeente: z.string().optional() }).strict()),
});
export type RunJson = z.infer<typeof RunJson>;

export function toRunJson(result: Result): RunJson {
  const words = texts('nl-NL').warnings;
  return { ...result, warnings: result.warnings.map((w) => ({ code: w.code, message: say(words, w), ...(w.gemeente ? { gemeente: w.gemeente } : {}) })) };
}
