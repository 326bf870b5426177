"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { TextInput } from "@/components/text-input";
import { FORM_OPTIONS, summaryErrors, type SummaryError } from "@/lib/ui/form-errors";
import { useErrorTitle } from "@/lib/ui/use-error-title";

export type SignInNotice = "signed-out" | "session-ended";

const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address"),
  password: z.string().min(1, "Enter your password"),
});
type SignInValues = z.infer<typeof signInSchema>;

// One message for an unknown address and a wrong password alike, so the page does not tell
// anyone which addresses have accounts.
const REFUSED: SummaryError = {
  href: "#email",
  text: "Enter a correct email address and password",
};
const THROTTLED: SummaryError = {
  href: "#email",
  text: "Too many failed attempts. Try again in 15 minutes.",
};

function Notice({ notice }: { notice: SignInNotice | null }) {
  if (notice === "signed-out") {
    return <NotificationBanner type="success" heading="You have signed out" />;
  }
  if (notice === "session-ended") {
    return <NotificationBanner heading="Your session has ended. Sign in again to continue." />;
  }
  return null;
}

interface SignInFormProps {
  callbackPath: string;
  notice: SignInNotice | null;
}

export function SignInForm({ callbackPath, notice }: SignInFormProps) {
  const { register, handleSubmit, setValue, formState } = useForm<SignInValues>({
    ...FORM_OPTIONS,
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });
  const [refusal, setRefusal] = useState<SummaryError | null>(null);
  const fieldErrors = summaryErrors(formState.errors, ["email", "password"]);
  const errors = fieldErrors.length > 0 || !refusal ? fieldErrors : [refusal];
  useErrorTitle(errors.length > 0);

  const onSubmit = async ({ email, password }: SignInValues) => {
    setRefusal(null);
    const result = await signIn("credentials", { redirect: false, email, password });
    if (!result || result.error) {
      setRefusal(result?.error === "THROTTLED" ? THROTTLED : REFUSED);
      setValue("password", "");
      return;
    }
    // A full page load, so the page frame is drawn again for the signed-in person.
    window.location.assign(callbackPath);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.length === 0 && <Notice notice={notice} />}
        <ErrorSummary errors={errors} focusKey={formState.submitCount} />
        <h1 className="govuk-heading-l">Sign in to CAP Portal</h1>
        <form onSubmit={handleSubmit(onSubmit)} noValidate>
          <TextInput
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            error={formState.errors.email?.message}
            {...register("email")}
          />
          <TextInput
            label="Password"
            type="password"
            autoComplete="current-password"
            error={formState.errors.password?.message}
            {...register("password")}
          />
          <Button disabled={formState.isSubmitting}>Sign in</Button>
        </form>
      </div>
    </div>
  );
}
