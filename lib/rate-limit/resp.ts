/** RESP2, the Redis wire protocol: enough of it for commands out and replies in. */
export type RespValue = string | number | null | RespError | RespValue[];

export class RespError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RespError";
  }
}

/** A command as an array of bulk strings: `*<n>\r\n` then `$<bytes>\r\n<arg>\r\n` per argument. */
export function encodeCommand(args: readonly (string | number)[]): Buffer {
  const parts = args.map((arg) => {
    const text = String(arg);
    return `$${Buffer.byteLength(text)}\r\n${text}\r\n`;
  });
  return Buffer.from(`*${args.length}\r\n${parts.join("")}`);
}

type Parsed = { value: RespValue; next: number } | undefined;

/** Turns a byte stream into replies, however the stream is split into chunks. */
export class RespParser {
  private buffer: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): RespValue[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const replies: RespValue[] = [];
    for (let parsed = parse(this.buffer, 0); parsed; parsed = parse(this.buffer, 0)) {
      replies.push(parsed.value);
      this.buffer = this.buffer.subarray(parsed.next);
    }
    return replies;
  }
}

function parse(buffer: Buffer, offset: number): Parsed {
  const lineEnd = buffer.indexOf("\r\n", offset);
  if (lineEnd < 0) return undefined;
  const type = String.fromCharCode(buffer[offset] ?? 0);
  const line = buffer.toString("utf8", offset + 1, lineEnd);
  const next = lineEnd + 2;
  switch (type) {
    case "+":
      return { value: line, next };
    case "-":
      return { value: new RespError(line), next };
    case ":":
      return { value: Number(line), next };
    case "$":
      return parseBulk(buffer, next, Number(line));
    case "*":
      return parseArray(buffer, next, Number(line));
    default:
      throw new RespError(`unexpected reply type ${JSON.stringify(type)}`);
  }
}

function parseBulk(buffer: Buffer, start: number, length: number): Parsed {
  if (length < 0) return { value: null, next: start };
  if (buffer.length < start + length + 2) return undefined;
  return { value: buffer.toString("utf8", start, start + length), next: start + length + 2 };
}

function parseArray(buffer: Buffer, start: number, length: number): Parsed {
  if (length < 0) return { value: null, next: start };
  const items: RespValue[] = [];
  let next = start;
  for (let i = 0; i < length; i += 1) {
    const item = parse(buffer, next);
    if (!item) return undefined;
    items.push(item.value);
    next = item.next;
  }
  return { value: items, next };
}
