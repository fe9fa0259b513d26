import {
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  SetUserPoolMfaConfigCommand,
  SignUpCommand,
  ConfirmSignUpCommand,
  VerifySoftwareTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCruddurPool, PASSWORD, startTestEmulator } from "../../test-support";

describe("TOTP secrets", () => {
  const lines: string[] = [];
  let env: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    env = await startTestEmulator({ log: (line) => void lines.push(line) });
  });
  afterAll(() => env.emulator.close());

  it("never reach the emulator's log, not even while a code is checked", async () => {
    const pool = await createCruddurPool(env.cognito);
    await env.cognito.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: pool.userPoolId,
        MfaConfiguration: "OPTIONAL",
        SoftwareTokenMfaConfiguration: { Enabled: true },
      }),
    );
    const email = "secret@cruddur.test";
    await env.cognito.send(new SignUpCommand({ ClientId: pool.clientId, Username: email, Password: PASSWORD }));
    await env.cognito.send(
      new ConfirmSignUpCommand({ ClientId: pool.clientId, Username: email, ConfirmationCode: "123456" }),
    );
    const { AuthenticationResult } = await env.cognito.send(
      new InitiateAuthCommand({
        ClientId: pool.clientId,
        AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: email, PASSWORD },
      }),
    );
    const AccessToken = AuthenticationResult?.AccessToken;
    const { SecretCode = "" } = await env.cognito.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    const UserCode = TOTP.generate({ secret: Secret.fromBase32(SecretCode) });
    await env.cognito.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode }));
    expect(SecretCode).toHaveLength(52);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.includes(SecretCode))).toEqual([]);
  });
});
