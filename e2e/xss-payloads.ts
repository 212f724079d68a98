// The cross-site scripting corpus: classics of the OWASP filter-evasion cheat sheet and a few mutation
// (mXSS) and Markdown ones. Every payload that runs sets window.__xss (or its parent's) or calls alert(),
// so a test can tell that it ran: e2e/xss.spec.ts (search, contact form, comments, 404 pages, rendered
// Markdown in Chromium) and app/utils/markdown.xss.test.ts. Reuse it for any field that echoes what a
// person typed. No payload holds a control character or a line break (inputs would drop them), and
// none is longer than 100 characters (the shortest field limit), so each is echoed exactly as sent.

export interface XssPayload {
  name: string;
  payload: string;
}

export const xssPayloads: readonly XssPayload[] = [
  { name: "script element", payload: "<script>window.__xss=1</script>" },
  { name: "script with a data: source", payload: "<script src=data:,window.__xss=1></script>" },
  { name: "img onerror", payload: "<img src=x onerror=window.__xss=1>" },
  { name: "mixed case tag and handler", payload: "<IMG SRC=x OnErRoR=alert(1)>" },
  { name: "svg onload", payload: "<svg onload=window.__xss=1>" },
  { name: "script inside svg", payload: "<svg><script>window.__xss=1</script></svg>" },
  { name: "attribute break-out, double quote", payload: '"><script>window.__xss=1</script>' },
  { name: "attribute break-out, single quote", payload: "'><img src=x onerror=window.__xss=1>" },
  { name: "new attribute in a double-quoted value", payload: '" autofocus onfocus="window.__xss=1" x="' },
  { name: "new attribute in a single-quoted value", payload: "' autofocus onfocus='window.__xss=1' x='" },
  { name: "closing an inline script", payload: "</script><script>window.__xss=1</script>" },
  { name: "javascript: URL", payload: "javascript:window.__xss=1" },
  { name: "javascript: link", payload: '<a href="javascript:window.__xss=1">x</a>' },
  { name: "javascript: with an encoded tab", payload: '<a href="jav&#x09;ascript:alert(1)">x</a>' },
  { name: "data: URL link", payload: '<a href="data:text/html,<script>alert(1)</script>">x</a>' },
  { name: "iframe srcdoc", payload: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>' },
  { name: "iframe javascript: source", payload: '<iframe src="javascript:parent.__xss=1"></iframe>' },
  { name: "object with a data: document", payload: '<object data="data:text/html,<script>parent.__xss=1</script>"></object>' },
  { name: "style expression()", payload: '<div style="width:expression(window.__xss=1)">x</div>' },
  { name: "style element import", payload: "<style>@import 'javascript:alert(1)';</style>" },
  { name: "body onload", payload: "<body onload=window.__xss=1>" },
  { name: "details ontoggle", payload: "<details open ontoggle=window.__xss=1>" },
  { name: "input autofocus onfocus", payload: "<input autofocus onfocus=window.__xss=1>" },
  { name: "mutation through math and style", payload: "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>" },
  { name: "mutation through noscript", payload: '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">' },
  { name: "comment trick", payload: '<!--<img src="--><img src=x onerror=window.__xss=1//">' },
  { name: "nested tags to defeat stripping", payload: "<scr<script>ipt>window.__xss=1</scr</script>ipt>" },
  { name: "entity-encoded handler", payload: '<img src="x" onerror="&#x77;indow.__xss=1">' },
  { name: "HTML entities, to be shown as typed", payload: "&lt;script&gt;window.__xss=1&lt;/script&gt;" },
  { name: "percent-encoded script", payload: "%3Cscript%3Ewindow.__xss=1%3C/script%3E" },
  { name: "Unicode escapes, as in JSON", payload: "\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e" },
  { name: "full-width angle brackets", payload: "＜script＞window.__xss=1＜/script＞" },
  { name: "template expression", payload: "{{constructor.constructor('window.__xss=1')()}}${alert(1)}" },
  { name: "Markdown javascript: link", payload: "[click](javascript:window.__xss=1)" },
  { name: "Markdown image with a javascript: source", payload: "![x](javascript:alert(1))" },
  { name: "Markdown link, mixed case scheme and entity", payload: "[a](JaVaScRiPt:alert(1)) [b](&#106;avascript:alert(1))" },
  { name: "Markdown autolink", payload: "<javascript:window.__xss=1>" },
];
