import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, refuseUnreadableRequest } from "./request-shape";

type Init = { method?: string; headers?: Record<string, string>; body?: BodyInit };

const request = (path: string, { method = "POST", headers = {}, body }: Init = {}) =>
  new NextRequest(`http://app.test${path}`, { method, headers, body, ...(body && { duplex: "half" }) });

async function answer(path: string, init: Init = {}) {
  const refused = await refuseUnreadableRequest(request(path, init));
  return refused && { status: refused.status, allow: refused.headers.get("allow"), text: await refused.text() };
}

function form(): { body: FormData } {
  const body = new FormData();
  body.append("email", "a@b.test");
  return { body };
}

function streamOf(bytes: number): ReadableStream<Uint8Array> {
  let left = bytes;
  return new ReadableStream({
    pull(controller) {
      const size = Math.min(left, 64 * 1024);
      if (size === 0) return controller.close();
      left -= size;
      controller.enqueue(new Uint8Array(size));
    },
  });
}

describe("refuseUnreadableRequest", () => {
  it("lets pages be read and posted to, and leaves other methods on /api/ to the route handlers", async () => {
    for (const method of ["GET", "HEAD"]) expect(await answer("/signin", { method })).toBeNull();
    expect(await answer("/signin", form())).toBeNull();
    expect(await answer("/api/me", { method: "PUT" })).toBeNull();
  });

  it.each(["PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"])(
    "refuses %s on a page with 405 and Allow",
    async (method) => {
      expect(await answer("/signin", { method })).toEqual({
        status: 405,
        allow: "GET, HEAD, POST",
        text: "This method is not allowed here.",
      });
    },
  );

  it("refuses a body over 1 MB by its Content-Length without reading it", async () => {
    const declared = { headers: { "content-length": String(MAX_BODY_BYTES + 1) }, body: "x" };
    expect((await answer("/signin", declared))?.status).toBe(413);
  });

  it("counts a body sent without Content-Length, and refuses it past 1 MB", async () => {
    expect((await answer("/signin", { body: streamOf(MAX_BODY_BYTES + 10) }))?.status).toBe(413);
    expect(await answer("/signin", { body: streamOf(MAX_BODY_BYTES) })).toBeNull();
  });

  it.each([
    ["no boundary", "multipart/form-data", "x"],
    ["a body without the boundary", "multipart/form-data; boundary=b", "garbage"],
    ["a cut-off body", "multipart/form-data; boundary=b", '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nx'],
  ])("refuses a multipart form with %s with 400", async (_label, contentType, body) => {
    const refused = await answer("/signin", { headers: { "content-type": contentType }, body });
    expect(refused).toMatchObject({ status: 400, text: expect.stringMatching(/could not be read/) });
  });
});
