/**
 * The collections kept one file per entry (areas/, organizations/, resources/, networks/): which
 * file type each takes, its schema, and whether its files are Markdown and may sit in subfolders.
 * The per-file checks, the folder listing and the reference check all read this one table.
 */
import { areaSchema, networkSchema, organizationSchema, resourceSchema } from '../../schemas/index.ts';

export const FILE_COLLECTIONS = {
  areas: { extension: ['.yaml', '.yml'], schema: areaSchema, markdown: false, nested: false },
  organizations: { extension: ['.yaml', '.yml'], schema: organizationSchema, markdown: false, nested: false },
  resources: { extension: ['.md'], schema: resourceSchema, markdown: true, nested: true },
  networks: { extension: ['.md'], schema: networkSchema, markdown: true, nested: true },
} as const;

export type FileCollection = keyof typeof FILE_COLLECTIONS;

/** The collection names in the order they are listed and checked. */
export const FILE_COLLECTION_NAMES = Object.keys(FILE_COLLECTIONS) as FileCollection[];
