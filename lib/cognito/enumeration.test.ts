import { afterEach, describe, expect, it, vi } from "vitest";
import { toAuthError } from "./errors";

const send = vi.fn();
vi.mock("./client", () => ({
  callCognito: async (run: (client: { send: typeof send }) => Promise<unknown>) => {
    try {
      return await run({ send });
    } catch (error) {
      throw toAuthError(error);
    }
  },
  secretHashFor: async () => undefined,
}));
vi.mock("../config/env", () => ({ getConfig: () => ({ clientId: "client1" }) }));

const { resendConfirmationCode, confirmSignUp } = await import("./sign-up");
const { forgotPassword, confirmForgotPassword } = await import("./recovery");
const { signInWithPassword } = await import("./sign-in");

const fail = (name: string, message = "raw") =>
  send.mockRejectedValueOnce(Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } }));

afterEach(() => send.mockReset());

describe("enumeration safety", () => {
  it("resend resolves alike for unknown, confirmed and real accounts", async () => {
    fail("UserNotFoundException");
    await expect(resendConfirmationCode("nobody@x.test")).resolves.toBeUndefined();
    fail("InvalidParameterException", "User is already confirmed.");
    await expect(resendConfirmationCode("done@x.test")).resolves.toBeUndefined();
    send.mockResolvedValueOnce({});
    await expect(resendConfirmationCode("real@x.test")).resolves.toBeUndefined();
  });

  it("resend still reports throttling", async () => {
    fail("LimitExceededException");
    await expect(resendConfirmationCode("real@x.test")).rejects.toMatchObject({ code: "limit-exceeded" });
  });

  it("forgot-password resolves alike for unknown accounts and accounts without a verified email", async () => {
    fail("UserNotFoundException");
    await expect(forgotPassword("nobody@x.test")).resolves.toBeUndefined();
    fail("InvalidParameterException", "Cannot reset password for the user as there is no registered/verified email");
    await expect(forgotPassword("unverified@x.test")).resolves.toBeUndefined();
  });

  it("codes for unknown accounts read as wrong codes", async () => {
    fail("UserNotFoundException");
    await expect(confirmForgotPassword("nobody@x.test", "123456", "Passw0rd!")).rejects.toMatchObject({
      code: "code-mismatch",
    });
    fail("UserNotFoundException");
    await expect(confirmSignUp("nobody@x.test", "123456")).rejects.toMatchObject({ code: "code-mismatch" });
  });

  it("sign-in gives unknown users and wrong passwords the same error", async () => {
    fail("UserNotFoundException");
    const unknown = await signInWithPassword("nobody@x.test", "pw").catch((e: unknown) => e);
    fail("NotAuthorizedException", "Incorrect username or password.");
    const wrong = await signInWithPassword("real@x.test", "pw").catch((e: unknown) => e);
    expect(unknown).toEqual(wrong);
  });

  it("sign-in turns the new-password challenge into its own result", async () => {
    send.mockResolvedValueOnce({
      ChallengeName: "NEW_PASSWORD_REQUIRED",
      Session: "s",
      ChallengeParameters: { USER_ID_FOR_SRP: "uuid" },
    });
    await expect(signInWithPassword("a@x.test", "temp")).resolves.toEqual({
      kind: "new-password-required",
      session: "s",
      username: "uuid",
    });
    send.mockResolvedValueOnce({ ChallengeName: "SMS_MFA", Session: "s" });
    await expect(signInWithPassword("a@x.test", "pw")).rejects.toMatchObject({ code: "unsupported-challenge" });
  });
});
