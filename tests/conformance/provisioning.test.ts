import {
  AdminGetUserCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cruddurPoolInput } from "@/scripts/provisioning/pool";
import { provisionCruddur } from "@/scripts/provisioning/provision";
import { decodeJwt } from "./support/jwt";
import { openTarget, type Target } from "./support/target";
import { refresh, signInTokens } from "./support/users";
import { SIGN_IN_CODE_MESSAGE } from "@/scripts/provisioning/passwordless";
import type { Fixture } from "./support/fixture";

// Issue 2, section 3: provisioning reuses pool and client by name and seeds a demo user who can
// sign in. Issue 11: it sets the pool's TOTP MFA (default optional) and makes a new email wait for
// verification, on new and existing pools alike. Runs against the emulator, or against AWS with
// uniquely named pools that are deleted.
let target: Target;
const poolName = `cruddur-provisioning-${Date.now()}`;

const mfaConfig = (userPoolId: string) =>
  target.client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: userPoolId }));
const describePool = async (userPoolId: string) =>
  (await target.client.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }))).UserPool;

beforeAll(async () => {
  target = await openTarget();
});
afterAll(async () => {
  await target.close();
});

describe("provisionCruddur", () => {
  it("creates the Cruddur pool and client, then reuses both on a second run", async () => {
    const first = await provisionCruddur({ client: target.client, poolName });
    target.trackPool(first.userPoolId);
    const second = await provisionCruddur({ client: target.client, poolName });
    expect(second).toEqual(first);
    expect(first.region).toBe(target.region);
    expect(first.clientSecret).toBeUndefined();
    const { UserPool } = await target.client.send(new DescribeUserPoolCommand({ UserPoolId: first.userPoolId }));
    expect(UserPool).toMatchObject({
      Name: poolName,
      UsernameAttributes: ["email"],
      AutoVerifiedAttributes: ["email"],
      UserPoolTier: "ESSENTIALS",
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] },
      MfaConfiguration: "OPTIONAL",
    });
    expect(first.mfa).toBe("optional");
    expect((await mfaConfig(first.userPoolId)).SoftwareTokenMfaConfiguration?.Enabled).toBe(true);
    expect(UserPool?.Policies?.SignInPolicy?.AllowedFirstAuthFactors?.slice().sort()).toEqual([
      "EMAIL_OTP",
      "PASSWORD",
      "WEB_AUTHN",
    ]);
    expect(UserPool?.Policies?.PasswordPolicy).toMatchObject({
      MinimumLength: 8,
      RequireUppercase: true,
      RequireLowercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    const { UserPoolClient } = await target.client.send(
      new DescribeUserPoolClientCommand({ UserPoolId: first.userPoolId, ClientId: first.clientId }),
    );
    expect(UserPoolClient).toMatchObject({
      ClientName: "cruddur-web",
      PreventUserExistenceErrors: "ENABLED",
      EnableTokenRevocation: true,
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 30,
      TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days" },
    });
    expect(UserPoolClient?.ExplicitAuthFlows?.slice().sort()).toEqual([
      "ALLOW_REFRESH_TOKEN_AUTH",
      "ALLOW_USER_AUTH",
      "ALLOW_USER_PASSWORD_AUTH",
    ]);
    expect(UserPoolClient?.RefreshTokenRotation?.Feature ?? "DISABLED").toBe("DISABLED");
  });

  it("configures passkeys for localhost, or the given relying party, and the sign-in code email", async () => {
    const first = await provisionCruddur({ client: target.client, poolName });
    const config = () => target.client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: first.userPoolId }));
    expect(await config()).toMatchObject({
      WebAuthnConfiguration: { RelyingPartyId: "localhost", UserVerification: "preferred" },
      EmailMfaConfiguration: { Message: SIGN_IN_CODE_MESSAGE },
    });
    await provisionCruddur({ client: target.client, poolName, relyingPartyId: "cruddur.example" });
    expect((await config()).WebAuthnConfiguration?.RelyingPartyId).toBe("cruddur.example");
  });

  it("keeps USER_PASSWORD_AUTH and REFRESH_TOKEN_AUTH working for the default client", async () => {
    const { userPoolId, clientId, demo } = await provisionCruddur({ client: target.client, poolName, seedDemo: true });
    const f = { target, cognito: target.client, poolId: userPoolId } as Fixture;
    const tokens = await signInTokens(f, { id: clientId }, demo?.email ?? "", demo?.password ?? "");
    const username = String(decodeJwt(tokens.AccessToken).payload.username);
    const { AuthenticationResult } = await refresh(f, { id: clientId }, tokens.RefreshToken, username);
    expect(AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it("turns refresh-token rotation on when asked (the command line's default), and off again", async () => {
    const describeClient = async (clientId: string, userPoolId: string) =>
      (await target.client.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId })))
        .UserPoolClient;
    const rotating = await provisionCruddur({ client: target.client, poolName, rotateRefreshTokens: true });
    const client = await describeClient(rotating.clientId, rotating.userPoolId);
    expect(client?.RefreshTokenRotation).toMatchObject({ Feature: "ENABLED" });
    expect(client?.ExplicitAuthFlows).not.toContain("ALLOW_REFRESH_TOKEN_AUTH");
    expect(rotating.rotatesRefreshTokens).toBe(true);
    const plain = await provisionCruddur({ client: target.client, poolName });
    expect(plain.clientId).toBe(rotating.clientId);
    expect(plain.rotatesRefreshTokens).toBe(false);
    expect((await describeClient(plain.clientId, plain.userPoolId))?.ExplicitAuthFlows).toContain(
      "ALLOW_REFRESH_TOKEN_AUTH",
    );
  });

  it("brings a pool and client made before passwordless sign-in up to date", async () => {
    const name = `${poolName}-old`;
    const { UserPool } = await target.client.send(
      new CreateUserPoolCommand({ PoolName: name, UsernameAttributes: ["email"], AutoVerifiedAttributes: ["email"] }),
    );
    const UserPoolId = UserPool?.Id ?? "";
    target.trackPool(UserPoolId);
    await target.client.send(
      new CreateUserPoolClientCommand({
        UserPoolId,
        ClientName: "cruddur-web",
        ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      }),
    );
    const result = await provisionCruddur({ client: target.client, poolName: name });
    expect(result.userPoolId).toBe(UserPoolId);
    const pool = (await target.client.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool;
    expect(pool?.Policies?.SignInPolicy?.AllowedFirstAuthFactors).toContain("WEB_AUTHN");
    const client = (
      await target.client.send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId: result.clientId }))
    ).UserPoolClient;
    expect(client?.ExplicitAuthFlows).toContain("ALLOW_USER_AUTH");
    expect(client?.PreventUserExistenceErrors).toBe("ENABLED");
  });

  it("gives a confidential client with --with-secret, reused with the same secret", async () => {
    const first = await provisionCruddur({ client: target.client, poolName, withSecret: true });
    const second = await provisionCruddur({ client: target.client, poolName, withSecret: true });
    expect(first.clientSecret).toBeTruthy();
    expect(second).toEqual(first);
    const plain = await provisionCruddur({ client: target.client, poolName });
    expect(plain.clientId).not.toBe(first.clientId);
  });

  it("seeds a confirmed demo user who can sign in, again after a second run", async () => {
    const first = await provisionCruddur({ client: target.client, poolName, seedDemo: true });
    const second = await provisionCruddur({ client: target.client, poolName, seedDemo: true });
    expect(second.demo).toEqual(first.demo);
    const demo = second.demo;
    if (!demo) throw new Error("no demo user");
    expect(demo).toMatchObject({ name: "Andrew Brown", handle: "andrewbrown", email: "andrew@cruddur.test" });
    const user = await target.client.send(
      new AdminGetUserCommand({ UserPoolId: second.userPoolId, Username: demo.email }),
    );
    expect(user.UserStatus).toBe("CONFIRMED");
    const f = { target, cognito: target.client, poolId: second.userPoolId } as Fixture;
    const tokens = await signInTokens(f, { id: second.clientId }, demo.email, demo.password);
    expect(decodeJwt(tokens.IdToken).payload).toMatchObject({
      name: "Andrew Brown",
      preferred_username: "andrewbrown",
      email_verified: true,
    });
  });

  it("creates a separate short-lived client when accessTokenValiditySeconds is given", async () => {
    const seconds = 300;
    const normal = await provisionCruddur({ client: target.client, poolName });
    const short = await provisionCruddur({
      client: target.client,
      poolName,
      accessTokenValiditySeconds: seconds,
      seedDemo: true,
    });
    expect(short.clientId).not.toBe(normal.clientId);
    expect(
      (await provisionCruddur({ client: target.client, poolName, accessTokenValiditySeconds: seconds })).clientId,
    ).toBe(short.clientId);
    const { UserPoolClient } = await target.client.send(
      new DescribeUserPoolClientCommand({ UserPoolId: short.userPoolId, ClientId: short.clientId }),
    );
    expect(UserPoolClient?.ClientName).toBe(`cruddur-web-short-${seconds}s`);
    const f = { target, cognito: target.client, poolId: short.userPoolId } as Fixture;
    const tokens = await signInTokens(f, { id: short.clientId }, short.demo?.email ?? "", short.demo?.password ?? "");
    const { exp, iat } = decodeJwt(tokens.AccessToken).payload;
    expect(Number(exp) - Number(iat)).toBe(seconds);
  });

  it("turns TOTP MFA on, then off, on the same pool", async () => {
    const on = await provisionCruddur({ client: target.client, poolName, mfa: "on" });
    expect(await mfaConfig(on.userPoolId)).toMatchObject({
      MfaConfiguration: "ON",
      SoftwareTokenMfaConfiguration: { Enabled: true },
    });
    const off = await provisionCruddur({ client: target.client, poolName, mfa: "off" });
    expect(off.userPoolId).toBe(on.userPoolId);
    expect((await mfaConfig(off.userPoolId)).MfaConfiguration).toBe("OFF");
    await provisionCruddur({ client: target.client, poolName });
    expect((await mfaConfig(off.userPoolId)).MfaConfiguration).toBe("OPTIONAL");
  });

  it("brings an existing pool up to date and keeps every other setting it had", async () => {
    const name = `cruddur-provisioning-old-${Date.now()}`;
    const { UserAttributeUpdateSettings: _new, ...older } = cruddurPoolInput(name);
    const policy = { ...older.Policies?.PasswordPolicy, MinimumLength: 10 };
    const { UserPool } = await target.client.send(
      new CreateUserPoolCommand({ ...older, Policies: { PasswordPolicy: policy }, UserPoolTags: { team: "cruddur" } }),
    );
    const poolId = UserPool?.Id ?? "";
    target.trackPool(poolId);
    expect(UserPool?.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate ?? []).toEqual([]);
    await provisionCruddur({ client: target.client, poolName: name });
    await provisionCruddur({ client: target.client, poolName: name });
    const updated = await describePool(poolId);
    expect(updated?.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate).toEqual(["email"]);
    expect(updated?.Policies?.PasswordPolicy).toMatchObject({ MinimumLength: 10, RequireSymbols: true });
    expect(updated).toMatchObject({
      UserPoolTags: { team: "cruddur" },
      AutoVerifiedAttributes: ["email"],
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: "verified_email", Priority: 1 }] },
      MfaConfiguration: "OPTIONAL",
    });
  });
});
