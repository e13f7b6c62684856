/** The editor keeps the definition as plain JSON and edits it by path, immutably. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Path = ReadonlyArray<string | number>;

/** `['criteria', 3, 'options', 1, 'label', 'fi']` → `criteria[3].options[1].label.fi` (as the server's errors name it). */
export function pathKey(path: Path): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}

export function getIn(value: Json | undefined, path: Path): Json | undefined {
  let node: Json | undefined = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? node[key as number] : node[key as string];
  }
  return node;
}

/** A copy of `root` with `value` at `path`; `undefined` removes an object key. Missing parents are created. */
export function setIn(root: Json | undefined, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const [key, ...rest] = path as [string | number, ...Array<string | number>];
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    list[key] = setIn(list[key], rest, value);
    return list;
  }
  const object: JsonObject = root && typeof root === 'object' && !Array.isArray(root) ? { ...root } : {};
  const child = rest.length === 0 ? value : setIn(object[key], rest, value);
  if (child === undefined) delete object[key];
  else object[key] = child;
  return object;
}

export function listAt(root: Json | undefined, path: Path): Json[] {
  const value = getIn(root, path);
  return Array.isArray(value) ? value : [];
}

export function moveItem(list: Json[], from: number, to: number): Json[] {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

export const removeItem = (list: Json[], index: number): Json[] => list.filter((_, i) => i !== index);
