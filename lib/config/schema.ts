import { z } from "zod";
import { parseSessionSecret, SECRET_HELP } from "./session-secret";
import { policyFrom } from "./rate-limits";

export const POOL_ID = /^(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d)_[A-Za-z0-9]+$/;
const REGION = /^[a-z]{2}(?:-gov)?-[a-z]+-\d$/;

export const CONFIG_VARIABLES = [
  "AWS_DEFAULT_REGION",
  "AWS_COGNITO_USER_POOL_ID",
  "AWS_COGNITO_USER_POOL_CLIENT_ID",
  "AWS_COGNITO_USER_POOL_CLIENT_SECRET",
  "AWS_COGNITO_REFRESH_TOKEN_ROTATION",
  "SESSION_SECRET",
  "SESSION_SECRET_PREVIOUS",
  "SESSION_IDLE_TIMEOUT",
  "SESSION_MAX_AGE",
  "PORT",
  "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER",
  "ALLOW_COGNITO_EMULATOR_IN_PRODUCTION",
  "TRUSTED_PROXY_HOPS",
  "RATE_LIMITS",
  "REDIS_URL",
] as const;

const DAY_MS = 24 * 3600 * 1000;
const UNIT_MS = { m: 60_000, h: 3600_000, d: DAY_MS } as const;
const DURATION = /^(\d{1,4})([mhd])$/;

function durationOr(fallback: number) {
  return (text: string | undefined, context: z.RefinementCtx) => {
    if (text === undefined) return fallback;
    const [, amount, unit] = DURATION.exec(text) ?? [];
    if (amount && unit && Number(amount) > 0) return Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
    context.addIssue({ code: "custom", message: "must be a duration like 30m, 12h or 14d" });
    return z.NEVER;
  };
}

const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));
const secret = z.string().transform((text, context) => {
  const parsed = parseSessionSecret(text);
  if (typeof parsed === "string") context.addIssue({ code: "custom", message: parsed });
  return typeof parsed === "string" ? z.NEVER : text.trim();
});

export const schema = z.object({
  AWS_DEFAULT_REGION: optional.pipe(z.string().regex(REGION, "must look like us-east-1").optional()),
  AWS_COGNITO_USER_POOL_ID: z
    .string({ error: "is required" })
    .trim()
    .regex(POOL_ID, "must look like <region>_<id>, e.g. us-east-1_AbC123xyz"),
  AWS_COGNITO_USER_POOL_CLIENT_ID: z
    .string({ error: "is required" })
    .trim()
    .regex(/^[A-Za-z0-9]+$/, "must be the app client id (letters and digits)"),
  AWS_COGNITO_USER_POOL_CLIENT_SECRET: optional,
  AWS_COGNITO_REFRESH_TOKEN_ROTATION: optional
    .pipe(z.enum(["true", "false"], "must be true or false").optional())
    .transform((value) => value === "true"),
  SESSION_SECRET: z.string({ error: `is required; ${SECRET_HELP}` }).pipe(secret),
  SESSION_SECRET_PREVIOUS: optional
    .transform((list) =>
      (list ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(secret)),
  AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: optional.pipe(z.url("must be a URL").optional()),
  ALLOW_COGNITO_EMULATOR_IN_PRODUCTION: optional.pipe(z.enum(["true", "false"], "must be true or false").optional()),
  TRUSTED_PROXY_HOPS: optional
    .pipe(z.string().regex(/^\d$/, "must be a whole number from 0 to 9").optional())
    .transform((hops) => Number(hops ?? 0)),
  RATE_LIMITS: optional.transform((text, context) => {
    const policy = policyFrom(text);
    if (Array.isArray(policy)) policy.forEach((message) => context.addIssue({ code: "custom", message }));
    return Array.isArray(policy) ? z.NEVER : policy;
  }),
  REDIS_URL: optional.pipe(
    z
      .url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" })
      .refine((url) => /^\/?\d*$/.test(new URL(url).pathname), "must end in a database number, e.g. /0, or nothing")
      .optional(),
  ),
  SESSION_IDLE_TIMEOUT: optional.transform(durationOr(14 * DAY_MS)),
  SESSION_MAX_AGE: optional.transform(durationOr(30 * DAY_MS)),
  PORT: optional.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, "must be a port number")
      .optional(),
  ),
  NODE_ENV: z.string().optional(),
});

export type RawConfig = z.infer<typeof schema>;
