import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { endSession } from "@/server/services/auth/resolve-session";
import { signIn } from "@/server/services/auth/sign-in";
import { STANDARD_LIMIT_MS } from "./session-policy";

/**
 * next-auth handles the sign-in form post and the JWT cookie. The JWT carries only the
 * server-side session id: who the person is, their roles and whether the session is still
 * valid are read from the database on every request (server/trpc/context.ts).
 */
export const nextAuthOptions: NextAuthOptions = {
  // The cookie lives as long as the longest session any role may have; each role's own
  // limits are enforced on the server (server/auth/session-policy.ts).
  session: { strategy: "jwt", maxAge: STANDARD_LIMIT_MS / 1000 },
  pages: { signIn: "/sign-in" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: {
        email: { label: "Email address", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) {
          return null;
        }
        const db = await getDb();
        try {
          const result = await signIn({
            db,
            email: credentials.email,
            password: credentials.password,
          });
          if (!result) {
            logger.info({ event: "sign-in.refused" }, "sign-in refused");
            return null;
          }
          return {
            id: result.actor.userId,
            sessionId: result.sessionId,
            name: result.name,
            email: result.email,
          };
        } catch (error) {
          if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS") {
            throw new Error("THROTTLED");
          }
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user && "sessionId" in user) {
        token.sessionId = user.sessionId as string;
      }
      return token;
    },
    async session({ session, token }) {
      session.sessionId = token.sessionId as string | undefined;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sessionId === "string") {
        await endSession(await getDb(), token.sessionId);
      }
    },
  },
};
