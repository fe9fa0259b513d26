/** The name authenticator apps show above the code. */
const ISSUER = "Cruddur";

/** The key-URI an authenticator app scans: otpauth://totp/Cruddur:<email>?secret=…&issuer=Cruddur. */
export function authenticatorUri(email: string, secret: string): string {
  const label = `${encodeURIComponent(ISSUER)}:${encodeURIComponent(email)}`;
  const query = new URLSearchParams({ secret, issuer: ISSUER });
  return `otpauth://totp/${label}?${query.toString()}`;
}

/** The secret as people type it: groups of four, easy to compare with what the app shows. */
export function inGroupsOfFour(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(" ");
}
