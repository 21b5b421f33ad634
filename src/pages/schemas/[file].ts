/**
 * /schemas/<name>.schema.json: the JSON Schemas of the content files, generated from
 * src/schemas/ at build time, with this site's ids offered as completions for references.
 * Editors outside this repository point at them with
 * `# yaml-language-server: $schema=https://<site>/schemas/area.schema.json`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  CONTENT_FILES,
  editorSchema,
  idsOf,
  schemaFileName,
  type ContentFile,
} from '../../lib/editing/editor-schema.ts';
import { getModel } from '../../lib/model/site-model.ts';

export const getStaticPaths = (() =>
  CONTENT_FILES.map((file) => ({
    params: { file: schemaFileName(file) },
    props: { name: file.name },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = CONTENT_FILES.find((candidate) => candidate.name === props.name) as ContentFile;
  const model = await getModel();
  const ids = idsOf({
    categories: model.categories,
    topics: model.topics,
    areas: model.areas,
    organizations: model.organizations,
    resources: model.resources,
    networks: model.networks,
  });
  return new Response(`${JSON.stringify(editorSchema(file.schema, { ids }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
