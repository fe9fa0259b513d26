/**
 * The named text fields of a submitted form. Anything that is not a single string (a file, a
 * repeated field, a missing one) reads as "", so schemas see strings and never crash on input.
 */
export function textFields<Name extends string>(formData: FormData, names: readonly Name[]): Record<Name, string> {
  const fields = {} as Record<Name, string>;
  for (const name of names) {
    const values = formData.getAll(name);
    const [value] = values;
    fields[name] = values.length === 1 && typeof value === "string" ? value : "";
  }
  return fields;
}
