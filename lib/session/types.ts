import type { User } from "../cognito/types";

export interface Session {
  user: User;
  accessToken: string;
  // Epoch seconds, while confirmedAt is epoch ms.
  accessExpiresAt: number;
  refreshToken?: string;
  sessionId: string;
  generation: number;
  confirmedAt?: number;
}

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

export interface CookieToSet {
  name: string;
  value: string;
  options: CookieOptions;
}

export type SaveResult = { status: "saved"; cookies: CookieToSet[] } | { status: "too-large"; cookies: CookieToSet[] };
