import { request } from "node:http";

export interface RawAnswer {
  status: number;
  contentType: string;
  allow: string;
  body: string;
}

/**
 * One HTTP/1.1 request exactly as given: any method (fetch refuses TRACE and CONNECT), and a body
 * sent chunked, without Content-Length, when `chunked` is set.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer; chunked?: boolean } = {},
): Promise<RawAnswer> {
  const { method = "GET", headers = {}, body, chunked = false } = options;
  const length = body && !chunked ? { "content-length": String(body.length) } : {};
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers: { ...headers, ...length } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers["content-type"] ?? "",
          allow: response.headers.allow ?? "",
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    // The server may answer before reading a refused body, and close the connection.
    outgoing.on("error", reject);
    if (body && chunked)
      for (let at = 0; at < body.length; at += 64 * 1024) outgoing.write(body.subarray(at, at + 64 * 1024));
    outgoing.end(body && !chunked ? body : undefined);
  });
}
