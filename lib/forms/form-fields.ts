/**
 * The named text fields of a submitted form. Anything that is not a single string (a file, a
 * repeated field, a missing one) reads as "", so schemas see strings and never crash on input.
 * Server actions are public endpoints: a caller can send any argument, not only a FormData.
 */
export function textFields<Name extends string>(formData: unknown, names: readonly Name[]): Record<Name, string> {
  const fields = {} as Record<Name, string>;
  for (const name of names) {
    const values = formData instanceof FormData ? formData.getAll(name) : [];
    const [value] = values;
    fields[name] = values.length === 1 && typeof value === "string" ? value : "";
  }
  return fields;
}
