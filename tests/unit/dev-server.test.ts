import { describe, expect, it } from "vitest";
import { devServerAddress, devServerUrl, emulatorPortChoice, envFileOption, nextDevArgs } from "../../scripts/dev";
import { provisionedSettings } from "../../scripts/provision";

describe("npm run dev's server address", () => {
  it("listens on loopback unless HOST says otherwise", () => {
    expect(nextDevArgs(devServerAddress({}))).toEqual([
      "node_modules/next/dist/bin/next",
      "dev",
      "-H",
      "127.0.0.1",
      "-p",
      "3000",
    ]);
    expect(nextDevArgs(devServerAddress({ HOST: "0.0.0.0", PORT: "4000" }))).toEqual([
      "node_modules/next/dist/bin/next",
      "dev",
      "-H",
      "0.0.0.0",
      "-p",
      "4000",
    ]);
  });

  it("prints a URL that opens the app from this machine", () => {
    expect(devServerUrl(devServerAddress({}))).toBe("http://127.0.0.1:3000");
    expect(devServerUrl({ host: "0.0.0.0", port: "3000" })).toBe("http://localhost:3000");
    expect(devServerUrl({ host: "::1", port: "3000" })).toBe("http://[::1]:3000");
    expect(devServerUrl({ host: "cruddur.local", port: "8080" })).toBe("http://cruddur.local:8080");
  });
});

describe("npm run dev's emulator port", () => {
  it("prefers 9229 and lets a free port stand in when it is taken", () =>
    expect(emulatorPortChoice(undefined)).toEqual({ port: 9229, strict: false }));

  it("keeps to EMULATOR_PORT", () => expect(emulatorPortChoice("9300")).toEqual({ port: 9300, strict: true }));

  it("refuses an EMULATOR_PORT that is no port", () => {
    expect(() => emulatorPortChoice("http://x")).toThrow(/EMULATOR_PORT must be a port number/);
    expect(() => emulatorPortChoice("70000")).toThrow(/EMULATOR_PORT/);
  });
});

describe("the env file of npm run dev", () => {
  it("is .env.local unless --env-file names another", () => {
    expect(envFileOption([])).toBe(".env.local");
    expect(envFileOption(["--env-file", "/tmp/other.env"])).toBe("/tmp/other.env");
  });
});

describe("what npm run cognito:provision writes", () => {
  const result = {
    region: "us-east-1",
    userPoolId: "us-east-1_abc",
    clientId: "c1",
    mfa: "optional" as const,
    rotatesRefreshTokens: true,
  };

  it("records the endpoint it provisioned against, so npm run dev finds the pool there", () =>
    expect(provisionedSettings(result, "http://localhost:4566")).toMatchObject({
      AWS_COGNITO_USER_POOL_ID: "us-east-1_abc",
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: "http://localhost:4566",
      AWS_COGNITO_REFRESH_TOKEN_ROTATION: "true",
    }));

  it("leaves the endpoint alone for Amazon Cognito", () =>
    expect(provisionedSettings(result, undefined)).not.toHaveProperty("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER"));
});
