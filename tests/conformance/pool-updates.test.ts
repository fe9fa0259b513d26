import {
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { expectCognitoError } from "./support/errors";
import { createClient, createPool, setupFixture, type Fixture } from "./support/fixture";
import { decodeJwt } from "./support/jwt";
import { createConfirmedUser, signInTokens } from "./support/users";

const fixture = setupFixture();

const describePool = async (f: Fixture, poolId: string) =>
  (await f.cognito.send(new DescribeUserPoolCommand({ UserPoolId: poolId }))).UserPool;

// UpdateUserPool (API reference): "If you don't provide a value for an attribute, Amazon Cognito
// sets it to its default value." UserAttributeUpdateSettingsType: the attributes must also be
// auto-verified. Sign-in attributes and the schema are not part of the request and never change.
describe("UpdateUserPool", () => {
  it("applies the settings given and resets every updatable setting left out to its default", async () => {
    const f = fixture();
    const poolId = await createPool(f.target);
    await f.cognito.send(
      new UpdateUserPoolCommand({
        UserPoolId: poolId,
        AutoVerifiedAttributes: ["email"],
        UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] },
        DeletionProtection: "ACTIVE",
      }),
    );
    const updated = await describePool(f, poolId);
    expect(updated?.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate).toEqual(["email"]);
    expect(updated?.DeletionProtection).toBe("ACTIVE");
    expect(updated?.Policies?.PasswordPolicy?.MinimumLength).toBe(8);
    await f.cognito.send(
      new UpdateUserPoolCommand({ UserPoolId: poolId, Policies: { PasswordPolicy: { MinimumLength: 12 } } }),
    );
    const reset = await describePool(f, poolId);
    expect(reset?.Policies?.PasswordPolicy).toMatchObject({ MinimumLength: 12, RequireSymbols: false });
    expect(reset?.AutoVerifiedAttributes ?? []).toEqual([]);
    expect(reset?.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate ?? []).toEqual([]);
    expect(reset?.DeletionProtection ?? "INACTIVE").toBe("INACTIVE");
    expect(reset?.MfaConfiguration).toBe("OFF");
  });

  it("keeps the sign-in attributes and the schema", async () => {
    const f = fixture();
    const poolId = await createPool(f.target);
    await f.cognito.send(new UpdateUserPoolCommand({ UserPoolId: poolId }));
    const pool = await describePool(f, poolId);
    expect(pool?.UsernameAttributes).toEqual(["email"]);
    expect(pool?.SchemaAttributes?.find((attribute) => attribute.Name === "name")?.Required).toBe(true);
  });

  it("refuses AttributesRequireVerificationBeforeUpdate for an attribute that is not auto-verified", async () => {
    const f = fixture();
    const update = new UpdateUserPoolCommand({
      UserPoolId: f.poolId,
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ["email"] },
    });
    await expectCognitoError(f.cognito.send(update), "InvalidParameterException", /AutoVerifiedAttributes/);
  });

  it("answers an unknown pool with ResourceNotFoundException", async () => {
    const f = fixture();
    const update = new UpdateUserPoolCommand({ UserPoolId: `${f.target.region}_AAAAAAAAA` });
    await expectCognitoError(f.cognito.send(update), "ResourceNotFoundException");
  });
});

// UpdateUserPoolClient (API reference): settings left out are set to their defaults:
// PreventUserExistenceErrors LEGACY, token revocation on, tokens valid 1 hour / 30 days.
describe("UpdateUserPoolClient", () => {
  const describeClient = async (f: Fixture, clientId: string) =>
    (await f.cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: f.poolId, ClientId: clientId })))
      .UserPoolClient;

  it("resets the settings left out to their defaults and keeps the id and secret", async () => {
    const f = fixture();
    const client = await createClient(f.target, f.poolId, {
      GenerateSecret: true,
      PreventUserExistenceErrors: "ENABLED",
      EnableTokenRevocation: false,
      AccessTokenValidity: 5,
      TokenValidityUnits: { AccessToken: "minutes" },
    });
    const { UserPoolClient } = await f.cognito.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: f.poolId,
        ClientId: client.id,
        ClientName: "renamed",
        ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      }),
    );
    expect(UserPoolClient?.ClientName).toBe("renamed");
    const described = await describeClient(f, client.id);
    expect(described?.ClientSecret).toBe(client.secret);
    expect(described?.PreventUserExistenceErrors ?? "LEGACY").toBe("LEGACY");
    expect(described?.EnableTokenRevocation).toBe(true);
    expect(described?.RefreshTokenValidity).toBe(30);
  });

  it("resets a token lifetime left out: access tokens last one hour again", async () => {
    const f = fixture();
    const client = await createClient(f.target, f.poolId, {
      AccessTokenValidity: 5,
      TokenValidityUnits: { AccessToken: "minutes" },
    });
    await f.cognito.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: f.poolId,
        ClientId: client.id,
        ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      }),
    );
    const user = await createConfirmedUser(f);
    const { exp, iat } = decodeJwt((await signInTokens(f, client, user.email, user.password)).AccessToken).payload;
    expect(Number(exp) - Number(iat)).toBe(3600);
  });

  it("answers an unknown client with ResourceNotFoundException", async () => {
    const f = fixture();
    const update = new UpdateUserPoolClientCommand({ UserPoolId: f.poolId, ClientId: "doesnotexist0000000000000a" });
    await expectCognitoError(f.cognito.send(update), "ResourceNotFoundException");
  });
});
