// RSS 2.0 (https://www.rssboard.org/rss-specification) with the content, Dublin Core and Atom modules.
import { rfc822Date } from "./dates";
import { serializeXml } from "./xml-document.server";

export interface RssItem {
  title: string;
  /** Absolute URL of the article; also its permanent guid */
  link: string;
  /** The author's name (RSS's own <author> must be an e-mail address, so dc:creator carries it) */
  creator: string;
  category: { name: string; url: string };
  publishedAt: Date;
  /** Plain text lead */
  description: string;
  /** The full article as sanitized HTML with absolute URLs */
  contentHtml: string;
}

export interface RssChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed mirrors */
  link: string;
  /** Absolute URL of the feed itself */
  selfUrl: string;
  /** The edition code (RSS's language element takes a language tag) */
  language: string;
  lastBuildDate: Date;
  items: RssItem[];
}

export function renderRss(feed: RssChannel): string {
  return serializeXml({
    rss: {
      "@version": "2.0",
      "@xmlns:content": "http://purl.org/rss/1.0/modules/content/",
      "@xmlns:dc": "http://purl.org/dc/elements/1.1/",
      "@xmlns:atom": "http://www.w3.org/2005/Atom",
      channel: {
        title: feed.title,
        link: feed.link,
        description: feed.description,
        language: feed.language,
        lastBuildDate: rfc822Date(feed.lastBuildDate),
        "atom:link": { "@href": feed.selfUrl, "@rel": "self", "@type": "application/rss+xml" },
        item: feed.items.map((item) => ({
          title: item.title,
          link: item.link,
          guid: { "@isPermaLink": "true", "#text": item.link },
          "dc:creator": item.creator,
          category: { "@domain": item.category.url, "#text": item.category.name },
          pubDate: rfc822Date(item.publishedAt),
          description: item.description,
          // Escaped text rather than CDATA: a body that contains "]]>" cannot end it early
          "content:encoded": item.contentHtml,
        })),
      },
    },
  });
}
