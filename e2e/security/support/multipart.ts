import { randomUUID } from "node:crypto";

/** A multipart/form-data body built by hand, so field values can be bytes no FormData would send (invalid UTF-8). */
export function rawMultipart(fields: [string, string | Buffer][]): { body: Buffer; contentType: string } {
  const boundary = `----cruddur-fuzz-${randomUUID()}`;
  const parts = fields.flatMap(([name, value]) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
    typeof value === "string" ? Buffer.from(value) : value,
    Buffer.from("\r\n"),
  ]);
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
