import { useTranslation } from "react-i18next";
import type { UploadProblem } from "~/uploads/store.server";

/** The size limits as the loader wrote them ("10 MB") */
export interface UploadLimitsText {
  image: string;
  pdf: string;
}

/** Why a file was refused (app/uploads/store.server.ts), in the interface language */
export function useUploadProblemText(): (problem: UploadProblem | undefined, limits: UploadLimitsText) => string[] | undefined {
  const { t } = useTranslation("admin-media");
  return (problem, limits) => {
    if (!problem) return undefined;
    if (problem === "imageTooLarge") return [t("upload.problems.imageTooLarge", { limit: limits.image })];
    if (problem === "pdfTooLarge") return [t("upload.problems.pdfTooLarge", { limit: limits.pdf })];
    return [t(`upload.problems.${problem}`)];
  };
}
