import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./env";

const valid = {
  AWS_COGNITO_USER_POOL_ID: "eu-west-1_AbC123xyz",
  AWS_COGNITO_USER_POOL_CLIENT_ID: "abc123def456",
  SESSION_SECRET: "1.J4UAIVSQCWV1qyZCxa2tzXVWj05mvc8AQrknwOTsmfk",
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig({ ...valid, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe("REDIS_URL", () => {
  it("is unset by default: shared state stays in the process", () => {
    expect(parseConfig(valid).redisUrl).toBeUndefined();
  });

  it.each(["redis://127.0.0.1:6379", "rediss://app:s%3Acret@cache.internal:6380/2", "redis://[::1]/0"])(
    "accepts %s",
    (url) => expect(parseConfig({ ...valid, REDIS_URL: url }).redisUrl).toBe(url),
  );

  it.each([
    ["http://cache:6379", /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    ["cache:6379", /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    ["redis://cache:6379/main", /REDIS_URL must end in a database number/],
  ])("refuses %s, naming the variable", (url, problem) => {
    expect(problemsOf({ REDIS_URL: url }).join("\n")).toMatch(problem);
  });

  it("names the variable that replaced RATE_LIMIT_REDIS_URL", () => {
    expect(problemsOf({ RATE_LIMIT_REDIS_URL: "redis://cache:6379" })).toEqual([
      "RATE_LIMIT_REDIS_URL is not a Cruddur variable: did you mean REDIS_URL?",
    ]);
  });

  it("lets the old name sit beside the new one", () => {
    const env = { ...valid, RATE_LIMIT_REDIS_URL: "redis://old:6379", REDIS_URL: "redis://new:6379" };
    expect(parseConfig(env).redisUrl).toBe("redis://new:6379");
  });
});
