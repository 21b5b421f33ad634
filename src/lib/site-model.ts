/**
 * The model for the pages, built once per build from Astro's content collections.
 */
import { getCollection } from 'astro:content';
import { buildModel, type SiteModel } from './model.ts';

let pending: Promise<SiteModel> | undefined;

export function getModel(): Promise<SiteModel> {
  pending ??= (async () => {
    const [site, categories, topics, areas, organizations, resources, networks] = await Promise.all([
      getCollection('site'),
      getCollection('categories'),
      getCollection('topics'),
      getCollection('areas'),
      getCollection('organizations'),
      getCollection('resources'),
      getCollection('networks'),
    ]);
    const withHtml = <T,>(entry: { id: string; data: T; rendered?: { html: string }; filePath?: string }) => ({
      id: entry.id,
      data: entry.data,
      html: entry.rendered?.html || undefined,
      file: entry.filePath,
    });
    // Lists keep the order they were written in (see the loader's `order`).
    const inWrittenOrder = <E extends { rendered?: { metadata?: Record<string, unknown> } }>(entries: E[]) =>
      [...entries].sort((a, b) => Number(a.rendered?.metadata?.order ?? 0) - Number(b.rendered?.metadata?.order ?? 0));
    return buildModel({
      site: site[0].data,
      categories: inWrittenOrder(categories).map((entry) => entry.data),
      topics: inWrittenOrder(topics).map((entry) => entry.data),
      areas: areas.map(withHtml),
      organizations: organizations.map(withHtml),
      resources: resources.map(withHtml),
      networks: networks.map(withHtml),
    });
  })();
  return pending;
}
