import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./env";

const SECRET = "3.J4UAIVSQCWV1qyZCxa2tzXVWj05mvc8AQrknwOTsmfk";
const PREVIOUS = ["2.Tq-D9awHKfYbnWc2Ovlk3CvsMECrXSAFawQonkV0VHw", "1.ng-mT145yEcoF6OV0qroymaRH344JyibDxzdaxWyx4w"];
const valid = {
  AWS_COGNITO_USER_POOL_ID: "eu-west-1_AbC123xyz",
  AWS_COGNITO_USER_POOL_CLIENT_ID: "abc123def456",
  SESSION_SECRET: SECRET,
};
const base64url = (bytes: Buffer) => bytes.toString("base64url");

function problems(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe("parseConfig", () => {
  it("derives region, issuer and JWKS from the pool id", () => {
    expect(parseConfig(valid)).toMatchObject({
      region: "eu-west-1",
      issuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz",
      jwksUri: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz/.well-known/jwks.json",
      sessionSecrets: [SECRET],
      isProduction: false,
    });
  });

  it("reports every problem at once, by name", () => {
    const found = problems({ SESSION_SECRET: "short", AWS_DEFAULT_REGION: "Mars" });
    expect(found.join("\n")).toMatch(/AWS_COGNITO_USER_POOL_ID is required/);
    expect(found.join("\n")).toMatch(/AWS_COGNITO_USER_POOL_CLIENT_ID is required/);
    expect(found.join("\n")).toMatch(/SESSION_SECRET must be <rotation counter>\.<secret>/);
    expect(found.join("\n")).toMatch(/AWS_DEFAULT_REGION must look like/);
  });

  it.each([
    ["AWS_COGNITO_USERPOOL_ID", "AWS_COGNITO_USER_POOL_ID"],
    ["COGNITO_USER_POOL_ID", "AWS_COGNITO_USER_POOL_ID"],
    ["NEXT_PUBLIC_AWS_COGNITO_USER_POOL_ID", "AWS_COGNITO_USER_POOL_ID"],
    ["AWS_COGNITO_USER_POOL_CLIENTID", "AWS_COGNITO_USER_POOL_CLIENT_ID"],
    ["SESSION_SECRETS", "SESSION_SECRET"],
  ])("suggests the real name for %s", (typo, real) => {
    const env: Record<string, string> = { ...valid, [typo]: "value" };
    delete env[real];
    expect(problems(env)).toContain(`${typo} is not a Cruddur variable: did you mean ${real}?`);
  });

  it("flags a misspelt optional variable too", () => {
    expect(problems({ ...valid, AWS_COGNITO_USER_POOL_CLIENT_SECRETS: "x" })).toEqual([
      "AWS_COGNITO_USER_POOL_CLIENT_SECRETS is not a Cruddur variable: did you mean AWS_COGNITO_USER_POOL_CLIENT_SECRET?",
    ]);
  });

  it("ignores unrelated variables and near-misses of names that are set", () => {
    expect(problems({ ...valid, PATH: "/bin", AWS_REGION: "eu-west-1", HOME: "/root", SESSION_SECRETS: "x" })).toEqual(
      [],
    );
  });

  it("takes npm run dev's own variables for what they are, not for typos", () => {
    const dev = { ...valid, COGNITO_DEV_EMULATOR: "http://127.0.0.1:9230", EMULATOR_PORT: "9230" };
    expect(() => parseConfig(dev)).not.toThrow();
  });

  it("accepts previous secrets for rotation and checks each", () => {
    expect(parseConfig({ ...valid, SESSION_SECRET_PREVIOUS: PREVIOUS.join(", ") }).sessionSecrets).toEqual([
      SECRET,
      ...PREVIOUS,
    ]);
    expect(problems({ ...valid, SESSION_SECRET_PREVIOUS: "tooshort" })[0]).toMatch(/^SESSION_SECRET_PREVIOUS must be/);
  });

  it.each([
    ["no rotation counter", "s".repeat(43), /must be <rotation counter>\.<secret>/],
    ["a counter of 0", `0.${SECRET.slice(2)}`, /must be <rotation counter>/],
    ["32 × 'a'", `1.${base64url(Buffer.alloc(32, "a"))}`, /does not look generated/],
    [
      "a repeated 16-byte block",
      `1.${base64url(Buffer.from("9f1c2a7be04d3385a6f1d0c2b7e4a915".repeat(2), "hex"))}`,
      /does not look generated/,
    ],
    ["16 bytes", `1.${base64url(Buffer.from("9f1c2a7be04d3385a6f1d0c2b7e4a915", "hex"))}`, /at least 32 bytes/],
    ["text that is not base64url", `1.${"correct horse battery staple ".repeat(2)}`, /must be <rotation counter>/],
    [
      "base64 with padding",
      `1.${Buffer.from(SECRET.slice(2), "base64url").toString("base64")}`,
      /must be <rotation counter>|at least 32 bytes/,
    ],
  ])("refuses a session secret with %s, saying how to make one", (_label, secret, problem) => {
    const [found] = problems({ ...valid, SESSION_SECRET: secret });
    expect(found).toMatch(/^SESSION_SECRET /);
    expect(found).toMatch(problem);
    expect(found).toContain("randomBytes(32).toString('base64url')");
  });

  it("refuses a rotation whose previous counters are not below the current one", () => {
    const reused = problems({ ...valid, SESSION_SECRET_PREVIOUS: `3.${PREVIOUS[0]?.slice(2)}` });
    expect(reused[0]).toMatch(
      /SESSION_SECRET_PREVIOUS counters must be different and lower than SESSION_SECRET's \(3\)/,
    );
    expect(problems({ ...valid, SESSION_SECRET_PREVIOUS: `${PREVIOUS[0]},${PREVIOUS[0]}` })).toHaveLength(1);
  });

  it("refuses a region that disagrees with the pool id", () => {
    expect(problems({ ...valid, AWS_DEFAULT_REGION: "us-east-1" })[0]).toMatch(/does not match/);
  });

  it("fetches the JWKS from an emulator in development, keeping Cognito's issuer", () => {
    const config = parseConfig({ ...valid, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: "http://127.0.0.1:9229/" });
    expect(config.issuer).toBe("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz");
    expect(config.jwksUri).toBe("http://127.0.0.1:9229/eu-west-1_AbC123xyz/.well-known/jwks.json");
    expect(config.cognitoEndpoint).toBe("http://127.0.0.1:9229");
  });

  it("accepts only Amazon Cognito's endpoint for the pool's region in production", () => {
    const prod = { ...valid, NODE_ENV: "production" };
    const endpoint = (url: string) => problems({ ...prod, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: url })[0];
    expect(endpoint("http://127.0.0.1:9229")).toMatch(/must be https:\/\/cognito-idp\.eu-west-1\.amazonaws\.com/);
    expect(endpoint("https://evil.amazonaws.com")).toMatch(/must be/);
    expect(endpoint("https://cognito-idp.us-east-1.amazonaws.com")).toMatch(/must be/);
    expect(endpoint("http://cognito-idp.eu-west-1.amazonaws.com")).toMatch(/must be/);
    const real = parseConfig({
      ...prod,
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: "https://cognito-idp.eu-west-1.amazonaws.com/",
    });
    expect(real.jwksUri).toBe(`${real.issuer}/.well-known/jwks.json`);
  });

  it("lets production e2e runs opt in to a loopback emulator only", () => {
    const e2e = { ...valid, NODE_ENV: "production", ALLOW_COGNITO_EMULATOR_IN_PRODUCTION: "true" };
    expect(
      parseConfig({ ...e2e, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: "http://127.0.0.1:9229" }).jwksUri,
    ).toMatch(/^http:\/\/127/);
    expect(problems({ ...e2e, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: "http://10.0.0.5:9229" })[0]).toMatch(
      /must be/,
    );
  });
});
