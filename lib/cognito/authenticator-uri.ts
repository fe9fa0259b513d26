const ISSUER = "Cruddur";

export function authenticatorUri(email: string, secret: string): string {
  const label = `${encodeURIComponent(ISSUER)}:${encodeURIComponent(email)}`;
  const query = new URLSearchParams({ secret, issuer: ISSUER });
  return `otpauth://totp/${label}?${query.toString()}`;
}

export function inGroupsOfFour(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(" ");
}
