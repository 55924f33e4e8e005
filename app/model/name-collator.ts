// How names compare wherever a person reads a list of them (the portal list, its search, the quick
// switcher): case ignored, numbers by value ("team-9" before "team-10"). One collator per
// language, created when first needed: the first of a window costs 7-30 ms (Intl's collation
// data), too much to spend as a module loads.

const collators = new Map<string, Intl.Collator>();

/** The collator for `language` (undefined: the runtime's default), created once, when first needed. */
export function nameCollator(language: string | undefined): Intl.Collator {
  const id = language ?? '';
  let collator = collators.get(id);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    collators.set(id, collator);
  }
  return collator;
}
