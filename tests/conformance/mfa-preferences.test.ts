import {
  AdminGetUserCommand,
  AdminSetUserMFAPreferenceCommand,
  GetUserCommand,
  SetUserMFAPreferenceCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { beforeAll, describe, expect, it } from "vitest";
import { expectCognitoError } from "./support/errors";
import { setupFixture, type Fixture } from "./support/fixture";
import { associate, enrolTotp, poolWithMfa, preferTotp, setPoolMfa } from "./support/mfa";
import { createConfirmedUser, signInTokens } from "./support/users";

const fixture = setupFixture();
beforeAll(async () => setPoolMfa(fixture(), fixture().poolId, "OPTIONAL"));

async function signedIn(f: Fixture) {
  const user = await createConfirmedUser(f, "prefs");
  return { user, tokens: await signInTokens(f, f.enabled, user.email, user.password) };
}

const mfaOf = async (f: Fixture, accessToken: string, username: string) => {
  const own = await f.cognito.send(new GetUserCommand({ AccessToken: accessToken }));
  const admin = await f.cognito.send(new AdminGetUserCommand({ UserPoolId: f.poolId, Username: username }));
  expect(admin.UserMFASettingList).toEqual(own.UserMFASettingList);
  expect(admin.PreferredMfaSetting).toEqual(own.PreferredMfaSetting);
  expect(own.MFAOptions ?? []).toEqual([]);
  return { list: own.UserMFASettingList ?? [], preferred: own.PreferredMfaSetting };
};

// SetUserMFAPreference / AdminSetUserMFAPreference (API reference): turn factors on and off and
// choose a preferred one; "Users must register a TOTP authenticator before they set this as their
// preferred MFA method". GetUser / AdminGetUser report UserMFASettingList and PreferredMfaSetting;
// MFAOptions only ever described SMS.
describe("MFA preferences", () => {
  it("are empty for a user who has not set up MFA", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    expect(await mfaOf(f, tokens.AccessToken, user.username)).toEqual({ list: [], preferred: undefined });
  });

  it("turn TOTP on as the preferred factor, as GetUser and AdminGetUser show", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    await enrolTotp(f, tokens);
    expect(await mfaOf(f, tokens.AccessToken, user.username)).toEqual({
      list: ["SOFTWARE_TOKEN_MFA"],
      preferred: "SOFTWARE_TOKEN_MFA",
    });
  });

  it("refuse TOTP before an authenticator is verified with InvalidParameterException", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    await associate(f, tokens.AccessToken);
    await expectCognitoError(preferTotp(f, tokens.AccessToken), "InvalidParameterException");
    expect((await mfaOf(f, tokens.AccessToken, user.username)).list).toEqual([]);
  });

  it("turn TOTP off again, which also clears the preference", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    await enrolTotp(f, tokens);
    await preferTotp(f, tokens.AccessToken, false);
    expect(await mfaOf(f, tokens.AccessToken, user.username)).toEqual({ list: [], preferred: undefined });
  });

  it("keep TOTP on but not preferred when only PreferredMfa is false", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    await enrolTotp(f, tokens);
    await f.cognito.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: tokens.AccessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false },
      }),
    );
    expect(await mfaOf(f, tokens.AccessToken, user.username)).toEqual({
      list: ["SOFTWARE_TOKEN_MFA"],
      preferred: undefined,
    });
  });

  it("can be set by an administrator with AdminSetUserMFAPreference", async () => {
    const f = fixture();
    const { user, tokens } = await signedIn(f);
    await enrolTotp(f, tokens);
    await f.cognito.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: f.poolId,
        Username: user.email,
        SoftwareTokenMfaSettings: { Enabled: false },
      }),
    );
    expect((await mfaOf(f, tokens.AccessToken, user.username)).list).toEqual([]);
  });

  it("refuse AdminSetUserMFAPreference for an unknown user with UserNotFoundException", async () => {
    const f = fixture();
    const call = new AdminSetUserMFAPreferenceCommand({
      UserPoolId: f.poolId,
      Username: "nobody@example.com",
      SoftwareTokenMfaSettings: { Enabled: false },
    });
    await expectCognitoError(f.cognito.send(call), "UserNotFoundException");
  });

  it("refuse SMS MFA for a user without a phone number with InvalidParameterException", async () => {
    const f = fixture();
    const { tokens } = await signedIn(f);
    const sms = new SetUserMFAPreferenceCommand({ AccessToken: tokens.AccessToken, SMSMfaSettings: { Enabled: true } });
    await expectCognitoError(f.cognito.send(sms), "InvalidParameterException");
  });
});

// SoftwareTokenMfaSettingsType: "You can't turn off TOTP MFA for any of your users when MFA is
// required in your user pool; you can only set the type that your user prefers."
describe("MFA preferences in a pool that requires MFA", () => {
  it("refuse turning TOTP off with InvalidParameterException", async () => {
    const optional = await poolWithMfa(fixture(), "OPTIONAL");
    const { user, tokens } = await signedIn(optional);
    await enrolTotp(optional, tokens);
    await setPoolMfa(optional, optional.poolId, "ON");
    await expectCognitoError(preferTotp(optional, tokens.AccessToken, false), "InvalidParameterException");
    expect((await mfaOf(optional, tokens.AccessToken, user.username)).list).toEqual(["SOFTWARE_TOKEN_MFA"]);
  });
});
