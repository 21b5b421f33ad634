/**
 * The content schemas: the single description of every file staff write. Astro's content
 * collections, `npm run validate` and the exports all use these.
 */
export * from './common.ts';
export * from './hours.ts';
export * from './site.ts';
export * from './taxonomy.ts';
export * from './area.ts';
export * from './organization.ts';
export * from './resource.ts';
export * from './network.ts';
