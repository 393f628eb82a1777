import { z } from 'zod';

/**
 * Coded messages: the engine, the checks, the importers and the store say *what* happened as a
 * code with its facts (`{ code: 'realisationGap', params: { gemeente: 'Laren', year: 2023 } }`);
 * the wording catalogue turns that into a sentence per language. Each domain declares its codes
 * once, as a map from code to the zod schema of its parameters; the catalogue must then give a
 * text for every code (the compiler checks it).
 */
export const ParamValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number()]))]);
export type ParamValue = z.infer<typeof ParamValue>;

export type CodeSchemas = Record<string, z.ZodObject>;

/** The message union of a domain: `{ code, params }` with each code's own parameters. */
export type Coded<S extends CodeSchemas> = { [C in keyof S & string]: { code: C; params: z.infer<S[C]> } }[keyof S & string];

/** The texts a language gives for a domain's codes. */
export type CodedTexts<S extends CodeSchemas> = { [C in keyof S]: (params: z.infer<S[C]>) => string };

/**
 * A zod schema for a domain's messages as they cross a boundary (API, JSON): the code must be a
 * known one and its parameters must match that code's schema. `extra` adds fields beside them.
 */
export function codedSchema<E extends z.ZodRawShape>(schemas: CodeSchemas, extra: E) {
  const codes = Object.keys(schemas);
  return z
    .object({ code: z.string(), params: z.record(z.string(), ParamValue), ...extra })
    .strict()
    .superRefine((value, ctx) => {
      const message = value as { code: string; params: unknown };
      const schema = schemas[message.code];
      if (!schema) {
        ctx.addIssue({ code: 'custom', path: ['code'], message: `onbekende code ${message.code} (bekend: ${codes.join(', ')})` });
        return;
      }
      const params = schema.safeParse(message.params);
      if (!params.success) ctx.addIssue({ code: 'custom', path: ['params'], message: `parameters van ${message.code} kloppen niet: ${params.error.message}` });
    });
}

/** The sentence for one message. The code was checked where the message entered (codedSchema). */
export function say(texts: object, message: { readonly code: string; readonly params: object }): string {
  const text = (texts as Record<string, ((params: unknown) => string) | undefined>)[message.code];
  return text ? text(message.params) : message.code;
}
