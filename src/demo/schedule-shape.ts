/**
 * Small shape checks for reading schedule.json by hand: each names the place in the file
 * ("advisers[2].workingTimes[0].shift") and what is wrong, so a municipality editing the file
 * gets a message it can act on.
 */

export type Fields = Record<string, unknown>;

export function fail(path: string, problem: string): never {
  throw new Error(`${path}: ${problem}`);
}

/** An object with only the `allowed` fields (a typo is an error, not silently ignored) and `note`. */
export function fields(value: unknown, path: string, allowed: readonly string[]): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'expected an object');
  for (const [key, field] of Object.entries(value)) {
    if (key === 'note') text(field, `${path}.note`);
    else if (!allowed.includes(key)) fail(path, `unknown field "${key}" (expected ${allowed.join(', ')})`);
  }
  return value as Fields;
}

/** The entries of an object of named declarations; names must be usable as "@name". */
export function declarations(value: unknown, path: string): [string, unknown][] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'expected an object');
  const entries = Object.entries(value);
  for (const [name] of entries)
    if (!/^[A-Za-z]\w*$/.test(name)) fail(path, `"${name}" is not a name (letters, digits and _)`);
  return entries;
}

export function text(value: unknown, path: string): string {
  if (value === undefined) fail(path, 'missing');
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'expected a non-empty text');
  return value;
}

export function list(value: unknown, path: string): unknown[] {
  if (value === undefined) fail(path, 'missing');
  if (!Array.isArray(value)) fail(path, 'expected a list [ … ]');
  return value;
}

/** Looks up a reference such as "@PHOTO_ID" among the declarations of one kind. */
export function lookup<T>(declared: ReadonlyMap<string, T>, ref: unknown, kind: string, path: string): T {
  if (typeof ref !== 'string' || !ref.startsWith('@')) fail(path, `expected "@name" of a ${kind}`);
  const found = declared.get(ref.slice(1));
  if (found === undefined) fail(path, `unknown ${kind} "${ref}"`);
  return found;
}
