/**
 * The members' manifests, read from their built output: `<dist>/data/site.json` and nothing else
 * (no other file, no link out of the folder, no network). A member whose manifest is missing,
 * unreadable, invalid or of another municipality is left out BY NAME with the reason; the portal
 * is built from the others, and the report is both printed and shown on the portal's page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { problem, RULES, type Problem } from '../content/rules.ts';
import { isUnderLink, readWithoutFollowing } from '../content/no-follow.ts';
import type { FederationConfig, FederationMember } from './federation-config.ts';
import { siteManifestSchema, type SiteManifest } from './manifest-schema.ts';

/** Where the manifest lies in a site's built output (the site writes it at /data/site.json). */
export const MANIFEST_FILE = 'data/site.json';

export interface PortalMember extends FederationMember {
  manifest: SiteManifest;
}

export interface MemberProblem extends Problem {
  /** The member as the portal's operator knows it: 「八王子市（hachioji）」. */
  member: string;
  memberId: string;
  /** The file the problem is about, as given (federation.yaml's dist + data/site.json). */
  file: string;
}

export interface LoadedMembers {
  members: PortalMember[];
  problems: MemberProblem[];
}

const memberLabel = (member: FederationMember) => `${member.name}（${member.id}）`;

/** The fields a failed parse names: those missing and those with a wrong value (at most 10 each). */
function fieldsOf(issues: readonly { path: PropertyKey[]; code: string; input?: unknown }[]) {
  const name = (pathOf: PropertyKey[]) =>
    pathOf
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('')
      .replace(/^\./, '') || '全体';
  const missing = new Set<string>();
  const wrong = new Set<string>();
  for (const issue of issues) {
    if (issue.code === 'invalid_type' && issue.input === undefined) missing.add(name(issue.path));
    else wrong.add(name(issue.path));
  }
  const some = (set: Set<string>) => [...set].slice(0, 10).concat(set.size > 10 ? [`ほか ${set.size - 10} 項目`] : []);
  return { missing: some(missing), wrong: some(wrong) };
}

type ManifestRead = { manifest: SiteManifest } | { problems: Problem[] };

function readManifest(member: FederationMember, dist: string): ManifestRead {
  const label = memberLabel(member);
  if (!fs.existsSync(dist) || !fs.statSync(dist).isDirectory()) {
    return { problems: [problem(RULES.memberDistMissing, { member: label, dist: member.dist })] };
  }
  const file = path.join(dist, MANIFEST_FILE);
  let text: string;
  try {
    if (isUnderLink(dist, file)) throw Object.assign(new Error('link'), { code: 'ELOOP' });
    text = readWithoutFollowing(file).toString('utf8');
  } catch {
    return { problems: [problem(RULES.memberManifestMissing, { member: label })] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [problem(RULES.memberManifestUnreadable, { member: label, detail: (error as Error).message })] };
  }
  const parsed = siteManifestSchema.safeParse(data);
  if (!parsed.success) {
    const fields = fieldsOf(parsed.error.issues as { path: PropertyKey[]; code: string; input?: unknown }[]);
    return { problems: [problem(RULES.memberManifestInvalid, { member: label, ...fields })] };
  }
  const found = parsed.data.municipality;
  if (found.code !== member.code) {
    return {
      problems: [
        problem(RULES.memberCodeMismatch, {
          member: label,
          expected: member.code,
          found: found.code,
          foundName: found.name,
        }),
      ],
    };
  }
  return { manifest: parsed.data };
}

/** Every member's manifest; `baseDir` is the folder of federation.yaml (dist paths are relative to it). */
export function loadMembers(config: FederationConfig, baseDir: string): LoadedMembers {
  const members: PortalMember[] = [];
  const problems: MemberProblem[] = [];
  for (const member of config.members) {
    const dist = path.resolve(baseDir, member.dist);
    const read = readManifest(member, dist);
    if ('manifest' in read) {
      members.push({ ...member, manifest: read.manifest });
      continue;
    }
    const file = path.join(member.dist, MANIFEST_FILE);
    for (const found of read.problems)
      problems.push({ ...found, member: memberLabel(member), memberId: member.id, file });
  }
  return { members, problems };
}
