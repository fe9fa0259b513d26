import {
  AdminCreateUserCommand,
  ConfirmSignUpCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ListUsersCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCruddurPool, PASSWORD, startTestEmulator } from "./test-support";

type Started = Awaited<ReturnType<typeof startTestEmulator>>;

describe("emulator flows through the unmodified SDK", () => {
  let env: Started;
  let pool: Awaited<ReturnType<typeof createCruddurPool>>;
  beforeAll(async () => {
    env = await startTestEmulator();
    pool = await createCruddurPool(env.cognito);
  });
  afterAll(() => env.emulator.close());

  const signIn = (email: string, password = PASSWORD) =>
    env.cognito.send(
      new InitiateAuthCommand({
        ClientId: pool.clientId,
        AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );

  async function confirmedUser(email: string) {
    await env.cognito.send(
      new SignUpCommand({
        ClientId: pool.clientId,
        Username: email,
        Password: PASSWORD,
        UserAttributes: [{ Name: "name", Value: "Ann" }],
      }),
    );
    await env.cognito.send(
      new ConfirmSignUpCommand({ ClientId: pool.clientId, Username: email, ConfirmationCode: "123456" }),
    );
  }

  it("signs up, confirms, signs in and reads the user", async () => {
    await expect(
      env.cognito.send(new SignUpCommand({ ClientId: pool.clientId, Username: "ann@cruddur.test", Password: "short" })),
    ).rejects.toMatchObject({
      name: "InvalidPasswordException",
      message: "Password did not conform with policy: Password not long enough",
    });
    await confirmedUser("ann@cruddur.test");
    const { AuthenticationResult } = await signIn("ann@cruddur.test");
    const user = await env.cognito.send(new GetUserCommand({ AccessToken: AuthenticationResult?.AccessToken }));
    expect(user.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: "email_verified", Value: "true" },
        { Name: "name", Value: "Ann" },
      ]),
    );
    expect(user.Username).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refreshes, revokes and signs out globally", async () => {
    await confirmedUser("bob@cruddur.test");
    const first = (await signIn("bob@cruddur.test")).AuthenticationResult;
    const refreshed = await env.cognito.send(
      new InitiateAuthCommand({
        ClientId: pool.clientId,
        AuthFlow: "REFRESH_TOKEN_AUTH",
        AuthParameters: { REFRESH_TOKEN: first?.RefreshToken as string },
      }),
    );
    expect(refreshed.AuthenticationResult?.RefreshToken).toBeUndefined();
    await env.cognito.send(new RevokeTokenCommand({ ClientId: pool.clientId, Token: first?.RefreshToken }));
    await expect(
      env.cognito.send(new GetUserCommand({ AccessToken: refreshed.AuthenticationResult?.AccessToken })),
    ).rejects.toMatchObject({
      name: "NotAuthorizedException",
      message: "Access Token has been revoked",
    });
    const second = (await signIn("bob@cruddur.test")).AuthenticationResult;
    await env.cognito.send(new GlobalSignOutCommand({ AccessToken: second?.AccessToken }));
    await expect(
      env.cognito.send(
        new InitiateAuthCommand({
          ClientId: pool.clientId,
          AuthFlow: "REFRESH_TOKEN_AUTH",
          AuthParameters: { REFRESH_TOKEN: second?.RefreshToken as string },
        }),
      ),
    ).rejects.toMatchObject({ message: "Refresh Token has been revoked" });
  });

  it("locks out after five wrong passwords", async () => {
    await confirmedUser("carl@cruddur.test");
    for (let i = 0; i < 5; i++) {
      await expect(signIn("carl@cruddur.test", "Wrong-Pass1")).rejects.toMatchObject({
        message: "Incorrect username or password.",
      });
    }
    await expect(signIn("carl@cruddur.test")).rejects.toMatchObject({
      name: "NotAuthorizedException",
      message: "Password attempts exceeded",
    });
  });

  it("walks an admin-created user through NEW_PASSWORD_REQUIRED", async () => {
    await env.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: pool.userPoolId,
        Username: "dee@cruddur.test",
        TemporaryPassword: "Temp-Pass1",
      }),
    );
    const challenge = await signIn("dee@cruddur.test", "Temp-Pass1");
    expect(challenge.ChallengeName).toBe("NEW_PASSWORD_REQUIRED");
    const answer = () =>
      env.cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: pool.clientId,
          ChallengeName: "NEW_PASSWORD_REQUIRED",
          Session: challenge.Session,
          ChallengeResponses: { USERNAME: "dee@cruddur.test", NEW_PASSWORD: PASSWORD },
        }),
      );
    expect((await answer()).AuthenticationResult?.AccessToken).toBeTruthy();
    await expect(answer()).rejects.toMatchObject({ name: "NotAuthorizedException" });
    const { Users } = await env.cognito.send(
      new ListUsersCommand({ UserPoolId: pool.userPoolId, Filter: 'email = "dee@cruddur.test"' }),
    );
    expect(Users?.[0]?.UserStatus).toBe("CONFIRMED");
  });
});
