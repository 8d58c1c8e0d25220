import { invalid } from '../../../plugins/errors.js';
import type { DimensionOrderInput } from '../schemas.js';
import { auditChange, dimensionCodes, lockDraft, renumberDimensions, touchDraft, type Tx } from './shared.js';

/** The new order names every dimension of the draft exactly once. */
export async function orderDimensions(tx: Tx, userId: number, version: number, input: DimensionOrderInput): Promise<number> {
  const draft = await lockDraft(tx, version, input.rowVersion);
  const current = await dimensionCodes(tx, draft.id);
  const unknown = input.order.filter((c) => !current.includes(c));
  const missing = current.filter((c) => !input.order.includes(c));
  if (unknown.length || missing.length) {
    throw invalid([{
      field: 'order',
      message: [unknown.length ? `unknown dimension(s): ${unknown.join(', ')}` : '', missing.length ? `missing dimension(s): ${missing.join(', ')}` : ''].filter(Boolean).join('; '),
      code: 'reference',
    }]);
  }
  await renumberDimensions(tx, draft.id, input.order);
  const rowVersion = await touchDraft(tx, draft);
  await auditChange(tx, userId, 'maturity_model', String(version), 'update', 'dimensions.order', { order: current }, { order: input.order });
  return rowVersion;
}

/** One step up or down, for the buttons beside each dimension. */
export function moved(order: string[], code: string, direction: 'up' | 'down'): string[] {
  const i = order.indexOf(code);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= order.length) return order;
  const next = [...order];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}
