import { request } from "node:http";

interface RawResponse {
  status: number;
  body: string;
}

/** An HTTP request with exactly the headers given, Host and Origin included (fetch would not allow them). */
export function rawRequest(
  endpoint: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body = "",
): Promise<RawResponse> {
  const { hostname, port } = new URL(endpoint);
  return new Promise((resolve, reject) => {
    const req = request({
      hostname,
      port,
      method,
      path,
      headers: { ...headers, "content-length": Buffer.byteLength(body) },
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
