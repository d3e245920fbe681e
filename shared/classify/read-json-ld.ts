import type { Kind } from './types';

export interface JsonLdReading {
  /** Kinds an order status states, each with the status as evidence. */
  statuses: { kind: Kind; evidence: string }[];
  /** The order is still going ahead (processing, in transit, delivered): no cancellation can be confirmed. */
  orderActive: boolean;
  orderNumber: string | null;
}

const STATUS_KINDS: Record<string, Kind> = {
  OrderCancelled: 'cancellation.confirmed',
  OrderReturned: 'refund.received',
};
const ACTIVE_STATUSES = new Set([
  'OrderProcessing',
  'OrderInTransit',
  'OrderDelivered',
  'OrderPickupAvailable',
  'OrderPaymentDue',
]);

/** Reads schema.org `Order` objects (also inside `@graph` or arrays) for their status and number. */
export function readJsonLd(items: readonly unknown[]): JsonLdReading {
  const reading: JsonLdReading = { statuses: [], orderActive: false, orderNumber: null };
  for (const order of orders(items, 0)) {
    const status = typeof order.orderStatus === 'string' ? (order.orderStatus.split('/').pop() ?? '') : '';
    const kind = STATUS_KINDS[status];
    if (kind && !reading.statuses.some((known) => known.kind === kind)) {
      reading.statuses.push({ kind, evidence: `schema.org orderStatus ${status}` });
    }
    if (ACTIVE_STATUSES.has(status)) reading.orderActive = true;
    if (
      !reading.orderNumber &&
      (typeof order.orderNumber === 'string' || typeof order.orderNumber === 'number')
    ) {
      reading.orderNumber = String(order.orderNumber);
    }
  }
  return reading;
}

type JsonObject = Record<string, unknown>;

function* orders(value: unknown, depth: number): Generator<JsonObject> {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) yield* orders(item, depth + 1);
    return;
  }
  const object = value as JsonObject;
  const type = object['@type'];
  if (type === 'Order' || (Array.isArray(type) && type.includes('Order'))) yield object;
  if (object['@graph']) yield* orders(object['@graph'], depth + 1);
}
