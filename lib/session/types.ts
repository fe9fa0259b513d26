import type { User } from "../cognito/types";

export interface Session {
  user: User;
  accessToken: string;
  /** Epoch seconds. */
  accessExpiresAt: number;
  /** Present when read from the refresh cookie, or when a new one must be written. */
  refreshToken?: string;
  /** The access token's origin_jti: stable across refreshes of one sign-in. */
  sessionId: string;
  /** Which refresh of the sign-in sealed this cookie; the registry knows the current one. */
  generation: number;
  /** When the person last confirmed it's them (password, and code when two-factor is on), epoch ms. */
  confirmedAt?: number;
}

/** The part of next/headers cookies() and NextRequest.cookies that reading needs. */
export interface CookieJar {
  getAll(): { name: string; value: string }[];
}

export interface CookieOptions {
  httpOnly: true;
  secure: boolean;
  sameSite: "lax";
  path: "/";
  maxAge: number;
}

/** Pass straight to `cookies().set(name, value, options)` or `response.cookies.set(...)`. */
export interface CookieToSet {
  name: string;
  value: string;
  options: CookieOptions;
}

export type SaveResult = { status: "saved"; cookies: CookieToSet[] } | { status: "too-large"; cookies: CookieToSet[] };
