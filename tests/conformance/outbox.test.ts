import {
  AdminCreateUserCommand,
  ForgotPasswordCommand,
  ResendConfirmationCodeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect } from "vitest";
import { itEmulator, readOutbox } from "./support/emulator-control";
import { UUID } from "./support/errors";
import { uniqueEmail, setupFixture } from "./support/fixture";
import { createConfirmedUser, profile, signUp } from "./support/users";

const fixture = setupFixture();

// The outbox is the emulator's stand-in for email delivery (issue 2, plan.md): every code and
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
    expect(message).toMatchObject({ kind: "ADMIN_CREATE_USER", code: "Temp0rary-Pass!", email: invited });
    expect(message?.username).toMatch(UUID);
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
