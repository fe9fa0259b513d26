import type { IncomingMessage, ServerResponse } from "node:http";

export function listenAddress(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): { port: number; host: string | undefined };
export function proxyHops(text: string | undefined): number;
export function forwardedForFixer(hops: number, warn: (message: string) => void): (req: IncomingMessage) => void;
export function refuseMethod(req: IncomingMessage, res: ServerResponse): boolean;
