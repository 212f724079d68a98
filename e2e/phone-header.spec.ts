// A reader on a phone or a tablet taps open every menu of the header, in every edition, on the home page and
// on an article: each menu opens wholly on the screen, and the page never scrolls sideways. Below the desktop
// breakpoint the main menu collapses into one menu button (a <details>: it works without JavaScript), and the
// edition switcher stays one tap away beside it.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { editions, escapeRegExp, readerPages, text, waitForReaderScript } from "./fixtures";

const widths = [320, 375, 768];
const touchScreen = (width: number) => ({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });

/** The home page and an article of an edition */
const pagesToVisit = (code: string) => readerPages(code).filter(({ name }) => name === "the home page" || name === "an article");

/** What a menu's summary says, without its ▾ */
async function menuName(summary: Locator): Promise<string> {
  return ((await summary.textContent()) ?? "").replace("▾", "").trim();
}

/**
 * An open menu shows all of its links, each wholly within the screen, and the page does not scroll sideways.
 * A menu's links are those in its <details> and in the list its summary controls (aria-controls), except those
 * of a submenu still closed. checkVisibility(), not a box: closed <details> content keeps a layout box in Chromium.
 */
async function expectWhollyOnScreen(page: Page, details: Locator, name: string, width: number) {
  const links = await details.evaluate((menu) => {
    const summary = menu.querySelector(":scope > summary");
    const controlled = document.getElementById(summary?.getAttribute("aria-controls") ?? "");
    const shownByOpenMenus = (link: Element) => {
      for (let around = link.closest("details"); around; around = around.parentElement?.closest("details") ?? null) {
        if (!around.open) return false;
      }
      return true;
    };
    return [menu, controlled]
      .flatMap((root) => (root ? [...root.querySelectorAll("a")] : []))
      .filter(shownByOpenMenus)
      .map((link) => {
        const box = link.getBoundingClientRect();
        return { link: link.textContent?.trim() ?? "", visible: link.checkVisibility(), left: Math.round(box.left), right: Math.round(box.right) };
      });
  });
  expect(links.length, `the ${name} menu shows links`).toBeGreaterThan(0);
  const wrong = links.filter((link) => !link.visible || link.left < 0 || link.right > width);
  expect(wrong, `links of the ${name} menu hidden or off the ${width} px screen`).toEqual([]);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `the page is wider than the ${width} px screen with the ${name} menu open`).toBeLessThanOrEqual(width);
}

/**
 * Taps open each menu the header shows, then each submenu that opening it revealed, checking every one;
 * returns the names of the menus opened: those one tap away, and those inside them
 */
async function tapOpenEveryMenu(page: Page, width: number): Promise<{ oneTap: string[]; inside: string[] }> {
  const summaries = page.locator("header summary");
  const shown = () => summaries.evaluateAll((all) => all.flatMap((summary, index) => (summary.checkVisibility() ? [index] : [])));
  const openByTap = async (summary: Locator) => {
    const name = await menuName(summary);
    await summary.tap();
    const details = summary.locator("xpath=..");
    await expect(details, `the ${name} menu opens when tapped`).toHaveAttribute("open", "");
    await expectWhollyOnScreen(page, details, name, width);
    return { name, details };
  };
  const closeByTap = async (summary: Locator, details: Locator) => {
    await summary.tap();
    await expect(details).not.toHaveAttribute("open");
  };

  const topLevel = await shown();
  const oneTap: string[] = [];
  const inside: string[] = [];
  for (const index of topLevel) {
    const summary = summaries.nth(index);
    const menu = await openByTap(summary);
    oneTap.push(menu.name);
    for (const nestedIndex of (await shown()).filter((candidate) => !topLevel.includes(candidate))) {
      const nested = summaries.nth(nestedIndex);
      const submenu = await openByTap(nested);
      inside.push(submenu.name);
      await closeByTap(nested, submenu.details);
    }
    await closeByTap(summary, menu.details);
  }
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  return { oneTap, inside };
}

