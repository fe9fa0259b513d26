type LogValue = string | number | boolean;
export type LogRecord = Record<string, LogValue | undefined>;

const SECRET_NAME = /pass(word|wd)?|secret|token|seal|cookie|authorization|^code$|otp/i;
const JWT = /eyJ[\w-]*\.[\w-]*/;
const IRON_SEAL = /Fe26\.[12]\*/;
const PLAIN = /^[\w.:/@+-]{0,128}$/;

function safe(value: LogValue | undefined): value is LogValue {
  if (value === undefined) return false;
  if (typeof value !== "string") return Number.isFinite(value) || typeof value === "boolean";
  return PLAIN.test(value) && !JWT.test(value) && !IRON_SEAL.test(value);
}

export function redact(record: LogRecord): Record<string, LogValue> {
  const kept: Record<string, LogValue> = {};
  for (const [name, value] of Object.entries(record)) {
    if (!SECRET_NAME.test(name) && safe(value)) kept[name] = value;
  }
  return kept;
}
