import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard, AuthFooter } from "@/components/auth/auth-card";
import { firstParam, type SearchParams } from "@/lib/navigation/search-params";
import { getPasswordPolicy } from "@/lib/cognito/password-policy";
import { getCurrentUser } from "@/lib/auth/dal";
import { readFormFlash } from "@/lib/flow-state/form-flash";
import { withNext } from "@/lib/navigation/with-next";
import { SignUpForm } from "./signup-form";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  if (await getCurrentUser()) redirect("/");
  const next = firstParam((await searchParams).next);
  return (
    <>
      <AuthCard title="Sign up to create a Cruddur account">
        <SignUpForm next={next} policy={await getPasswordPolicy()} initialState={await readFormFlash("signup")} />
      </AuthCard>
      <AuthFooter prompt="Already have an account?" href={withNext("/signin", next)} linkText="Sign in" />
    </>
  );
}
