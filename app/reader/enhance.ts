// The only JavaScript reader pages load (a few KB; reader pages do not hydrate React, see root.tsx).
// Every page works completely without it: each enhancement below starts from server-rendered HTML that
// already works (a <details> menu, a GET form that loads the video player, links to `?image=N`), and
// only improves it. Bundled by scripts/build-reader-script.mjs into public/build with a content hash.

/** Remembers the reader's edition in the `lng` cookie (Remix createCookie's encoding: base64 of JSON) */
function rememberEditionOnClick(): void {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest<HTMLElement>("[data-edition-link]");
    const code = link?.dataset.editionLink;
    if (!code) return;
    const secure = location.protocol === "https:" ? "; secure" : "";
    document.cookie = `lng=${encodeURIComponent(btoa(JSON.stringify(code)))}; path=/; max-age=31536000; samesite=lax${secure}`;
  });
}

/**
 * <details data-menu> menus also close on Escape (focus back on their summary), on a click or tap elsewhere,
 * when the focus leaves them, and when another opens. A menu holds its <details> and the element its summary
 * names in aria-controls: the collapsed main menu's list is a sibling of its <details> (see SiteHeader).
 */
function closeMenus(): void {
  const menus = Array.from(document.querySelectorAll<HTMLDetailsElement>("details[data-menu]"));
  const summary = (menu: HTMLDetailsElement) => menu.querySelector("summary")!;
  const holds = (menu: HTMLDetailsElement, node: EventTarget | null) =>
    menu.contains(node as Node) || !!document.getElementById(summary(menu).getAttribute("aria-controls") ?? "")?.contains(node as Node);
  const closeAllBut = (node: EventTarget | null) => {
    for (const menu of menus) if (!holds(menu, node)) menu.open = false;
  };
  document.addEventListener("pointerdown", (event) => closeAllBut(event.target));
  document.addEventListener("focusin", (event) => closeAllBut(event.target));
  // Focus leaving a menu for something outside it (Tab past its last link) closes it. A focusout with no
  // new focus (a tap on a menu's padding, the window losing focus) must not: relatedTarget is null then.
  document.addEventListener("focusout", (event) => {
    if (event.relatedTarget) closeAllBut(event.relatedTarget);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    // The innermost open menu around the focus: a submenu comes after the menu that holds it
    const menu = menus.filter((candidate) => candidate.open && holds(candidate, event.target)).pop();
    if (!menu) return;
    menu.open = false;
    summary(menu).focus();
  });
  for (const menu of menus) {
    const expanded = () => summary(menu).setAttribute("aria-expanded", String(menu.open));
    expanded();
    menu.addEventListener("toggle", () => {
      expanded();
      if (menu.open) closeAllBut(menu);
    });
  }
}

/** The video player replaces its poster in place instead of reloading the page with ?play=1 */
function loadVideosInPlace(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>("form[data-video-player]")) {
    form.addEventListener("submit", (event) => {
      const { embedUrl, playerTitle } = form.dataset;
      const container = form.closest<HTMLElement>("[data-video]");
      if (!embedUrl || !container) return;
      event.preventDefault();
      const url = new URL(embedUrl);
      url.searchParams.set("autoplay", "1");
      const frame = document.createElement("iframe");
      Object.assign(frame, { src: url.toString(), title: playerTitle ?? "", allowFullscreen: true, referrerPolicy: "strict-origin-when-cross-origin" });
      frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      frame.className = "h-full w-full";
      const wrapper = document.createElement("div");
      wrapper.className = "aspect-video w-full overflow-hidden rounded-lg bg-black";
      wrapper.append(frame);
      container.replaceChildren(wrapper);
      frame.focus();
    });
  }
}

/**
 * Gallery thumbnails open the photo in a modal <dialog> (previous/next, arrow keys in the reading
 * direction, Escape, focus back on the thumbnail) instead of the page's `?image=N` viewer
 */
function galleryLightbox(): void {
  const dialog = document.querySelector<HTMLDialogElement>("dialog[data-gallery-dialog]");
  const thumbnails = Array.from(document.querySelectorAll<HTMLAnchorElement>("a[data-gallery-thumbnail]"));
  if (!dialog || thumbnails.length === 0) return;
  const image = dialog.querySelector("img")!;
  const caption = dialog.querySelector("figcaption")!;
  const position = dialog.querySelector("[data-gallery-position]")!;
  let current = 0;
  let opener: HTMLElement | null = null;

  const show = (index: number) => {
    current = (index + thumbnails.length) % thumbnails.length;
    const data = thumbnails[current]!.dataset;
    image.src = data.full ?? "";
    image.alt = data.alt ?? "";
    if (data.srcset) image.srcset = data.srcset;
    else image.removeAttribute("srcset");
    caption.textContent = data.caption ?? "";
    position.textContent = data.position ?? "";
  };
  thumbnails.forEach((thumbnail, index) =>
    thumbnail.addEventListener("click", (event) => {
      // Let the browser handle "open in a new tab" and the like
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      opener = thumbnail;
      show(index);
      dialog.showModal();
    }),
  );
  const forward = document.documentElement.dir === "rtl" ? "ArrowLeft" : "ArrowRight";
  const backward = forward === "ArrowLeft" ? "ArrowRight" : "ArrowLeft";
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== forward && event.key !== backward) return;
    event.preventDefault();
    show(current + (event.key === forward ? 1 : -1));
  });
  dialog.addEventListener("click", (event) => {
    const step = (event.target as Element).closest<HTMLElement>("[data-gallery-step]")?.dataset.galleryStep;
    if (step) show(current + Number(step));
    if ((event.target as Element).closest("[data-gallery-close]")) dialog.close();
  });
  // Escape closes a modal dialog natively; every way of closing ends here
  dialog.addEventListener("close", () => opener?.focus());
}

/**
 * After a form comes back with errors, focus lands on its error summary (which asks for it with autofocus,
 * which a browser may not honour, e.g. when the page was opened at a #fragment); a sent form says so
 */
function forms(): void {
  document.querySelector<HTMLElement>("[data-error-summary]")?.focus();
  for (const form of document.querySelectorAll<HTMLFormElement>("form[method='post' i]")) {
    form.addEventListener("submit", () => {
      const button = form.querySelector<HTMLButtonElement>("button[data-pending-label]");
      if (!button) return;
      // Disabled after this turn of the event loop, so the submission itself goes ahead
      setTimeout(() => {
        button.disabled = true;
        button.textContent = button.dataset.pendingLabel ?? button.textContent;
      });
    });
  }
}

rememberEditionOnClick();
closeMenus();
loadVideosInPlace();
galleryLightbox();
forms();
document.documentElement.dataset.enhanced = "true";
