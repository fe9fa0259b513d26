import { isIP } from "node:net";

interface HeaderSource {
  get(name: string): string | null;
}

export function clientIpFrom(headers: HeaderSource, trustedProxyHops: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0 || (trustedProxyHops === 0 && entries.length > 1)) return "unknown";
  // Fewer entries than proxies: the request skipped one, so even the leftmost is only a guess.
  const entry = entries[Math.max(0, entries.length - Math.max(1, trustedProxyHops))] ?? "";
  return addressKey(entry);
}

export function addressKey(raw: string): string {
  const address = withoutPort(raw.trim().toLowerCase());
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  switch (isIP(address)) {
    case 4:
      return address;
    case 6:
      return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
    default:
      return "invalid";
  }
}

function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) return bracketed[1];
  return /^\d+\.\d+\.\d+\.\d+:\d+$/.test(address) ? address.slice(0, address.lastIndexOf(":")) : address;
}

function ipv6Groups(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const groups = (part: string) => (part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16).toString(16));
}
