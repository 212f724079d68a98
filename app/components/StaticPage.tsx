/** A static page's title and its rendered, sanitized Markdown body */
export function StaticPage({ title, bodyHtml }: { title: string; bodyHtml: string }) {
  return (
    <article aria-labelledby="page-title" className="max-w-3xl">
      <h1 id="page-title" className="text-3xl font-bold leading-tight sm:text-4xl" data-content>
        {title}
      </h1>
      <div className="prose-article mt-6 text-[1.075rem]" data-content dangerouslySetInnerHTML={{ __html: bodyHtml }} />
    </article>
  );
}
