import { beforeAll, describe, expect, it } from "vitest";
import { createOutbox } from "../../outbox";
import { Store } from "../../store/store";
import { newTotpSecret } from "../../totp";
import { createKeyring } from "../../tokens/keyring";
import { generateSigningKeys } from "../../tokens/keys";
import type { Ctx } from "../context";
import { dispatch } from "../router";
import { issueChallenge } from "./session";

// SELECT_MFA_TYPE arises only for a user with more than one MFA factor and none preferred; with
// only TOTP emulated the emulator never issues it, so these tests issue one by hand.
describe("SELECT_MFA_TYPE", () => {
  const store = Store.inMemory();
  let ctx: Ctx;
  let clientId = "";
  let session = "";
  const call = (name: string, input: Record<string, unknown>) => dispatch(ctx, store, name, input);
  const answer = (ANSWER: string) =>
    call("RespondToAuthChallenge", {
      ClientId: clientId,
      ChallengeName: "SELECT_MFA_TYPE",
      Session: session,
      ChallengeResponses: { USERNAME: "ann", ANSWER },
    });

  beforeAll(async () => {
    const state = store.state;
    const now = () => Date.now();
    const keys = createKeyring(await generateSigningKeys());
    ctx = {
      state,
      now,
      outbox: createOutbox(state, now, () => {}),
      keys,
      allowShortTokens: false,
      region: "us-east-1",
    };
    await call("CreateUserPool", { PoolName: "select" });
    const pool = Object.values(state.pools)[0];
    await call("CreateUserPoolClient", { UserPoolId: pool?.id, ClientName: "c" });
    await call("AdminCreateUser", { UserPoolId: pool?.id, Username: "ann", MessageAction: "SUPPRESS" });
    const client = Object.values(pool?.clients ?? {})[0];
    const user = pool?.users.ann;
    if (!pool || !user || !client) throw new Error("setup failed");
    clientId = client.clientId;
    user.softwareToken = { secret: newTotpSecret(), lastUsedStep: 0 };
    session = issueChallenge(ctx, pool, client, user, "SELECT_MFA_TYPE", { choices: "SMS_MFA,SOFTWARE_TOKEN_MFA" });
  });

  it("refuses an ANSWER that was not among the choices", async () => {
    await expect(answer("EMAIL_OTP")).rejects.toMatchObject({ type: "InvalidParameterException" });
  });

  it("refuses SMS_MFA, which is not emulated", async () => {
    await expect(answer("SMS_MFA")).rejects.toMatchObject({ type: "InvalidParameterException" });
  });

  it("answers SOFTWARE_TOKEN_MFA with that challenge and a new session, spending its own", async () => {
    const next = await answer("SOFTWARE_TOKEN_MFA");
    expect(next).toMatchObject({ ChallengeName: "SOFTWARE_TOKEN_MFA", Session: expect.any(String) });
    expect(next).not.toMatchObject({ Session: session });
    await expect(answer("SOFTWARE_TOKEN_MFA")).rejects.toMatchObject({ type: "NotAuthorizedException" });
  });
});
