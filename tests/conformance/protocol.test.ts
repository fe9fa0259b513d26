import { describe, expect, it } from "vitest";
import { itEmulator } from "./support/emulator-control";
import { setupFixture } from "./support/fixture";

// The Cognito user pools API is AWS JSON 1.1: POST / with X-Amz-Target and
// Content-Type application/x-amz-json-1.1; client errors are HTTP 400 with a JSON
// body whose __type names the error. ("Using the Amazon Cognito user pools API",
// https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html;
// "Common Errors", https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/CommonErrors.html)
const fixture = setupFixture();

async function post(target: string | undefined, body: string) {
  const headers: Record<string, string> = { "content-type": "application/x-amz-json-1.1" };
  if (target !== undefined) headers["x-amz-target"] = target;
  const response = await fetch(`${fixture().target.endpoint}/`, { method: "POST", headers, body });
  const text = await response.text();
  return { status: response.status, text, json: safeJson(text) };
}

function safeJson(text: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function expectCognitoShaped400(reply: Awaited<ReturnType<typeof post>>) {
  expect(reply.status).toBe(400);
  expect(reply.json, reply.text).toBeDefined();
  expect(typeof reply.json?.__type).toBe("string");
}

describe("protocol shape", () => {
  it("answers an unknown operation with a Cognito-shaped 400", async () => {
    const reply = await post("AWSCognitoIdentityProviderService.FlyToTheMoon", "{}");
    expectCognitoShaped400(reply);
    if (fixture().target.kind === "emulator") expect(reply.text).toContain("FlyToTheMoon");
  });

  it("answers malformed JSON with a Cognito-shaped 400", async () => {
    const reply = await post("AWSCognitoIdentityProviderService.InitiateAuth", "{not json");
    expectCognitoShaped400(reply);
  });

  it("answers a request without X-Amz-Target with a Cognito-shaped 400", async () => {
    const reply = await post(undefined, "{}");
    expectCognitoShaped400(reply);
  });

  it("answers wrongly typed parameters with a Cognito-shaped 400", async () => {
    const body = JSON.stringify({ ClientId: 42, AuthFlow: ["USER_PASSWORD_AUTH"], AuthParameters: "x" });
    const reply = await post("AWSCognitoIdentityProviderService.InitiateAuth", body);
    expectCognitoShaped400(reply);
  });

  itEmulator("answers a body over 1 MB with a Cognito-shaped 400 and keeps serving", async () => {
    const huge = JSON.stringify({ ClientId: "x", AuthFlow: "USER_PASSWORD_AUTH", Padding: "a".repeat(1_100_000) });
    expectCognitoShaped400(await post("AWSCognitoIdentityProviderService.InitiateAuth", huge));
    expectCognitoShaped400(await post("AWSCognitoIdentityProviderService.FlyToTheMoon", "{}"));
  });
});
