import { createHmac } from "node:crypto";
import {
  AdminCreateUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { computeSecretHash, secretHashMatches } from "./secret-hash";
import { createCruddurPool, PASSWORD, startTestEmulator } from "./test-support";

describe("SECRET_HASH", () => {
  it("is base64(HMAC-SHA256(secret, username + clientId))", () => {
    const expected = createHmac("sha256", "s3cret").update("ann@x.testclient1").digest("base64");
    expect(computeSecretHash("ann@x.test", "client1", "s3cret")).toBe(expected);
    expect(secretHashMatches(expected, "ann@x.test", "client1", "s3cret")).toBe(true);
    expect(secretHashMatches(expected, "ann@x.test", "client2", "s3cret")).toBe(false);
  });

  it("is required, checked, and computed over the Cognito username for refresh", async () => {
    const { emulator, cognito } = await startTestEmulator();
    try {
      const { userPoolId, clientId, clientSecret = "" } = await createCruddurPool(cognito, { GenerateSecret: true });
      const email = "sec@cruddur.test";
      await cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: userPoolId,
          Username: email,
          TemporaryPassword: "Temp-Pass1",
          MessageAction: "SUPPRESS",
        }),
      );
      const auth = (
        params: Record<string, string>,
        flow: "USER_PASSWORD_AUTH" | "REFRESH_TOKEN_AUTH" = "USER_PASSWORD_AUTH",
      ) => cognito.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: flow, AuthParameters: params }));
      await expect(auth({ USERNAME: email, PASSWORD: "Temp-Pass1" })).rejects.toMatchObject({
        message: `Client ${clientId} is configured with secret but SECRET_HASH was not received`,
      });
      await expect(auth({ USERNAME: email, PASSWORD: "Temp-Pass1", SECRET_HASH: "bad" })).rejects.toMatchObject({
        message: `Unable to verify secret hash for client ${clientId}`,
      });
      const hash = computeSecretHash(email, clientId, clientSecret);
      const challenge = await auth({ USERNAME: email, PASSWORD: "Temp-Pass1", SECRET_HASH: hash });
      const { AuthenticationResult } = await cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: clientId,
          ChallengeName: "NEW_PASSWORD_REQUIRED",
          Session: challenge.Session,
          ChallengeResponses: { USERNAME: email, NEW_PASSWORD: PASSWORD, SECRET_HASH: hash },
        }),
      );
      const cognitoUsername = challenge.ChallengeParameters?.USER_ID_FOR_SRP as string;
      const refresh = { REFRESH_TOKEN: AuthenticationResult?.RefreshToken as string };
      await expect(auth({ ...refresh, SECRET_HASH: hash }, "REFRESH_TOKEN_AUTH")).rejects.toMatchObject({
        name: "NotAuthorizedException",
      });
      const refreshed = await auth(
        { ...refresh, SECRET_HASH: computeSecretHash(cognitoUsername, clientId, clientSecret) },
        "REFRESH_TOKEN_AUTH",
      );
      expect(refreshed.AuthenticationResult?.AccessToken).toBeTruthy();
    } finally {
      await emulator.close();
    }
  });
});
