import { siFacebook, siInstagram, siTelegram, siWhatsapp, siX, siYoutube } from "simple-icons";

// Single-colour marks (simple-icons, CC0); decorative: the link around each carries the name.
const marks = {
  facebook: siFacebook.path,
  twitter: siX.path,
  instagram: siInstagram.path,
  youtube: siYoutube.path,
  whatsapp: siWhatsapp.path,
  telegram: siTelegram.path,
  email: "M2 5.5A1.5 1.5 0 0 1 3.5 4h17A1.5 1.5 0 0 1 22 5.5v13a1.5 1.5 0 0 1-1.5 1.5h-17A1.5 1.5 0 0 1 2 18.5v-13Zm2.2.5 7.8 6 7.8-6H4.2ZM20 7.8l-8 6.1-8-6.1V18h16V7.8Z",
} as const;

export type IconMark = keyof typeof marks;

export function SocialIcon({ network, size = 20 }: { network: IconMark; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" fill="currentColor">
      <path d={marks[network]} />
    </svg>
  );
}
