/**
 * The resolved model the pages render: the areas tree, which windows serve which area, who
 * runs what, how the networks hang together. Pure TypeScript: built from plain entries, so
 * the scripts and tests can use it without Astro.
 */
import type { Area, Category, Network, Organization, Resource, Site, Topic } from '../../schemas/index.ts';
import { findAreaByAddress } from '../areas/address.ts';
import { contains, type Boundary } from '../map/geo.ts';
import { compareKana } from '../text/normalize.ts';

export interface ModelEntry<T> {
  id: string;
  data: T;
  /** Rendered, sanitized body HTML. */
  html?: string;
  /** The file, relative to the content folder (resources/windows/x.md). */
  file?: string;
}

export interface ResourceView extends Resource {
  id: string;
  html?: string;
  file?: string;
  categoryInfo: Category;
  /** Where it stands: `area`, else from the address and `towns`, else from its location. */
  areaId?: string;
  isWindow: boolean;
  professionalOnly: boolean;
}

export interface AreaView extends Area {
  id: string;
  children: AreaView[];
  parentArea?: AreaView;
}

export interface OrganizationView extends Organization {
  id: string;
}

export interface NetworkView extends Network {
  id: string;
  html?: string;
  file?: string;
}

export interface ModelInput {
  site: Site;
  categories: Category[];
  topics: Topic[];
  areas: ModelEntry<Area>[];
  organizations: ModelEntry<Organization>[];
  resources: ModelEntry<Resource>[];
  networks: ModelEntry<Network>[];
}

export interface NetworkLink {
  from: NetworkView;
  to: NetworkView;
  relation?: string;
}

const byKana = <T extends { kana: string; name: string }>(a: T, b: T) =>
  compareKana(a.kana, b.kana) || a.name.localeCompare(b.name, 'ja');

/** Items by a key, each list in the order of `items`; items without the key are left out. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** One answer per argument, computed on first use (the model does not change once built). */
function memoize<R>(compute: (id: string) => R): (id: string) => R {
  const answers = new Map<string, R>();
  return (id) => {
    if (!answers.has(id)) answers.set(id, compute(id));
    return answers.get(id)!;
  };
}

/** The areas as a tree (children in kana order), and the walks up and down it. */
function buildAreaTree(entries: ModelEntry<Area>[]) {
  const areas: AreaView[] = entries.map((entry) => ({ ...entry.data, id: entry.id, children: [] }));
  const areaById = new Map(areas.map((area) => [area.id, area]));
  for (const area of areas) {
    if (area.parent) {
      const parent = areaById.get(area.parent);
      if (parent) {
        area.parentArea = parent;
        parent.children.push(area);
      }
    }
  }
  for (const area of areas) area.children.sort(byKana);
  const ancestorsOf = (id: string): AreaView[] => {
    const chain: AreaView[] = [];
    for (let area = areaById.get(id)?.parentArea; area; area = area.parentArea) chain.push(area);
    return chain;
  };
  const descendantsOf = (id: string): AreaView[] => {
    const out: AreaView[] = [];
    const walk = (area: AreaView) => area.children.forEach((child) => (out.push(child), walk(child)));
    const start = areaById.get(id);
    if (start) walk(start);
    return out;
  };
  const leafAreas = areas.filter((area) => area.children.length === 0);
  const townAreas = leafAreas.filter((area) => area.towns?.length).map((area) => ({ id: area.id, towns: area.towns! }));
  return {
    areas,
    areaById,
    municipality: areas.find((area) => area.level === 'municipality'),
    ancestorsOf,
    descendantsOf,
    leafAreas,
    townAreas,
  };
}

type AreaTree = ReturnType<typeof buildAreaTree>;

/** The resources in kana order, each with its category and the area it stands in. */
function buildResources(input: ModelInput, categoryById: Map<string, Category>, tree: AreaTree): ResourceView[] {
  const { leafAreas, townAreas } = tree;
  const resources: ResourceView[] = input.resources.map((entry) => {
    const resource = entry.data;
    const categoryInfo = categoryById.get(resource.category)!;
    let areaId = resource.area;
    const municipalityName = input.site.municipality.name;
    if (!areaId && resource.address) areaId = findAreaByAddress(resource.address, townAreas, municipalityName);
    if (!areaId && resource.location) {
      const point: [number, number] = [resource.location.lng, resource.location.lat];
      areaId = leafAreas.find((area) => area.boundary && contains(area.boundary as Boundary, point))?.id;
    }
    return {
      ...resource,
      id: entry.id,
      html: entry.html,
      file: entry.file,
      categoryInfo,
      areaId,
      isWindow: categoryInfo.kind === 'window',
      professionalOnly: !resource.audience.includes('resident'),
    };
  });
  return resources.sort(byKana);
}

