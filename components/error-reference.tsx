/** Next.js tags a server error with a digest that the server log prints too; its message stays on the server. */
export function ErrorReference({ error, className }: { error: unknown; className?: string }) {
  const digest = typeof error === "object" && error !== null && "digest" in error ? error.digest : undefined;
  if (typeof digest !== "string") return null;
  return <p className={className}>Reference: {digest}</p>;
}
