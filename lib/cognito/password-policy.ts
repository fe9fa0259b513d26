import "server-only";
import { DescribeUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { getConfig } from "../config/env";
import { callCognito } from "./client";
import type { PasswordPolicy } from "../password-policy/rules";

const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

const FRESH_MS = 10 * 60_000;
const RETRY_MS = 60_000;
let cached: { policy: Promise<PasswordPolicy>; until: number } | undefined;

async function describePolicy(): Promise<PasswordPolicy> {
  const output = await callCognito((client) =>
    client.send(new DescribeUserPoolCommand({ UserPoolId: getConfig().userPoolId })),
  );
  const policy = output.UserPool?.Policies?.PasswordPolicy;
  if (!policy) return DEFAULT_PASSWORD_POLICY;
  return {
    minLength: policy.MinimumLength ?? DEFAULT_PASSWORD_POLICY.minLength,
    requireUppercase: policy.RequireUppercase ?? false,
    requireLowercase: policy.RequireLowercase ?? false,
    requireNumbers: policy.RequireNumbers ?? false,
    requireSymbols: policy.RequireSymbols ?? false,
  };
}

// DescribeUserPool needs AWS credentials; without them the default is shown and Cognito still enforces the real one.
export function getPasswordPolicy(): Promise<PasswordPolicy> {
  if (cached && cached.until > Date.now()) return cached.policy;
  const entry = { policy: describePolicy(), until: Date.now() + FRESH_MS };
  entry.policy = entry.policy.catch(() => {
    entry.until = Date.now() + RETRY_MS;
    return DEFAULT_PASSWORD_POLICY;
  });
  cached = entry;
  return entry.policy;
}