/**
 * What the area pages ask of the resources. Pages ask these once per page; at tens of thousands
 * of resources a scan per page makes the build quadratic, so each answer is computed once and
 * kept (the lists are in kana order).
 */
function areaQueries(resources: ResourceView[], windows: ResourceView[], tree: AreaTree) {
  const { ancestorsOf, descendantsOf } = tree;
  /** Windows that serve an area: named for it, for an area above it, or for one inside it. */
  const windowsServing = memoize((areaId: string): ResourceView[] => {
    const related = new Set([
      areaId,
      ...ancestorsOf(areaId).map((a) => a.id),
      ...descendantsOf(areaId).map((a) => a.id),
    ]);
    return windows.filter((window) => window.servesAreas?.some((id) => related.has(id)));
  });
  const resourcesStandingIn = groupBy(resources, (resource) => resource.areaId);
  /** Resources standing in an area or any area inside it. */
  const resourcesIn = memoize((areaId: string): ResourceView[] => {
    const inside = [areaId, ...descendantsOf(areaId).map((a) => a.id)];
    if (inside.length === 1) return resourcesStandingIn.get(areaId) ?? [];
    const set = new Set(inside);
    return resources.filter((resource) => resource.areaId !== undefined && set.has(resource.areaId));
  });
  return { windowsServing, resourcesIn };
}

/** The networks in kana order and the links between them. */
function buildNetworks(entries: ModelEntry<Network>[]) {
  const networks: NetworkView[] = entries.map((entry) => ({
    ...entry.data,
    id: entry.id,
    html: entry.html,
    file: entry.file,
  }));
  networks.sort(byKana);
  const networkById = new Map(networks.map((network) => [network.id, network]));
  const networkLinks: NetworkLink[] = networks.flatMap((from) =>
    (from.linksTo ?? []).map((link) => ({ from, to: networkById.get(link.network)!, relation: link.relation })),
  );
  return { networks, networkById, networkLinks };
}

/** The windows that refer cases to each resource: each once per target, in kana order. */
function referrersOf(resources: ResourceView[]): Map<string, ResourceView[]> {
  const referrers = new Map<string, ResourceView[]>();
  for (const resource of resources) {
    for (const target of new Set((resource.refersTo ?? []).map((referral) => referral.resource))) {
      const list = referrers.get(target) ?? [];
      list.push(resource);
      referrers.set(target, list);
    }
  }
  return referrers;
}

export function buildModel(input: ModelInput) {
  const { site, categories, topics } = input;
  const categoryById = new Map(categories.map((category) => [category.id, category]));
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  const tree = buildAreaTree(input.areas);
  const resources = buildResources(input, categoryById, tree);
  const resourceById = new Map(resources.map((resource) => [resource.id, resource]));
  const windows = resources.filter((resource) => resource.isWindow);
  const { windowsServing, resourcesIn } = areaQueries(resources, windows, tree);
  const organizations: OrganizationView[] = input.organizations.map((entry) => ({ ...entry.data, id: entry.id }));
  organizations.sort(byKana);
  const organizationById = new Map(organizations.map((organization) => [organization.id, organization]));
  const { networks, networkById, networkLinks } = buildNetworks(input.networks);
  const resourcesByCategory = groupBy(resources, (resource) => resource.category);
  const resourcesByOperator = groupBy(resources, (resource) => resource.operator);
  const referrers = referrersOf(resources);
  const categoryGroups = [...new Set(categories.map((category) => category.group))].map((group) => ({
    group,
    categories: categories.filter((category) => category.group === group),
  }));

  return {
    site,
    categories,
    categoryById,
    categoryGroups,
    topics,
    topicById,
    areas: tree.areas,
    areaById: tree.areaById,
    municipality: tree.municipality,
    ancestorsOf: tree.ancestorsOf,
    descendantsOf: tree.descendantsOf,
    resources,
    resourceById,
    windows,
    windowsServing,
    resourcesIn,
    /** The 対象者 at least one resource has (the list filters offer only these). */
    targetsInUse: new Set(resources.flatMap((resource) => resource.targets ?? [])),
    resourcesOfCategory: (categoryId: string) => resourcesByCategory.get(categoryId) ?? [],
    organizations,
    organizationById,
    childOrganizations: (id: string) => organizations.filter((organization) => organization.parent === id),
    resourcesOperatedBy: (id: string) => resourcesByOperator.get(id) ?? [],
    networks,
    networkById,
    networkLinks,
    childNetworks: (id: string) => networks.filter((network) => network.parent === id),
    networksOfOrganization: (id: string) =>
      networks.filter(
        (network) => network.secretariat === id || network.members?.some((member) => member.organization === id),
      ),
    networksOfArea: (id: string) => networks.filter((network) => network.areas?.includes(id)),
    /** Windows that pass cases on to this resource. */
    referredFrom: (id: string) => referrers.get(id) ?? [],
  };
}

export type SiteModel = ReturnType<typeof buildModel>;
