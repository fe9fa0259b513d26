/** One server action of the app: the fuzz cases are generated from this list, before any build exists. */
export interface ListedAction {
  name: string;
  /** Where it is defined, as the build's server-reference manifest names it. */
  file: string;
  /** A page that renders its form. */
  route: string;
  /** The form fields it reads. */
  fields: readonly string[];
}

/** Kept equal to the build's manifest by "the fuzz covers every server action in the build". */
export const SERVER_ACTIONS: readonly ListedAction[] = [
  { name: "confirmEmail", file: "app/(auth)/confirm/actions.ts", route: "/confirm", fields: ["email", "code", "next"] },
  { name: "resendCode", file: "app/(auth)/confirm/actions.ts", route: "/confirm", fields: ["email"] },
  { name: "resendRecoveryCode", file: "app/(auth)/forgot/actions.ts", route: "/forgot", fields: [] },
  {
    name: "resetPassword",
    file: "app/(auth)/forgot/actions.ts",
    route: "/forgot",
    fields: ["code", "password", "passwordAgain"],
  },
  { name: "restartRecovery", file: "app/(auth)/forgot/actions.ts", route: "/forgot", fields: [] },
  { name: "sendRecoveryCode", file: "app/(auth)/forgot/actions.ts", route: "/forgot", fields: ["email", "next"] },
  {
    name: "setNewPassword",
    file: "app/(auth)/new-password/actions.ts",
    route: "/new-password",
    fields: ["password", "passwordAgain"],
  },
  {
    name: "answerAuthenticatorCode",
    file: "app/(auth)/signin/code/actions.ts",
    route: "/signin/code",
    fields: ["code"],
  },
  {
    name: "finishAuthenticatorSetup",
    file: "app/(auth)/signin/code/setup/actions.ts",
    route: "/signin/code/setup",
    fields: ["code", "deviceName"],
  },
  { name: "signIn", file: "app/(auth)/signin/actions.ts", route: "/signin", fields: ["email", "password", "next"] },
  {
    name: "chooseAnotherWay",
    file: "app/(auth)/signin/choose/actions.ts",
    route: "/signin/email-code",
    fields: [],
  },
  {
    name: "chooseSignIn",
    file: "app/(auth)/signin/choose/actions.ts",
    route: "/signin/choose",
    fields: ["choice", "password"],
  },
  { name: "resendEmailCode", file: "app/(auth)/signin/email-code/actions.ts", route: "/signin/email-code", fields: [] },
  {
    name: "signInWithEmailCode",
    file: "app/(auth)/signin/email-code/actions.ts",
    route: "/signin/email-code",
    fields: ["code"],
  },
  {
    name: "signInWithPasskey",
    file: "app/(auth)/signin/passkey/actions.ts",
    route: "/signin/passkey",
    fields: ["credential"],
  },
  {
    name: "signUp",
    file: "app/(auth)/signup/actions.ts",
    route: "/signup",
    fields: ["name", "email", "handle", "password", "next"],
  },
  {
    name: "changePasswordAction",
    file: "app/(main)/settings/password/actions.ts",
    route: "/settings",
    fields: ["current", "password", "passwordAgain", "code"],
  },
  {
    name: "confirmItsYou",
    file: "app/(main)/settings/confirm/actions.ts",
    route: "/settings/confirm",
    fields: ["password", "code", "then"],
  },
  {
    name: "deleteAccountAction",
    file: "app/(main)/settings/delete/actions.ts",
    route: "/settings/delete",
    fields: ["email"],
  },
  {
    name: "requestEmailChangeAction",
    file: "app/(main)/settings/email/actions.ts",
    route: "/settings/email",
    fields: ["email"],
  },
  {
    name: "resendEmailCodeAction",
    file: "app/(main)/settings/email/actions.ts",
    route: "/settings/email",
    fields: [],
  },
  {
    name: "verifyEmailChangeAction",
    file: "app/(main)/settings/email/actions.ts",
    route: "/settings/email",
    fields: ["code"],
  },
  {
    name: "startTotpSetupAction",
    file: "app/(main)/settings/two-factor/actions.ts",
    route: "/settings/two-factor",
    fields: [],
  },
  {
    name: "verifyTotpSetupAction",
    file: "app/(main)/settings/two-factor/actions.ts",
    route: "/settings/two-factor",
    fields: ["code", "deviceName"],
  },
  {
    name: "turnOffTotpAction",
    file: "app/(main)/settings/two-factor/actions.ts",
    route: "/settings/two-factor/off",
    fields: [],
  },
  { name: "endOtherSignInsAction", file: "app/(main)/settings/sessions/actions.ts", route: "/settings", fields: [] },
  { name: "endSignInAction", file: "app/(main)/settings/sessions/actions.ts", route: "/settings", fields: ["sid"] },
  { name: "startPasskeyAction", file: "app/(main)/settings/passkeys/actions.ts", route: "/settings", fields: [] },
  {
    name: "completePasskeyAction",
    file: "app/(main)/settings/passkeys/actions.ts",
    route: "/settings/passkeys/new",
    fields: ["credential", "failed"],
  },
  { name: "removePasskeyAction", file: "app/(main)/settings/passkeys/actions.ts", route: "/settings", fields: ["id"] },
  { name: "signOut", file: "lib/auth/sign-out.ts", route: "/", fields: [] },
  { name: "signOutEverywhere", file: "lib/auth/sign-out.ts", route: "/", fields: [] },
];
