/** The OWASP ASVS 5.0.0 requirements the attack suite checks, with their text shortened. */
export const ASVS = {
  "V2.2.1": "Input is validated against expected structure and logical limits",
  "V2.4.1": "Anti-automation controls protect against excessive calls (quota exhaustion, rate-limit breaches)",
  "V3.3.1": "Cookies have the Secure attribute and a __Host-/__Secure- prefix",
  "V3.3.4": "Session cookies are HttpOnly and only sent via Set-Cookie",
  "V3.3.5": "Cookie name and value stay within 4096 bytes",
  "V3.5.1": "Requests to sensitive functionality are validated to originate from the application (CSRF)",
  "V3.5.4": "Separate applications are separated by origin and cookie restrictions",
  "V3.7.2": "Automatic redirects go only to allowlisted destinations",
  "V6.3.1": "Credential stuffing and brute force are prevented as documented",
  "V6.3.8":
    "Valid users cannot be deduced from failed authentication, registration or recovery (messages, status codes, timing)",
  "V7.2.1": "All session token verification is done by a trusted backend service",
  "V7.3.1": "An inactivity timeout ends sessions",
  "V7.3.2": "An absolute maximum session lifetime ends sessions",
  "V7.4.1": "After logout or expiry the session cannot be used again",
  "V7.4.3": "Other sessions end after a change or reset of an authentication factor",
  "V7.5.2": "Users can view and end any or all of their active sessions",
  "V8.2.1": "Function-level access is restricted to consumers with explicit permissions",
  "V9.1.1": "Self-contained tokens are validated by signature before their contents are accepted",
  "V9.1.2": "Only allowlisted algorithms are accepted; never 'none'",
  "V9.1.3": "Token keys come from trusted pre-configured sources for the issuer",
  "V9.2.1": "nbf and exp are enforced",
  "V9.2.2": "The token type is checked (access tokens for authorization, ID tokens for authentication)",
  "V9.2.3": "Only tokens meant for this service (audience / client) are accepted",
  "V16.4.1": "Log entries are encoded so that attacker data cannot forge or break them",
  "V16.5.1": "Unexpected errors return a generic message with no stack trace or secrets",
  "V16.5.3": "The application fails securely: errors never fail open",
} as const;

export type AsvsId = keyof typeof ASVS;
