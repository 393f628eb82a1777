import type { z } from 'zod';

/**
 * Reading the scenario schema itself: the zod definition under its default/nullable/optional
 * wrappers, and the field at a dotted path. The assumption catalogue (assumptions.ts) and the
 * scenario's own cross-field rules (the uncertainty ranges in schema.ts) both walk the schema.
 */
export type SchemaNode = z.ZodType;

export const defOf = (s: SchemaNode) => s._zod.def as unknown as Record<string, unknown> & { type: string };

/** The schema under default/nullable/optional wrappers, and whether null is allowed. */
export function unwrap(schema: SchemaNode): { inner: SchemaNode; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  for (;;) {
    const d = defOf(inner);
    if (d.type === 'nullable') nullable = true;
    if (d.type !== 'default' && d.type !== 'nullable' && d.type !== 'optional') return { inner, nullable };
    inner = d.innerType as SchemaNode;
  }
}

export function shapeOf(node: SchemaNode): Record<string, SchemaNode> | undefined {
  return (unwrap(node).inner as unknown as { shape?: Record<string, SchemaNode> }).shape;
}

/** The field of an object schema at a dotted path, or undefined. */
export function fieldAtPath(root: SchemaNode, path: string): SchemaNode | undefined {
  let node: SchemaNode = root;
  for (const part of path.split('.')) {
    const next = shapeOf(node)?.[part];
    if (!next) return undefined;
    node = next;
  }
  return node;
}
