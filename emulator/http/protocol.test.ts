import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../index";

const TARGET = "AWSCognitoIdentityProviderService";

describe("protocol", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ inMemory: true, port: 0, log: () => {} });
  });
  afterAll(() => emulator.close());

  const post = (body: string, target: string | null = `${TARGET}.ListUserPools`) =>
    fetch(`${emulator.url}/`, {
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.1", ...(target ? { "x-amz-target": target } : {}) },
      body,
    });

  async function expectCognitoError(response: Response, type: string) {
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-errortype")).toBe(type);
    expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
    const body = (await response.json()) as { __type: string; message: string };
    expect(body.__type).toBe(type);
    expect(body.message).toEqual(expect.any(String));
    return body.message;
  }

  it("answers a valid call with JSON and a request id", async () => {
    const response = await post('{"MaxResults": 10}');
    expect(response.status).toBe(200);
    expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
    expect(await response.json()).toEqual({ UserPools: [] });
  });

  it("names unsupported operations", async () => {
    expect(
      await expectCognitoError(await post("{}", `${TARGET}.DeleteUserPool`), "UnknownOperationException"),
    ).toContain("DeleteUserPool");
  });

  it("rejects missing or foreign targets", async () => {
    await expectCognitoError(await post("{}", null), "UnknownOperationException");
    await expectCognitoError(await post("{}", "DynamoDB_20120810.ListTables"), "UnknownOperationException");
  });

  it("rejects malformed JSON, non-objects and wrong types", async () => {
    await expectCognitoError(await post("{nope"), "SerializationException");
    await expectCognitoError(await post("[1,2]"), "SerializationException");
    await expectCognitoError(await post('{"MaxResults": "ten"}'), "SerializationException");
    await expectCognitoError(await post('{"PoolName": 5}', `${TARGET}.CreateUserPool`), "SerializationException");
    await expectCognitoError(await post("{}", `${TARGET}.CreateUserPool`), "InvalidParameterException");
  });

  it("refuses bodies over 1 MB without crashing", async () => {
    await expectCognitoError(
      await post(JSON.stringify({ PoolName: "x".repeat(1024 * 1024 + 1) }), `${TARGET}.CreateUserPool`),
      "InvalidParameterException",
    );
    expect((await post('{"MaxResults": 1}')).status).toBe(200);
  });

  it("answers unknown paths with JSON, never HTML", async () => {
    const response = await fetch(`${emulator.url}/nothing/here`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { __type: string }).__type).toBe("ResourceNotFoundException");
  });
});