/** The header's summary that reads `label` (whole: the Albanian "Botime" is part of "Botimet") */
function summaryNamed(page: Page, label: string): Locator {
  return page.locator("header summary", { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*▾?\\s*$`) });
}

/** The collapsed main menu's button */
function menuButton(page: Page, code: string): Locator {
  return summaryNamed(page, text(code, "nav", "menu"));
}

for (const edition of editions) {
  const { code } = edition;
  const nav = (key: string) => text(code, "nav", key);

  test.describe(`${edition.nativeName} (${code}) header on touch screens`, () => {
    test.use(touchScreen(widths[0]!));

    for (const { name, path } of pagesToVisit(code)) {
      test(`on ${name}, every header menu opens by tapping, wholly on the screen, at ${widths.join(", ")} px`, async ({ page }) => {
        for (const width of widths) {
          await page.setViewportSize({ width, height: 740 });
          await page.goto(path);
          await waitForReaderScript(page);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

          const { oneTap, inside } = await tapOpenEveryMenu(page, width);
          // The edition switcher is one tap away; every submenu of the main menu opened too
          expect(oneTap, `at ${width} px`).toContain(nav("editions"));
          expect([...oneTap, ...inside], `at ${width} px`).toEqual(expect.arrayContaining([nav("media"), nav("publications")]));
        }
      });
    }
  });

  test.describe(`${edition.nativeName} (${code}) collapsed main menu`, () => {
    test.use(touchScreen(375));

    test("the menu button names itself, says whether it is open, and Escape closes it with the focus back on it", async ({ page }) => {
      await page.goto(`/${code}`);
      await waitForReaderScript(page);
      const button = menuButton(page, code);
      const menu = button.locator("xpath=..");
      await expect(button).toHaveAccessibleName(nav("menu"));
      await expect(button).toHaveAttribute("aria-expanded", "false");
      // The links of the main menu are not shown until it opens; the edition switcher is
      await expect(page.locator("header").getByRole("link", { name: nav("articles"), exact: true })).toBeHidden();
      await expect(summaryNamed(page, nav("editions"))).toBeVisible();

      await button.focus();
      await page.keyboard.press("Enter");
      await expect(menu).toHaveAttribute("open", "");
      await expect(button).toHaveAttribute("aria-expanded", "true");
      await page.keyboard.press("Tab");
      await expect(page.locator("header").getByRole("link", { name: nav("home"), exact: true })).toBeFocused();

      // Inside it, Escape closes a submenu first, then the menu itself
      const media = summaryNamed(page, nav("media"));
      await media.focus();
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      await expect(page.locator("header").getByRole("link", { name: nav("cartoons"), exact: true })).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(media.locator("xpath=..")).not.toHaveAttribute("open");
      await expect(media).toBeFocused();
      await expect(menu).toHaveAttribute("open", "");

      await page.keyboard.press("Escape");
      await expect(menu).not.toHaveAttribute("open");
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(button).toBeFocused();
    });

    test("the menu closes when the focus leaves it, not while it moves within it", async ({ page }) => {
      await page.goto(`/${code}`);
      await waitForReaderScript(page);
      const button = menuButton(page, code);
      const menu = button.locator("xpath=..");
      await button.focus();
      await page.keyboard.press("Enter");
      await expect(menu).toHaveAttribute("open", "");
      const contact = page.locator("header").getByRole("link", { name: nav("contact"), exact: true });
      for (let step = 0; step < 20 && !(await contact.evaluate((link) => link === document.activeElement)); step++) {
        await page.keyboard.press("Tab");
        await expect(menu, "open while the focus is inside").toHaveAttribute("open", "");
      }
      await expect(contact).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(menu).not.toHaveAttribute("open");
    });

    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });

      test("tapping the menu button shows the main menu, and every menu still opens on the screen", async ({ page }) => {
        await page.goto(`/${code}`);
        const button = menuButton(page, code);
        await expect(button).toBeVisible();
        await button.tap();
        for (const key of ["home", "articles", "about", "contact"]) {
          await expect(page.locator("header").getByRole("link", { name: nav(key), exact: true })).toBeVisible();
        }
        await button.tap();
        await expect(page.locator("header").getByRole("link", { name: nav("articles"), exact: true })).toBeHidden();

        const { oneTap, inside } = await tapOpenEveryMenu(page, 375);
        expect(oneTap).toEqual(expect.arrayContaining([nav("menu"), nav("editions")]));
        expect(inside).toEqual(expect.arrayContaining([nav("media"), nav("publications")]));
      });
    });
  });

  test.describe(`${edition.nativeName} (${code}) header on a desktop screen`, () => {
    test("a submenu closes when the focus tabs out of it", async ({ page }) => {
      await page.goto(`/${code}`);
      await waitForReaderScript(page);
      for (const key of ["media", "editions"]) {
        const summary = summaryNamed(page, nav(key));
        const details = summary.locator("xpath=..");
        await summary.focus();
        await page.keyboard.press("Enter");
        const links = await details.locator("a").count();
        for (let step = 0; step < links; step++) {
          await page.keyboard.press("Tab");
          await expect(details, "open while the focus is inside").toHaveAttribute("open", "");
        }
        await page.keyboard.press("Tab");
        await expect(details).not.toHaveAttribute("open");
      }
    });
  });
}
