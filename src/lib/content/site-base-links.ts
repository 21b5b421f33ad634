/**
 * Links in content bodies to the site's own pages are written from the site's root
 * (`[南部の包括](/resources/minami-houkatsu/)`, as docs/editing.md shows), so one content folder
 * serves wherever it is published. This rehype step puts the site's base path (BASE_PATH) in front
 * of them when the site is published under one, such as /care-map/ on GitHub Pages; links to other
 * hosts (`//host`, https:, tel:, mailto:) and in-page anchors are left as they are.
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/** '/', '/care-map/' — BASE_PATH with one slash at each end. */
export function normalizedBase(basePath: string | undefined): string {
  const trimmed = (basePath ?? "").replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** '/resources/x/' → '/care-map/resources/x/' under base '/care-map/'; anything else unchanged. */
export function withBase(link: string, base: string): string {
  if (
    base === "/" ||
    !link.startsWith("/") ||
    link.startsWith("//") ||
    link.startsWith(base)
  )
    return link;
  return `${base}${link.slice(1)}`;
}

const LINK_PROPERTIES: Record<string, string> = { a: "href", img: "src" };

/** The rehype plugin: runs after the sanitizer, on the links it kept. */
export function rehypeSiteBase(options: { base: string }) {
  const base = normalizedBase(options.base);
  return (tree: Root) => {
    if (base === "/") return;
    visit(tree, "element", (node: Element) => {
      const property = LINK_PROPERTIES[node.tagName];
      const value = property ? node.properties?.[property] : undefined;
      if (property && typeof value === "string")
        node.properties[property] = withBase(value, base);
    });
  };
}
