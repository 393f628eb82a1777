import { z } from 'zod';

/** CBS municipality code, e.g. GM0402 (Hilversum). */
export const GemeenteCode = z
  .string()
  .regex(/^GM\d{4}$/, { message: 'Gemeentecode moet de CBS-vorm GM gevolgd door vier cijfers hebben (bijv. GM0402).' });
export type GemeenteCode = z.infer<typeof GemeenteCode>;
