import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageMain } from "@/components/page-main";
import { currentSession } from "@/server/auth/current-session";
import { safeCallbackPath } from "./callback-path";
import { SignInForm, type SignInNotice } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Record<string, string | string[] | undefined>;

function noticeFrom(params: SearchParams): SignInNotice | null {
  if (params.signedOut) {
    return "signed-out";
  }
  return params.ended ? "session-ended" : null;
}

export default async function SignInPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await currentSession()) {
    redirect(callbackPath);
  }
  return (
    <PageMain>
      <SignInForm callbackPath={callbackPath} notice={noticeFrom(params)} />
    </PageMain>
  );
}
