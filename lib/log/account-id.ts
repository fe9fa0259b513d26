export type Account = string | { email?: string; sub?: string } | undefined;

export async function accountId(account: Account): Promise<string | undefined> {
  const text = typeof account === "string" ? account : account?.email || account?.sub;
  if (!text) return undefined;
  const bytes = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(text.normalize("NFKC").trim().toLowerCase()),
  );
  return Array.from(new Uint8Array(bytes).subarray(0, 6), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
