// Facts about the organisation that are the same in every edition (edition facts live in editions.ts).
export const site = {
  foundedYear: 2012,
  social: [
    { network: "facebook", url: "https://www.facebook.com/horizonwatch.example" },
    { network: "twitter", url: "https://x.com/horizonwatch_example" },
    { network: "instagram", url: "https://www.instagram.com/horizonwatch.example" },
    { network: "youtube", url: "https://www.youtube.com/@horizonwatch-example" },
  ],
} as const;

export type SocialNetwork = (typeof site.social)[number]["network"];
