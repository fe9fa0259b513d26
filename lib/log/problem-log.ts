type Field = string | number | boolean | undefined;

const MAX_TEXT = 120;
const QUIET_MS = 60_000;
const ERROR_NAME = /^[A-Za-z][\w.-]{0,63}$/;

function capped(fields: Record<string, Field>): Record<string, Field> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [
      name,
      typeof value === "string" && value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value,
    ]),
  );
}

export function createProblemLog(write: (line: string) => void, now = () => Date.now()) {
  const quietUntil = new Map<string, { until: number; heldBack: number }>();
  return (event: string, fields: Record<string, Field> = {}): void => {
    const time = now();
    const previous = quietUntil.get(event);
    if (previous && time < previous.until) {
      previous.heldBack++;
      return;
    }
    quietUntil.set(event, { until: time + QUIET_MS, heldBack: 0 });
    const heldBack = previous?.heldBack ? { heldBack: previous.heldBack } : {};
    try {
      write(
        JSON.stringify({ time: new Date(time).toISOString(), log: "problem", event, ...capped(fields), ...heldBack }),
      );
    } catch {
      // A log that cannot be written must not turn into an error of its own.
    }
  };
}

export const logProblem = createProblemLog((line) => console.error(line));

export function errorKind(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  return ERROR_NAME.test(name) ? name : "Error";
}
