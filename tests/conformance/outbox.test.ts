import {
  AdminCreateUserCommand,
  ForgotPasswordCommand,
  ResendConfirmationCodeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect } from "vitest";
import { itEmulator, readOutbox } from "./support/emulator-control";
import { UUID } from "./support/errors";
import { uniqueEmail, setupFixture, type Fixture } from "./support/fixture";
import { createConfirmedUser, profile, signUp } from "./support/users";

const fixture = setupFixture();

// The outbox is the emulator's stand-in for email delivery (emulator/README.md): every code and
// temporary password is recorded as {userPoolId, username, email, kind, code, sentAt}.
describe("outbox", () => {
  itEmulator("records sign-up, resend and recovery codes, oldest first, with their shape", async () => {
    const f = fixture();
    const email = uniqueEmail("outbox");
    const { UserSub } = await signUp(f, f.enabled, email);
    await f.cognito.send(new ResendConfirmationCodeCommand({ ClientId: f.enabled.id, Username: email }));
    const messages = await readOutbox(f.target.endpoint, email);
    expect(messages.map((message) => message.kind)).toEqual(["SIGN_UP", "RESEND"]);
    for (const message of messages) {
      expect(message).toEqual({
        userPoolId: f.poolId,
        username: UserSub,
        email,
        kind: message.kind,
        code: expect.stringMatching(/^\d{6}$/),
        sentAt: expect.any(String),
      });
      expect(new Date(message.sentAt).toISOString()).toBe(message.sentAt);
    }
    expect((messages[0]?.sentAt ?? "") <= (messages[1]?.sentAt ?? "")).toBe(true);
  });

  itEmulator("records a recovery code as FORGOT_PASSWORD", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f);
    await f.cognito.send(new ForgotPasswordCommand({ ClientId: f.enabled.id, Username: user.email }));
    const messages = await readOutbox(f.target.endpoint, user.email);
    expect(messages).toEqual([
      expect.objectContaining({
        kind: "FORGOT_PASSWORD",
        username: user.username,
        code: expect.stringMatching(/^\d{6}$/),
      }),
    ]);
  });

  itEmulator("records an admin-created user's temporary password unless the message is suppressed", async () => {
    const f = fixture();
    const invited = uniqueEmail("invite");
    const attributes = [...profile(), { Name: "email", Value: invited }, { Name: "email_verified", Value: "true" }];
    await f.cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: f.poolId,
        Username: invited,
        TemporaryPassword: "Temp0rary-Pass!",
        UserAttributes: attributes,
      }),
    );
    const [message] = await readOutbox(f.target.endpoint, invited);
    expect(message).toMatchObject({
      kind: "ADMIN_CREATE_USER",
      code: "Temp0rary-Pass!",
      email: invited,
      username: expect.stringMatching(UUID),
    });
    const suppressed = await createConfirmedUser(f, "suppressed");
    expect(await readOutbox(f.target.endpoint, suppressed.email)).toEqual([]);
  });

  itEmulator("filters by email and empties on DELETE", async () => {
    const f = fixture();
    const [first, second] = [uniqueEmail("one"), uniqueEmail("two")];
    await signUp(f, f.enabled, first);
    await signUp(f, f.enabled, second);
    expect((await readOutbox(f.target.endpoint, first)).map((message) => message.email)).toEqual([first]);
    const all = await readOutbox(f.target.endpoint);
    expect(all.map((message) => message.email)).toEqual(expect.arrayContaining([first, second]));
    const deleted = await fetch(`${f.target.endpoint}/_emulator/outbox`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect(await readOutbox(f.target.endpoint)).toEqual([]);
  });
});

const postMail = (f: Fixture, mail: object) =>
  fetch(`${f.target.endpoint}/_emulator/outbox`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(mail),
  });

// The app sends some mail itself, such as "your email is being changed" (Cognito does not): it
// posts it to the emulator, which keeps it in the same outbox.
describe("app mail in the outbox", () => {
  itEmulator("records the app's notice beside Cognito's mail, with its subject and text", async () => {
    const f = fixture();
    const user = await createConfirmedUser(f, "notice");
    const mail = {
      userPoolId: f.poolId,
      email: user.email,
      kind: "EMAIL_CHANGE_NOTICE",
      subject: "Your email is being changed",
      text: "Someone asked to change it.",
    };
    const response = await postMail(f, mail);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ...mail, sentAt: expect.any(String) });
    expect(await readOutbox(f.target.endpoint, user.email)).toEqual([{ ...mail, sentAt: expect.any(String) }]);
  });

  itEmulator("accepts a notice without a pool, subject or text", async () => {
    const f = fixture();
    const email = uniqueEmail("bare");
    expect((await postMail(f, { email, kind: "PASSWORD_CHANGE_NOTICE" })).status).toBe(201);
    expect((await readOutbox(f.target.endpoint, email)).map((message) => message.kind)).toEqual([
      "PASSWORD_CHANGE_NOTICE",
    ]);
  });

  itEmulator("refuses an unknown kind, an address that is not one, and an unknown pool", async () => {
    const f = fixture();
    const email = uniqueEmail("refused");
    expect((await postMail(f, { email, kind: "SIGN_UP" })).status).toBe(400);
    expect((await postMail(f, { email: "not-an-address", kind: "EMAIL_CHANGE_NOTICE" })).status).toBe(400);
    expect((await postMail(f, { email, kind: "EMAIL_CHANGE_NOTICE", text: 7 })).status).toBe(400);
    const unknownPool = await postMail(f, { userPoolId: "us-east-1_AAAAAAAAA", email, kind: "EMAIL_CHANGE_NOTICE" });
    expect(unknownPool.status).toBe(404);
    expect(await readOutbox(f.target.endpoint, email)).toEqual([]);
  });
});
