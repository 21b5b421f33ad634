import type { Element, Root } from "hast";
import { describe, expect, it } from "vitest";
import { normalizedBase, rehypeSiteBase, withBase } from "./site-base-links.ts";

const element = (
  tagName: string,
  properties: Record<string, string>,
): Element => ({
  type: "element",
  tagName,
  properties,
  children: [],
});

describe("site links in content bodies follow the base path", () => {
  it("normalizes BASE_PATH the way the site does", () => {
    expect(normalizedBase(undefined)).toBe("/");
    expect(normalizedBase("/")).toBe("/");
    expect(normalizedBase("care-map")).toBe("/care-map/");
    expect(normalizedBase("/care-map//")).toBe("/care-map/");
  });

  it("prefixes root-relative links only", () => {
    expect(withBase("/resources/x/", "/care-map/")).toBe(
      "/care-map/resources/x/",
    );
    expect(withBase("/care-map/resources/x/", "/care-map/")).toBe(
      "/care-map/resources/x/",
    );
    for (const other of [
      "//evil.example/x",
      "https://example.jp/",
      "tel:042-1",
      "mailto:a@b.jp",
      "#top",
      "x/",
    ]) {
      expect(withBase(other, "/care-map/")).toBe(other);
    }
    expect(withBase("/resources/x/", "/")).toBe("/resources/x/");
  });

  it("rewrites the a and img elements of a body", () => {
    const [area, icon, phone] = [
      element("a", { href: "/areas/honcho/" }),
      element("img", { src: "/icons/a.svg" }),
      element("a", { href: "tel:1" }),
    ];
    const tree: Root = {
      type: "root",
      children: [{ ...element("p", {}), children: [area, icon, phone] }],
    };
    rehypeSiteBase({ base: "/m/sakura" })(tree);
    expect([
      area.properties.href,
      icon.properties.src,
      phone.properties.href,
    ]).toEqual(["/m/sakura/areas/honcho/", "/m/sakura/icons/a.svg", "tel:1"]);
  });
});
