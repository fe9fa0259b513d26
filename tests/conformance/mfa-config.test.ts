import {
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  UpdateUserPoolCommand,
  type UserPoolMfaType,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { expectCognitoError } from "./support/errors";
import { createPool, POOL_INPUT, setupFixture, type Fixture } from "./support/fixture";

const fixture = setupFixture();

const getConfig = (f: Fixture, poolId: string) =>
  f.cognito.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId }));

const setConfig = (f: Fixture, poolId: string, mode: UserPoolMfaType, totp: boolean | undefined) =>
  f.cognito.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: poolId,
      MfaConfiguration: mode,
      ...(totp === undefined ? {} : { SoftwareTokenMfaConfiguration: { Enabled: totp } }),
    }),
  );

// SetUserPoolMfaConfig / GetUserPoolMfaConfig (API reference) and "Adding MFA to a user pool":
// MFA is OFF, ON or OPTIONAL; TOTP is enabled with SoftwareTokenMfaConfiguration. ON or OPTIONAL
// needs an enabled factor, OFF cannot come with one.
describe("pool MFA configuration", () => {
  it("is OFF, without TOTP, on a new pool", async () => {
    const f = fixture();
    const config = await getConfig(f, await createPool(f.target));
    expect(config.MfaConfiguration).toBe("OFF");
    expect(config.SoftwareTokenMfaConfiguration?.Enabled ?? false).toBe(false);
  });

  it("turns optional TOTP MFA on, as GetUserPoolMfaConfig and DescribeUserPool then show", async () => {
    const f = fixture();
    const poolId = await createPool(f.target);
    const set = await setConfig(f, poolId, "OPTIONAL", true);
    expect(set).toMatchObject({ MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } });
    expect(await getConfig(f, poolId)).toMatchObject({
      MfaConfiguration: "OPTIONAL",
      SoftwareTokenMfaConfiguration: { Enabled: true },
    });
    const { UserPool } = await f.cognito.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    expect(UserPool?.MfaConfiguration).toBe("OPTIONAL");
  });

  it("turns required TOTP MFA on, then off again", async () => {
    const f = fixture();
    const poolId = await createPool(f.target);
    await setConfig(f, poolId, "ON", true);
    expect((await getConfig(f, poolId)).MfaConfiguration).toBe("ON");
    await setConfig(f, poolId, "OFF", undefined);
    expect((await getConfig(f, poolId)).MfaConfiguration).toBe("OFF");
  });

  it("refuses ON or OPTIONAL without an enabled factor", async () => {
    const f = fixture();
    const poolId = await createPool(f.target);
    await expectCognitoError(setConfig(f, poolId, "ON", false), "InvalidParameterException");
    await expectCognitoError(setConfig(f, poolId, "OPTIONAL", undefined), "InvalidParameterException");
    expect((await getConfig(f, poolId)).MfaConfiguration).toBe("OFF");
  });

  it("refuses OFF together with an enabled factor", async () => {
    const f = fixture();
    await expectCognitoError(setConfig(f, await createPool(f.target), "OFF", true), "InvalidParameterException");
  });

  it("answers an unknown pool with ResourceNotFoundException", async () => {
    const f = fixture();
    await expectCognitoError(getConfig(f, `${f.target.region}_AAAAAAAAA`), "ResourceNotFoundException");
  });
});

// CreateUserPool (API reference, MfaConfiguration): "The CreateUserPool operation supports only
// SMS MFA configuration": ON or OPTIONAL without an SmsConfiguration is an InvalidParameterException;
// TOTP is configured with SetUserPoolMfaConfig. UpdateUserPool resets what it leaves out.
describe("MfaConfiguration in CreateUserPool and UpdateUserPool", () => {
  it("refuses a new pool with MFA ON and no SMS configuration", async () => {
    const f = fixture();
    const create = new CreateUserPoolCommand({ PoolName: "mfa-on", ...POOL_INPUT, MfaConfiguration: "ON" });
    await expectCognitoError(f.cognito.send(create), "InvalidParameterException");
  });

  it("keeps TOTP through an UpdateUserPool that repeats the MfaConfiguration", async () => {
    const f = fixture();
    const poolId = await createPool(f.target);
    await setConfig(f, poolId, "OPTIONAL", true);
    await f.cognito.send(
      new UpdateUserPoolCommand({
        UserPoolId: poolId,
        MfaConfiguration: "OPTIONAL",
        AutoVerifiedAttributes: ["email"],
      }),
    );
    expect(await getConfig(f, poolId)).toMatchObject({
      MfaConfiguration: "OPTIONAL",
      SoftwareTokenMfaConfiguration: { Enabled: true },
    });
  });

  it("turns MFA off through an UpdateUserPool that leaves MfaConfiguration out", async () => {
    const f = fixture();
    const poolId = await createPool(f.target);
    await setConfig(f, poolId, "OPTIONAL", true);
    await f.cognito.send(new UpdateUserPoolCommand({ UserPoolId: poolId, AutoVerifiedAttributes: ["email"] }));
    expect((await getConfig(f, poolId)).MfaConfiguration).toBe("OFF");
  });
});
