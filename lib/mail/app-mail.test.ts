import { describe, expect, it, vi } from "vitest";
import { createMailer, type AppMail } from "./app-mail";

const mail: AppMail = {
  to: "ann@example.com",
  kind: "EMAIL_CHANGE_NOTICE",
  subject: "Changed",
  text: "Now new@x.test",
};

describe("the app's mailer", () => {
  it("posts to the emulator's outbox when there is one", async () => {
    const post = vi.fn(async () => new Response("{}", { status: 201 }));
    const write = vi.fn();
    await createMailer({ outboxUrl: "http://127.0.0.1:9229/_emulator/outbox", userPoolId: "p1", post, write })(mail);
    expect(post).toHaveBeenCalledOnce();
    const [url, init] = post.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("http://127.0.0.1:9229/_emulator/outbox");
    expect(JSON.parse(String(init.body))).toEqual({
      userPoolId: "p1",
      email: "ann@example.com",
      kind: "EMAIL_CHANGE_NOTICE",
      subject: "Changed",
      text: "Now new@x.test",
    });
    expect(write).not.toHaveBeenCalled();
  });

  it("otherwise writes one log line with the kind and a digest of the address, never the address", async () => {
    const post = vi.fn();
    const write = vi.fn();
    await createMailer({ userPoolId: "p1", post, write })(mail);
    expect(post).not.toHaveBeenCalled();
    const line = JSON.parse(String(write.mock.calls[0]?.[0])) as Record<string, string>;
    expect(line).toMatchObject({
      log: "mail",
      kind: "EMAIL_CHANGE_NOTICE",
      to: expect.stringMatching(/^[0-9a-f]{12}$/),
    });
    expect(JSON.stringify(line)).not.toContain("ann@");
  });

  it("never fails the change it reports when the outbox cannot be reached", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const post = vi.fn(async () => Promise.reject(new TypeError("fetch failed")));
    await expect(
      createMailer({ outboxUrl: "http://127.0.0.1:1/_emulator/outbox", userPoolId: "p1", post })(mail),
    ).resolves.toBeUndefined();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
