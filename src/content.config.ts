import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import {
  areaSchema,
  categorySchema,
  networkSchema,
  organizationSchema,
  resourceSchema,
  siteSchema,
  topicSchema,
} from './schemas/index.ts';
import { careContentLoader } from './lib/content/astro-loader.ts';

// The same schemas as `npm run validate`; the loader reads $CONTENT_DIR (default ./content).
export const collections = {
  site: defineCollection({ loader: careContentLoader('site'), schema: siteSchema }),
  categories: defineCollection({ loader: careContentLoader('categories'), schema: categorySchema }),
  topics: defineCollection({ loader: careContentLoader('topics'), schema: topicSchema }),
  areas: defineCollection({ loader: careContentLoader('areas'), schema: areaSchema }),
  organizations: defineCollection({ loader: careContentLoader('organizations'), schema: organizationSchema }),
  resources: defineCollection({ loader: careContentLoader('resources'), schema: resourceSchema }),
  networks: defineCollection({ loader: careContentLoader('networks'), schema: networkSchema }),
};

export type { z };
