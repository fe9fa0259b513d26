import type { ServerResponse } from "node:http";

const AMZ_JSON = "application/x-amz-json-1.1";

export function sendJson(res: ServerResponse, status: number, body: unknown, contentType = AMZ_JSON): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": contentType,
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, type: string, message: string): void {
  res.setHeader("x-amzn-errortype", type);
  sendJson(res, status, { __type: type, message });
}
