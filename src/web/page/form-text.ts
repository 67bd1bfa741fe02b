/**
 * One field of a posted form as text: anything but a single string (a missing field, `a[]=1`
 * repeated into a list) reads as empty; `max` cuts what no field needs, before it is checked.
 */
export function formText(value: unknown, max?: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}
