import { JwtBaseError } from "aws-jwt-verify/error";

export function isExpectedVerificationFailure(error: unknown): boolean {
  return error instanceof JwtBaseError;
}
