// The site's identity as readers see it: its name and tagline in each edition, the logo (with its
// alternative text per edition) and the social profiles. An admin sets it (/admin/identity); until then,
// and for an edition without a row, these built-in values stand in, so no page renders without a name.
import { z } from "zod";

/** The networks the footer has an icon for (components/SocialIcon.tsx), in the order shown */
export const socialNetworks = ["facebook", "twitter", "instagram", "youtube"] as const;
export type SocialNetwork = (typeof socialNetworks)[number];
export interface SocialProfile {
  network: SocialNetwork;
  url: string;
}

export interface SiteLogo {
  /** The largest stored copy of the upload (/uploads/…) */
  src: string;
  width: number | null;
  height: number | null;
}

export interface SiteIdentity {
  siteName: string;
  tagline: string;
  /** `alt` is what a logo that shows the name says (the header then shows it alone); empty for a mark beside the name */
  logo: (SiteLogo & { alt: string }) | null;
  social: SocialProfile[];
}

/** The names of the identity form's fields (/admin/identity), shared by the screen and its server code */
export const identityFieldNames = {
  siteName: (edition: string) => `siteName.${edition}`,
  tagline: (edition: string) => `tagline.${edition}`,
  logoAlt: (edition: string) => `logoAlt.${edition}`,
  social: (network: string) => `social.${network}`,
  logoChoice: "logoChoice",
  logoFile: "logoFile",
} as const;

export const identityLimits = { siteName: 80, tagline: 200, logoAlt: 200, url: 500 } as const;

export const defaultSocialProfiles: SocialProfile[] = [
  { network: "facebook", url: "https://www.facebook.com/horizonwatch.example" },
  { network: "twitter", url: "https://x.com/horizonwatch_example" },
  { network: "instagram", url: "https://www.instagram.com/horizonwatch.example" },
  { network: "youtube", url: "https://www.youtube.com/@horizonwatch-example" },
];

/** The demo site's name and tagline per edition (what the locale files held before an admin could set them) */
const defaultTexts: Record<string, { siteName: string; tagline: string }> = {
  en: { siteName: "Horizon Watch", tagline: "Independent reporting on human rights and the families who live with the consequences" },
  ar: { siteName: "مرصد الأفق", tagline: "تقارير مستقلة عن حقوق الإنسان وعن العائلات التي تعيش عواقب انتهاكها" },
  fa: { siteName: "دیده‌بان افق", tagline: "گزارش‌های مستقل دربارهٔ حقوق بشر و خانواده‌هایی که با پیامدهای نقض آن زندگی می‌کنند" },
  sq: { siteName: "Vëzhguesi i Horizontit", tagline: "Raportim i pavarur për të drejtat e njeriut dhe për familjet që jetojnë me pasojat" },
};

/** An edition's texts before an admin set them; an edition added later starts with the English ones */
export function defaultEditionIdentity(edition: string): { siteName: string; tagline: string; logoAlt: string } {
  const texts = defaultTexts[edition] ?? defaultTexts.en!;
  return { ...texts, logoAlt: "" };
}

export function defaultSiteIdentity(edition: string): SiteIdentity {
  const { siteName, tagline } = defaultEditionIdentity(edition);
  return { siteName, tagline, logo: null, social: defaultSocialProfiles };
}

/** A social profile's address: https only (it becomes a link on every page) */
export const socialUrlSchema = z
  .string()
  .trim()
  .max(identityLimits.url)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
    } catch {
      return false;
    }
  });

/** The profiles as stored (JSON); anything that is not a known network with an https address is left out */
export function socialProfilesOf(stored: unknown): SocialProfile[] {
  if (!Array.isArray(stored)) return [];
  const profileSchema = z.object({ network: z.enum(socialNetworks), url: socialUrlSchema });
  return stored.flatMap((entry) => {
    const parsed = profileSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
