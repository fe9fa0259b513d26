import {
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { expectCognitoError } from "./support/errors";
import { createClient, createPool, POOL_INPUT, setupFixture } from "./support/fixture";

const fixture = setupFixture();

// CreateUserPool / DescribeUserPool / ListUserPools (API reference): the pool Id pattern is
// [\w-]+_[0-9a-zA-Z]+, i.e. "<region>_<id>"; unknown pools give ResourceNotFoundException.
describe("user pools", () => {
  it("creates a pool whose id is <region>_<9 alphanumerics> and describes it back", async () => {
    const f = fixture();
    expect(f.poolId).toMatch(new RegExp(`^${f.target.region}_[0-9A-Za-z]{9}$`));
    const { UserPool } = await f.cognito.send(new DescribeUserPoolCommand({ UserPoolId: f.poolId }));
    expect(UserPool?.Id).toBe(f.poolId);
    expect(UserPool?.UsernameAttributes).toEqual(["email"]);
    expect(UserPool?.AutoVerifiedAttributes).toEqual(["email"]);
    expect(UserPool?.Policies?.PasswordPolicy).toMatchObject(POOL_INPUT.Policies.PasswordPolicy);
  });

  it("lists the pool by name", async () => {
    const f = fixture();
    const name = `listed-${Date.now()}`;
    const poolId = await createPool(f.target, name);
    const { UserPools } = await f.cognito.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    expect(UserPools?.find((pool) => pool.Id === poolId)?.Name).toBe(name);
  });

  it("answers DescribeUserPool for an unknown pool with ResourceNotFoundException", async () => {
    const f = fixture();
    const unknown = `${f.target.region}_AAAAAAAAA`;
    await expectCognitoError(
      f.cognito.send(new DescribeUserPoolCommand({ UserPoolId: unknown })),
      "ResourceNotFoundException",
    );
  });
});

// CreateUserPoolClient (API reference, "Configuring a user pool app client"): GenerateSecret
// gives a ClientSecret; new clients default to PreventUserExistenceErrors LEGACY and have
// token revocation enabled ("Revoking tokens": "token revocation is enabled by default").
describe("app clients", () => {
  it("creates a public client without a secret and with the documented defaults", async () => {
    const f = fixture();
    const { UserPoolClient } = await f.cognito.send(
      new DescribeUserPoolClientCommand({ UserPoolId: f.poolId, ClientId: f.legacy.id }),
    );
    expect(UserPoolClient?.ClientId).toBe(f.legacy.id);
    expect(UserPoolClient?.ClientSecret).toBeUndefined();
    expect(UserPoolClient?.PreventUserExistenceErrors ?? "LEGACY").toBe("LEGACY");
    expect(UserPoolClient?.EnableTokenRevocation).toBe(true);
    expect(UserPoolClient?.ExplicitAuthFlows?.slice().sort()).toEqual([
      "ALLOW_REFRESH_TOKEN_AUTH",
      "ALLOW_USER_PASSWORD_AUTH",
    ]);
  });

  it("creates a confidential client with GenerateSecret and describes its secret", async () => {
    const f = fixture();
    expect(f.confidential.secret).toMatch(/^[\w+]+$/);
    const { UserPoolClient } = await f.cognito.send(
      new DescribeUserPoolClientCommand({ UserPoolId: f.poolId, ClientId: f.confidential.id }),
    );
    expect(UserPoolClient?.ClientSecret).toBe(f.confidential.secret);
    expect(UserPoolClient?.PreventUserExistenceErrors).toBe("ENABLED");
  });

  it("echoes token validity and its units", async () => {
    const f = fixture();
    const client = await createClient(f.target, f.poolId, {
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 30,
      TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days" },
    });
    const { UserPoolClient } = await f.cognito.send(
      new DescribeUserPoolClientCommand({ UserPoolId: f.poolId, ClientId: client.id }),
    );
    expect(UserPoolClient).toMatchObject({
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 30,
      TokenValidityUnits: { AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days" },
    });
  });

  // TokenValidityUnitsType: access and ID tokens range from five minutes to one day.
  it("rejects an access token validity below five minutes", async () => {
    const f = fixture();
    const call = createClient(f.target, f.poolId, {
      AccessTokenValidity: 1,
      TokenValidityUnits: { AccessToken: "seconds" },
    });
    await expectCognitoError(call, "InvalidParameterException");
  });

  it("lists the clients of a pool (used by provisioning to stay idempotent)", async () => {
    const f = fixture();
    const { UserPoolClients } = await f.cognito.send(
      new ListUserPoolClientsCommand({ UserPoolId: f.poolId, MaxResults: 60 }),
    );
    const ids = UserPoolClients?.map((client) => client.ClientId) ?? [];
    expect(ids).toEqual(expect.arrayContaining([f.legacy.id, f.enabled.id, f.confidential.id]));
  });

  it("answers DescribeUserPoolClient for an unknown client with ResourceNotFoundException", async () => {
    const f = fixture();
    const call = f.cognito.send(
      new DescribeUserPoolClientCommand({ UserPoolId: f.poolId, ClientId: "doesnotexist0000000000000a" }),
    );
    await expectCognitoError(call, "ResourceNotFoundException");
  });
});
