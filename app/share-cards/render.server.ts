// Drawing a share card: the picture platforms show with a shared link (og:image). Facebook, X, WhatsApp and
// Telegram show neither SVG nor tiny images, so every card is a 1200×630 JPEG: the item's own image cropped
// to fill it, or, for an item without one, a card in the site's colours with its name and the item's title
// in the edition's font and direction.
import sharp, { type Sharp } from "sharp";
import type { Edition } from "~/editions";
import { truncateAtWord } from "~/utils/truncate";
import { cardFont, type CardFont } from "./fonts.server";

export const shareCardSize = { width: 1200, height: 630 } as const;

// The brand fill and the lightened brand of the dark scheme (app/tailwind.css)
const colours = { background: "#0f4c5c", siteName: "#8fd3e3", title: "#ffffff", rule: "#b3541e" };
const margin = 80;
const textWidth = shareCardSize.width - 2 * margin;
const titleArea = { top: 190, height: shareCardSize.height - 190 - margin };
/** Title sizes in pixels, largest first: the first at which the title fits its area is used */
const titleSizes = [68, 58, 50, 42, 36];
const longestTitle = 160;
/** Larger images are refused before decoding, as for uploads */
const maxInputPixels = 100_000_000;

export interface ShareCardContent {
  edition: Edition;
  siteName: string;
  title: string;
  /** The item's image (any format sharp reads, SVG included), or none for the branded card */
  image?: Uint8Array;
}

export async function renderShareCard(content: ShareCardContent): Promise<Buffer> {
  const card = content.image ? await imageCard(content.image) : await brandedCard(content);
  // libjpeg's own encoder: mozjpeg's trellis search made cards 15% smaller but 8× slower to encode
  // (40 ms of a card's 60), which the mirror export pays for every card
  return card.jpeg({ quality: 82 }).toBuffer();
}

async function imageCard(bytes: Uint8Array): Promise<Sharp> {
  const { width, height, format } = await sharp(bytes, { limitInputPixels: maxInputPixels }).metadata();
  // A vector image is drawn at the density that makes it cover the card, not enlarged from its nominal size
  const density = format === "svg" && width && height ? Math.min(2400, Math.ceil(72 * Math.max(shareCardSize.width / width, shareCardSize.height / height))) : undefined;
  return sharp(bytes, { autoOrient: true, limitInputPixels: maxInputPixels, pages: 1, ...(density ? { density } : {}) })
    .resize({ ...shareCardSize, fit: "cover", position: "attention" })
    .flatten({ background: "#ffffff" });
}

async function brandedCard({ edition, siteName, title }: ShareCardContent): Promise<Sharp> {
  const [regular, bold] = await Promise.all([cardFont(edition, 400), cardFont(edition, 700)]);
  const name = await textImage(edition, regular, siteName, { size: 40, colour: colours.siteName });
  const shownTitle = truncateAtWord(title.trim(), longestTitle);
  let titleImage = await textImage(edition, bold, shownTitle, { size: titleSizes[0]!, colour: colours.title });
  for (const size of titleSizes.slice(1)) {
    if (titleImage.height <= titleArea.height) break;
    titleImage = await textImage(edition, bold, shownTitle, { size, colour: colours.title });
  }
  // The text starts on the edition's reading side; a title too long even at the smallest size is clipped below
  const start = (image: { width: number }) => (edition.dir === "rtl" ? shareCardSize.width - margin - image.width : margin);
  const titleHeight = Math.min(titleImage.height, titleArea.height);
  const clippedTitle = titleImage.height > titleArea.height ? await sharp(titleImage.data).extract({ left: 0, top: 0, width: titleImage.width, height: titleHeight }).png().toBuffer() : titleImage.data;
  const rule = await sharp({ create: { width: 120, height: 8, channels: 3, background: colours.rule } }).png().toBuffer();
  return sharp({ create: { ...shareCardSize, channels: 3, background: colours.background } }).composite([
    { input: name.data, left: start(name), top: margin - 10 },
    { input: rule, left: start({ width: 120 }), top: margin + name.height + 16 },
    { input: clippedTitle, left: start(titleImage), top: titleArea.top + Math.round((titleArea.height - titleHeight) / 2) },
  ]);
}

function escapeMarkup(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

async function textImage(edition: Edition, font: CardFont, text: string, { size, colour }: { size: number; colour: string }) {
  // lang picks the script's regional forms (Persian digits and letters); Pango finds the paragraph's
  // direction from its first strong letter and then aligns "left" to the start of an RTL paragraph
  const markup = `<span lang="${edition.code}" foreground="${colour}">${escapeMarkup(text)}</span>`;
  const { data, info } = await sharp({
    text: { text: markup, font: `${font.description} ${size}px`, fontfile: font.files[0], width: textWidth, dpi: 72, rgba: true, wrap: "word", spacing: Math.round(size * 0.35) },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
