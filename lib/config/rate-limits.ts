export const RATE_LIMITED_ACTIONS = [
  "sign-in",
  "sign-up",
  "recovery",
  "confirmation",
  "resend",
  "api",
  "email",
] as const;
export const RATE_LIMIT_KEYS = ["ip", "account", "global"] as const;

export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number];
export type RateLimitKey = (typeof RATE_LIMIT_KEYS)[number];

export interface Rule {
  limit: number;
  windowMs: number;
}

export type Policy = Record<RateLimitedAction, Partial<Record<RateLimitKey, readonly Rule[]>>>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const rule = (limit: number, windowMs: number): Rule => ({ limit, windowMs });

// Explained in docs/rate-limiting.md: change both together.
export const DEFAULT_POLICY: Policy = {
  "sign-in": { account: [rule(5, 15 * MINUTE), rule(20, HOUR)], ip: [rule(60, MINUTE), rule(600, HOUR)] },
  "sign-up": { account: [rule(5, HOUR)], ip: [rule(30, MINUTE), rule(300, HOUR)] },
  recovery: { account: [rule(10, MINUTE), rule(30, HOUR)], ip: [rule(30, MINUTE), rule(300, HOUR)] },
  confirmation: { account: [rule(10, MINUTE), rule(30, HOUR)], ip: [rule(30, MINUTE), rule(300, HOUR)] },
  resend: { account: [rule(5, 15 * MINUTE), rule(10, HOUR)], ip: [rule(20, MINUTE), rule(200, HOUR)] },
  api: { ip: [rule(1200, MINUTE)], account: [rule(600, MINUTE)] },
  email: { global: [rule(200, HOUR)] },
};

const UNIT_MS = { s: 1000, m: MINUTE, h: HOUR } as const;
const ENTRY = /^([a-z-]+)\.([a-z]+)=(.+)$/;
const RULE = /^(\d{1,7})\/(\d{1,4})([smh])$/;

function parseRules(text: string): Rule[] | string {
  const rules: Rule[] = [];
  for (const part of text.split("+")) {
    const match = RULE.exec(part.trim());
    if (!match) return `"${part.trim()}" is not <count>/<window>, e.g. 60/1m`;
    const [, count, amount, unit] = match;
    const windowMs = Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
    if (Number(count) < 1 || windowMs < 1000) return `"${part.trim()}" needs a count and a window of at least 1`;
    rules.push(rule(Number(count), windowMs));
  }
  return rules;
}

const isAction = (name: string): name is RateLimitedAction =>
  (RATE_LIMITED_ACTIONS as readonly string[]).includes(name);
const isKey = (name: string): name is RateLimitKey => (RATE_LIMIT_KEYS as readonly string[]).includes(name);

export function policyFrom(overrides: string | undefined): Policy | string[] {
  const policy: Policy = structuredClone(DEFAULT_POLICY);
  const problems: string[] = [];
  for (const entry of (overrides ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [, action = "", key = "", rules = ""] = ENTRY.exec(entry) ?? [];
    if (!isAction(action) || !isKey(key)) {
      problems.push(
        `"${entry}" must start with <action>.<key>= where action is one of ${RATE_LIMITED_ACTIONS.join(", ")} and key is ip, account or global`,
      );
      continue;
    }
    const parsed = parseRules(rules);
    if (typeof parsed === "string") problems.push(parsed);
    else policy[action][key] = parsed;
  }
  return problems.length > 0 ? problems : policy;
}
