import { invalidParameter, serialization } from "../errors";

export type Input = Record<string, unknown>;

const missing = (field: string) =>
  invalidParameter(
    `1 validation error detected: Value null at '${field.charAt(0).toLowerCase()}${field.slice(1)}' failed to satisfy constraint: Member must not be null`,
  );

const wrongType = (field: string, expected: string) => serialization(`Value for ${field} must be ${expected}`);

export function optionalString(input: Input, field: string): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw wrongType(field, "a string");
  return value;
}

export function requiredString(input: Input, field: string): string {
  const value = optionalString(input, field);
  if (value === undefined || value === "") throw missing(field);
  return value;
}

export function optionalBoolean(input: Input, field: string): boolean | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw wrongType(field, "a boolean");
  return value;
}

export function optionalNumber(input: Input, field: string): number | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) throw wrongType(field, "a number");
  return value;
}

export function optionalObject(input: Input, field: string): Input | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) throw wrongType(field, "an object");
  return value as Input;
}

export function stringMap(input: Input, field: string): Record<string, string> {
  const value = optionalObject(input, field) ?? {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== "string") throw wrongType(`${field}.${key}`, "a string");
  }
  return value as Record<string, string>;
}

export function stringList(input: Input, field: string): string[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== "string")) {
    throw wrongType(field, "a list of strings");
  }
  return value as string[];
}

export function attributeList(input: Input, field: string): Array<{ Name: string; Value: string }> {
  const value = input[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw wrongType(field, "a list of attributes");
  return value.map((entry: unknown) => {
    const item = entry as { Name?: unknown; Value?: unknown } | null;
    if (!item || typeof item.Name !== "string") throw wrongType(`${field}.Name`, "a string");
    if (item.Value !== undefined && typeof item.Value !== "string") throw wrongType(`${field}.Value`, "a string");
    return { Name: item.Name, Value: item.Value ?? "" };
  });
}
