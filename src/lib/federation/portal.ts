/**
 * The portal's one load: federation.yaml and the members' manifests, read once per process.
 * `npm run portal` loads it to print the report and stop on a broken config; the portal's pages
 * (built by Astro in the same process) ask getPortal(), which finds the config through
 * PORTAL_CONFIG, the variable the command sets.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../content/diagnostics.ts';
import { displayPath } from '../content/diagnostics.ts';
import { parseFederationConfig, type FederationConfig } from './federation-config.ts';
import { loadMembers, type MemberProblem, type PortalMember } from './members.ts';

export interface Portal {
  config: FederationConfig;
  /** Members whose manifests were read and valid. */
  members: PortalMember[];
  /** Members left out, by name, with what is wrong. */
  problems: MemberProblem[];
  /** Every member of federation.yaml, in its order, and whether it is on the portal. */
  roster: { id: string; name: string; code: string; included: boolean }[];
}

export interface PortalLoad {
  portal?: Portal;
  /** federation.yaml's own problems (file:line:column). */
  diagnostics: Diagnostic[];
}

export function loadPortal(configFile: string): PortalLoad {
  let text: string;
  try {
    text = fs.readFileSync(configFile, 'utf8');
  } catch {
    const message = `設定ファイル ${configFile} を読めません。--config で federation.yaml の場所を指定してください`;
    const file = displayPath(configFile);
    return {
      diagnostics: [{ file, line: 1, column: 1, severity: 'error', field: '', rule: 'federation-config', message }],
    };
  }
  const { config, diagnostics } = parseFederationConfig(displayPath(configFile), text);
  if (!config) return { diagnostics };
  const { members, problems } = loadMembers(config, path.dirname(path.resolve(configFile)));
  const included = new Set(members.map((member) => member.id));
  const roster = config.members.map(({ id, name, code }) => ({ id, name, code, included: included.has(id) }));
  return { portal: { config, members, problems, roster }, diagnostics };
}

let loaded: { file: string; portal: Portal } | undefined;

/** The portal for the pages: the config PORTAL_CONFIG names, loaded once. */
export function getPortal(): Portal {
  const file = process.env.PORTAL_CONFIG;
  if (!file) throw new Error('PORTAL_CONFIG が設定されていません。ポータルは npm run portal で作ります');
  if (loaded?.file === file) return loaded.portal;
  const { portal, diagnostics } = loadPortal(file);
  if (!portal) throw new Error(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n'));
  loaded = { file, portal };
  return portal;
}
