// Facts about the organisation that are the same in every edition (edition facts live in editions.ts).
// Its name, tagline, logo and social profiles are set by an admin: app/identity/.
export const site = {
  foundedYear: 2012,
} as const;
