const IGNORED_PREFIXES = ["NEXT_PUBLIC_", "AWS_"];

// Renamed variables: too far apart for the distance check.
const RENAMED: ReadonlyMap<string, string> = new Map([["RATE_LIMIT_REDIS_URL", "REDIS_URL"]]);

function normalize(name: string): string {
  let upper = name.toUpperCase();
  for (const prefix of IGNORED_PREFIXES) {
    if (upper.startsWith(prefix)) upper = upper.slice(prefix.length);
  }
  return upper.replace(/[^A-Z0-9]/g, "");
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function closestKnownName(candidate: string, known: readonly string[]): string | undefined {
  if (known.includes(candidate)) return undefined;
  const renamed = RENAMED.get(candidate);
  if (renamed && known.includes(renamed)) return renamed;
  const normalized = normalize(candidate);
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const target = normalize(name);
    const distance = levenshtein(normalized, target);
    const tolerance = Math.max(1, Math.floor(target.length / 6));
    if (distance <= tolerance && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

export function nearMisses(envNames: readonly string[], known: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const envName of envNames) {
    const match = closestKnownName(envName, known);
    if (match) found.set(match, [...(found.get(match) ?? []), envName]);
  }
  return found;
}
