import { useTranslation } from "react-i18next";

const networks = ["facebook", "twitter", "pinterest", "whatsapp", "telegram", "skype", "email"] as const;
type ShareNetwork = (typeof networks)[number];

function shareUrl(network: ShareNetwork, url: string, title: string): string {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  switch (network) {
    case "facebook":
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`;
    case "twitter":
      return `https://twitter.com/intent/tweet?url=${u}&text=${text}`;
    case "pinterest":
      return `https://pinterest.com/pin/create/button/?url=${u}&description=${text}`;
    case "whatsapp":
      return `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`;
    case "telegram":
      return `https://t.me/share/url?url=${u}&text=${text}`;
    case "skype":
      return `https://web.skype.com/share?url=${u}&text=${text}`;
    case "email":
      return `mailto:?subject=${text}&body=${u}`;
  }
}

/** Plain share links: no third-party script, nothing loaded from a network until the reader clicks */
export function ShareLinks({ url, title, compact = false }: { url: string; title: string; compact?: boolean }) {
  const { t } = useTranslation("common");
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className={compact ? "sr-only" : "font-semibold text-stone-600"}>{t("share.label")}</span>
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {networks.map((network) => (
          <li key={network}>
            <a
              href={shareUrl(network, url, title)}
              rel="noopener noreferrer"
              target={network === "email" ? undefined : "_blank"}
              className="text-brand underline-offset-2 hover:underline"
              aria-label={t("share.on", { network: t(`share.${network}`) })}
            >
              {t(`share.${network}`)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
