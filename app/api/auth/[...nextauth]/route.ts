import NextAuth from "next-auth";
import { nextAuthOptions } from "@/server/auth/next-auth-options";

export const runtime = "nodejs";

const handler = NextAuth(nextAuthOptions);

export { handler as GET, handler as POST };
