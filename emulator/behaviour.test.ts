import {
  AdminCreateUserCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  CreateUserPoolClientCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCruddurPool, PASSWORD, startTestEmulator } from "./test-support";

type Started = Awaited<ReturnType<typeof startTestEmulator>>;

describe("documented Cognito behaviour", () => {
  let clock = Date.now();
  let env: Started;
  let legacy: Awaited<ReturnType<typeof createCruddurPool>>;
  let hidden: string;
  beforeAll(async () => {
    env = await startTestEmulator({ now: () => clock });
    legacy = await createCruddurPool(env.cognito);
    const created = await env.cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: legacy.userPoolId,
        ClientName: "hidden",
        PreventUserExistenceErrors: "ENABLED",
        ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      }),
    );
    hidden = created.UserPoolClient?.ClientId as string;
  });
  afterAll(() => env.emulator.close());

  const signIn = (clientId: string, username: string, password = PASSWORD) =>
    env.cognito.send(
      new InitiateAuthCommand({
        ClientId: clientId,
        AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
    );
  const signUp = (email: string) =>
    env.cognito.send(new SignUpCommand({ ClientId: legacy.clientId, Username: email, Password: PASSWORD }));
  const outbox = async (email: string) =>
    (await (await fetch(`${env.emulator.url}/_emulator/outbox?email=${encodeURIComponent(email)}`)).json()) as Array<{
      kind: string;
      code: string;
    }>;

  it("hides or reveals unknown users according to PreventUserExistenceErrors", async () => {
    await expect(signIn(legacy.clientId, "ghost@cruddur.test")).rejects.toMatchObject({
      name: "UserNotFoundException",
      message: "User does not exist.",
    });
    await expect(signIn(hidden, "ghost@cruddur.test")).rejects.toMatchObject({
      name: "NotAuthorizedException",
      message: "Incorrect username or password.",
    });
    const forgot = await env.cognito.send(
      new ForgotPasswordCommand({ ClientId: hidden, Username: "ghost@cruddur.test" }),
    );
    expect(forgot.CodeDeliveryDetails).toEqual({
      Destination: "g***@c***.test",
      DeliveryMedium: "EMAIL",
      AttributeName: "email",
    });
    await env.cognito.send(new ResendConfirmationCodeCommand({ ClientId: hidden, Username: "ghost@cruddur.test" }));
    expect(await outbox("ghost@cruddur.test")).toEqual([]);
    await signUp("taken@cruddur.test");
    await expect(
      env.cognito.send(new SignUpCommand({ ClientId: hidden, Username: "taken@cruddur.test", Password: PASSWORD })),
    ).rejects.toMatchObject({
      name: "UsernameExistsException",
      message: "An account with the given email already exists.",
    });
  });

  it("expires sign-up codes after 24 hours and counts wrong guesses", async () => {
    await signUp("late@cruddur.test");
    const confirm = (code: string) =>
      env.cognito.send(
        new ConfirmSignUpCommand({ ClientId: legacy.clientId, Username: "late@cruddur.test", ConfirmationCode: code }),
      );
    await expect(confirm("000000")).rejects.toMatchObject({ name: "CodeMismatchException" });
    clock += 24 * 3600 * 1000 + 1;
    await expect(confirm("123456")).rejects.toMatchObject({ name: "ExpiredCodeException" });
    await env.cognito.send(
      new ResendConfirmationCodeCommand({ ClientId: legacy.clientId, Username: "late@cruddur.test" }),
    );
    for (let i = 0; i < 5; i++)
      await expect(confirm("000000")).rejects.toMatchObject({ name: "CodeMismatchException" });
    await expect(confirm("123456")).rejects.toMatchObject({
      name: "LimitExceededException",
      message: "Attempt limit exceeded, please try after some time.",
    });
    expect((await outbox("late@cruddur.test")).map((entry) => entry.kind)).toEqual(["SIGN_UP", "RESEND"]);
  });

  it("expires recovery codes after one hour and makes them single use", async () => {
    await signUp("lost@cruddur.test");
    await env.cognito.send(
      new ConfirmSignUpCommand({
        ClientId: legacy.clientId,
        Username: "lost@cruddur.test",
        ConfirmationCode: "123456",
      }),
    );
    const reset = (password: string) =>
      env.cognito.send(
        new ConfirmForgotPasswordCommand({
          ClientId: legacy.clientId,
          Username: "lost@cruddur.test",
          ConfirmationCode: "123456",
          Password: password,
        }),
      );
    await env.cognito.send(new ForgotPasswordCommand({ ClientId: legacy.clientId, Username: "lost@cruddur.test" }));
    clock += 3600 * 1000 + 1;
    await expect(reset("New-Pass-1")).rejects.toMatchObject({ name: "ExpiredCodeException" });
    await env.cognito.send(new ForgotPasswordCommand({ ClientId: legacy.clientId, Username: "lost@cruddur.test" }));
    await expect(reset("weak")).rejects.toMatchObject({ name: "InvalidPasswordException" });
    await reset("New-Pass-1");
    await expect(reset("New-Pass-2")).rejects.toMatchObject({ name: "ExpiredCodeException" });
    expect((await signIn(legacy.clientId, "lost@cruddur.test", "New-Pass-1")).AuthenticationResult).toBeDefined();
  });

  it("doubles the lockout from one second after five failures", async () => {
    await signUp("lock@cruddur.test");
    await env.cognito.send(
      new ConfirmSignUpCommand({
        ClientId: legacy.clientId,
        Username: "lock@cruddur.test",
        ConfirmationCode: "123456",
      }),
    );
    const wrong = () => signIn(legacy.clientId, "lock@cruddur.test", "Wrong-Pass1");
    for (let i = 0; i < 5; i++)
      await expect(wrong()).rejects.toMatchObject({ message: "Incorrect username or password." });
    await expect(signIn(legacy.clientId, "lock@cruddur.test")).rejects.toMatchObject({
      message: "Password attempts exceeded",
    });
    clock += 1000;
    await expect(wrong()).rejects.toMatchObject({ message: "Incorrect username or password." });
    clock += 1000;
    await expect(signIn(legacy.clientId, "lock@cruddur.test")).rejects.toMatchObject({
      message: "Password attempts exceeded",
    });
    clock += 1000;
    expect((await signIn(legacy.clientId, "lock@cruddur.test")).AuthenticationResult).toBeDefined();
  });

  it("expires the NEW_PASSWORD_REQUIRED session after three minutes", async () => {
    await env.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: legacy.userPoolId,
        Username: "slow@cruddur.test",
        TemporaryPassword: "Temp-Pass1",
      }),
    );
    expect((await outbox("slow@cruddur.test"))[0]).toMatchObject({ kind: "ADMIN_CREATE_USER", code: "Temp-Pass1" });
    const challenge = await signIn(legacy.clientId, "slow@cruddur.test", "Temp-Pass1");
    clock += 3 * 60 * 1000 + 1;
    await expect(
      env.cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: legacy.clientId,
          ChallengeName: "NEW_PASSWORD_REQUIRED",
          Session: challenge.Session,
          ChallengeResponses: { USERNAME: "slow@cruddur.test", NEW_PASSWORD: PASSWORD },
        }),
      ),
    ).rejects.toMatchObject({
      name: "NotAuthorizedException",
      message: "Invalid session for the user, session is expired.",
    });
  });

  it("enforces Cognito's token validity ranges", async () => {
    const create = (AccessTokenValidity: number) =>
      env.cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: legacy.userPoolId,
          ClientName: "short",
          AccessTokenValidity,
          TokenValidityUnits: { AccessToken: "minutes" },
        }),
      );
    await expect(create(4)).rejects.toMatchObject({ name: "InvalidParameterException" });
    await expect(create(1441)).rejects.toMatchObject({ name: "InvalidParameterException" });
    expect((await create(5)).UserPoolClient?.AccessTokenValidity).toBe(5);
  });
});
