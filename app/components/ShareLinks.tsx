import { useTranslation } from "react-i18next";
import { SocialIcon } from "./SocialIcon";

// Skype's share page closed with Skype (May 2025); Pinterest is for pictures, not reports
const networks = ["facebook", "twitter", "whatsapp", "telegram", "email"] as const;
type ShareNetwork = (typeof networks)[number];

function shareUrl(network: ShareNetwork, url: string, title: string): string {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  switch (network) {
    case "facebook":
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`;
    case "twitter":
      return `https://twitter.com/intent/tweet?url=${u}&text=${text}`;
    case "whatsapp":
      return `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`;
    case "telegram":
      return `https://t.me/share/url?url=${u}&text=${text}`;
    case "email":
      return `mailto:?subject=${text}&body=${u}`;
  }
}

/** One row of share icons, each named for its network: no third-party script, nothing loaded until the reader taps */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation("common");
  return (
    <div className="flex items-center gap-3 print:hidden">
      <span className="text-sm font-semibold text-stone-600">{t("share.label")}</span>
      <ul className="flex gap-2">
        {networks.map((network) => (
          <li key={network}>
            <a
              href={shareUrl(network, url, title)}
              rel="noopener noreferrer"
              target={network === "email" ? undefined : "_blank"}
              className="flex size-10 items-center justify-center rounded-full bg-stone-100 text-brand hover:bg-stone-200 focus-visible:bg-stone-200"
              aria-label={t("share.on", { network: t(`share.${network}`) })}
            >
              <SocialIcon network={network} />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
