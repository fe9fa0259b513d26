import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard, AuthFooter } from "@/components/auth/auth-card";
import { FormNotice } from "@/components/auth/form-notice";
import { noticeText } from "@/components/notice/notices";
import { firstParam, type SearchParams } from "@/lib/navigation/search-params";
import { getCurrentUser } from "@/lib/auth/dal";
import { SignInForm } from "./signin-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  if (await getCurrentUser()) redirect("/");
  const params = await searchParams;
  const next = firstParam(params.next);
  return (
    <>
      <AuthCard title="Sign into your Cruddur account">
        <FormNotice message={noticeText(firstParam(params.notice))} />
        <SignInForm next={next} email={firstParam(params.email)} />
      </AuthCard>
      <AuthFooter
        prompt="Don't have an account?"
        href={next ? `/signup?next=${encodeURIComponent(next)}` : "/signup"}
        linkText="Sign up!"
      />
    </>
  );
}
