import type { IncomingMessage, ServerResponse } from "node:http";
import { sendError } from "./respond";

const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {}

/** Reads the request body, refusing (without buffering) anything over 1 MB. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      req.resume();
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export type Body = Record<string, unknown>;
export const isObject = (value: unknown): value is Body =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The JSON object body, or null once an error has been sent. */
export async function jsonBody(req: IncomingMessage, res: ServerResponse, example: string): Promise<Body | null> {
  let value: unknown;
  try {
    value = JSON.parse((await readBody(req)) || "{}");
  } catch (error) {
    value = error instanceof BodyTooLargeError ? error : undefined;
  }
  if (isObject(value) && !(value instanceof Error)) return value;
  if (value instanceof BodyTooLargeError)
    sendError(res, 400, "InvalidParameterException", "Request body is larger than 1 MB.");
  else sendError(res, 400, "SerializationException", `Body must be a JSON object like ${example}`);
  return null;
}
