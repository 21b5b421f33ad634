/**
 * The content schemas: the single description of every file staff write. `npm run validate`
 * (and with it the build and the pages), the JSON Schemas, the CMS config and the exports all use these.
 */
export * from './common.ts';
export * from './hours.ts';
export * from './site.ts';
export * from './taxonomy.ts';
export * from './area.ts';
export * from './organization.ts';
export * from './resource.ts';
export * from './network.ts';
export * from './readings.ts';
