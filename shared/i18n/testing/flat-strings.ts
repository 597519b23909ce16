import type { Language } from '../../domain/fields';
import { resources } from '..';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Every string of a language's locale by its dotted key ('auth.signIn.title'), for the locale tests. */
export const flatStrings = (language: Language): Map<string, string> =>
  flatten(resources[language].translation);
