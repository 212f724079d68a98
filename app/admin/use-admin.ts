// What every editorial screen reads from the editorial layout (routes/admin/route.tsx): the signed-in user,
// the interface language and the CSRF token its forms carry.
import { useRouteLoaderData } from "@remix-run/react";
import type { SignedInUser } from "~/auth/permissions";

export interface AdminLayoutData {
  user: SignedInUser | null;
  language: string;
  csrfToken: string;
}

export const adminLayoutRouteId = "routes/admin";

export function useAdminLayout(): AdminLayoutData | undefined {
  return useRouteLoaderData<AdminLayoutData>(adminLayoutRouteId);
}

/** The signed-in user of a screen that requires one (its loader has checked) */
export function useAdminUser(): SignedInUser {
  const user = useAdminLayout()?.user;
  if (!user) throw new Error("useAdminUser() outside a signed-in editorial screen");
  return user;
}
