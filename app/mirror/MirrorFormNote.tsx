import { useTranslation } from "react-i18next";
import { useMirror } from "./context";

/**
 * On a mirror, in place of a form (contact, comments): nothing there could receive it, so a short note
 * links to the same form on the main site. Renders nothing on the site itself.
 */
export function MirrorFormNote({ path, kind }: { path: string; kind: "contact" | "comments" }) {
  const mirror = useMirror();
  const { t } = useTranslation("common");
  if (!mirror) return null;
  return (
    <p data-mirror-note={kind} className="mt-4 rounded border-s-4 border-brand bg-surface px-4 py-3 text-stone-800">
      {kind === "contact" ? t("mirror.contactNote") : t("mirror.commentsNote")}{" "}
      <a href={`${mirror.mainSiteUrl}${path}`} className="font-semibold text-brand underline underline-offset-2">
        {kind === "contact" ? t("mirror.contactLink") : t("mirror.commentsLink")}
      </a>
    </p>
  );
}
