// Every editorial screen, walked signed out and as each role: the server decides who gets in
// (302 to the sign-in page, 403, or 200), whatever the screens show or hide. A new admin route file
// fails this test until it is added to the table below.
import { readdirSync } from "node:fs";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { demoAccount, type DemoRole } from "./admin-fixtures";

type Who = "signedOut" | DemoRole;
type Expected = Record<DemoRole, 200 | 403>;

const everyone: Expected = { admin: 200, editor: 200, translator: 200 };
const editorsOnly: Expected = { admin: 200, editor: 200, translator: 403 };
const adminsOnly: Expected = { admin: 200, editor: 403, translator: 403 };

// Demo content ids: article 1 is in English (the translator works on Albanian only)
const screens: { route: string; path: string; expected: Expected }[] = [
  { route: "admin._index", path: "/admin", expected: everyone },
  { route: "admin.articles._index", path: "/admin/articles", expected: everyone },
  { route: "admin.articles.new", path: "/admin/articles/new", expected: editorsOnly },
  { route: "admin.articles.$id", path: "/admin/articles/1", expected: editorsOnly },
  { route: "admin.articles.$id_.translate", path: "/admin/articles/1/translate", expected: everyone },
  { route: "admin.categories._index", path: "/admin/categories", expected: editorsOnly },
  { route: "admin.categories.new", path: "/admin/categories/new", expected: editorsOnly },
  { route: "admin.categories.$id", path: "/admin/categories/1", expected: editorsOnly },
  { route: "admin.authors._index", path: "/admin/authors", expected: editorsOnly },
  { route: "admin.authors.new", path: "/admin/authors/new", expected: editorsOnly },
  { route: "admin.authors.$id", path: "/admin/authors/1", expected: editorsOnly },
  { route: "admin.series._index", path: "/admin/series", expected: editorsOnly },
  { route: "admin.series.new", path: "/admin/series/new", expected: editorsOnly },
  { route: "admin.series.$id", path: "/admin/series/1", expected: editorsOnly },
  { route: "admin.media._index", path: "/admin/media", expected: editorsOnly },
  { route: "admin.media.new", path: "/admin/media/new", expected: editorsOnly },
  { route: "admin.media.$id", path: "/admin/media/1", expected: editorsOnly },
  { route: "admin.publications._index", path: "/admin/publications", expected: editorsOnly },
  { route: "admin.publications.new", path: "/admin/publications/new", expected: editorsOnly },
  { route: "admin.publications.$id", path: "/admin/publications/1", expected: editorsOnly },
  { route: "admin.pages._index", path: "/admin/pages", expected: editorsOnly },
  { route: "admin.pages.$id", path: "/admin/pages/1", expected: editorsOnly },
  { route: "admin.uploads._index", path: "/admin/uploads", expected: everyone },
  { route: "admin.comments", path: "/admin/comments", expected: editorsOnly },
  { route: "admin.messages._index", path: "/admin/messages", expected: editorsOnly },
  { route: "admin.users._index", path: "/admin/users", expected: adminsOnly },
  { route: "admin.users.new", path: "/admin/users/new", expected: adminsOnly },
  { route: "admin.users.$id", path: "/admin/users/1", expected: adminsOnly },
  { route: "admin.identity", path: "/admin/identity", expected: adminsOnly },
  { route: "admin.audit", path: "/admin/audit", expected: adminsOnly },
];
/** Routes with no screen of their own to walk: the layout, sign-in/out, preferences (POST), a message (none in the demo) */
const notScreens = new Set(["admin", "admin.sign-in", "admin.sign-out", "admin.preferences", "admin.messages.$id"]);

test("the table covers every editorial route file", () => {
  // Each editorial route is a flat-route folder (app/routes/admin.<screen>/route.tsx, docs/decisions/023)
  const routes = readdirSync("app/routes", { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^admin([.]|$)/.test(entry.name))
    .map((entry) => entry.name);
  expect(routes.length).toBeGreaterThan(30);
  const covered = new Set([...screens.map((screen) => screen.route), ...notScreens]);
  expect(routes.filter((route) => !covered.has(route))).toEqual([]);
});

async function signedInContext(baseURL: string, role: DemoRole): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const page = await context.get("/admin/sign-in");
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  const account = demoAccount(role);
  const signIn = await context.post("/admin/sign-in", { form: { csrf: csrf!, email: account.email, password: account.password, next: "/admin" }, maxRedirects: 0 });
  expect(signIn.status(), `${role} signs in`).toBe(302);
  return context;
}

for (const who of ["signedOut", "admin", "editor", "translator"] as const satisfies readonly Who[]) {
  test(`every editorial screen, ${who === "signedOut" ? "signed out" : `as the ${who}`}`, async ({ baseURL }) => {
    const context = who === "signedOut" ? await playwrightRequest.newContext({ baseURL }) : await signedInContext(baseURL!, who);
    const seen: string[] = [];
    for (const { path, expected } of screens) {
      const response = await context.get(path, { maxRedirects: 0 });
      if (who === "signedOut") {
        seen.push(`${path} ${response.status()} ${response.headers()["location"] ?? ""}`);
        expect(response.status(), path).toBe(302);
        expect(response.headers()["location"], path).toMatch(/^\/admin\/sign-in\?next=/);
      } else {
        seen.push(`${path} ${response.status()}`);
        expect(response.status(), path).toBe(expected[who]);
      }
      expect(response.headers()["cache-control"], path).toContain("no-store");
    }
    test.info().annotations.push({ type: "walk", description: seen.join("\n") });
    await context.dispose();
  });
}
