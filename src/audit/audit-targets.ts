/** What an audit row says was touched: booking references and other objects' ids or codes. */
export interface AuditTargets {
  bookings: string[];
  objects: string[];
}

const MAX_DEPTH = 3;

/** Every `reference` in an answer (a visit, a list of visits, a day's visits, cancelled bookings). */
function references(value: unknown, depth = 0, found = new Set<string>()): Set<string> {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return found;
  if (Array.isArray(value)) {
    for (const item of value) references(item, depth + 1, found);
    return found;
  }
  for (const [key, field] of Object.entries(value)) {
    if (key === 'reference' && typeof field === 'string') found.add(field);
    else references(field, depth + 1, found);
  }
  return found;
}

/**
 * What an audited request touched, read from its route parameters (a location, an id, an errand
 * code), the `id` of the object it created or changed, and the booking references in its answer.
 * Never names or contact details: only these identifiers reach the audit table.
 */
export function auditTargets(params: Record<string, unknown> | undefined, result: unknown): AuditTargets {
  const objects = Object.values(params ?? {}).filter((value): value is string => typeof value === 'string');
  const id = (result as { id?: unknown } | null | undefined)?.id;
  if (typeof id === 'string' && !objects.includes(id)) objects.push(id);
  return { bookings: [...references(result)], objects };
}
