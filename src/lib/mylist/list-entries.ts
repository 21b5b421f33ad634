/**
 * What /list/ shows of each resource, made at build time and split into small JSON files
 * (src/pages/list/entries/[file].json.ts): the browser holds only ids, and fetches just the
 * files its entries are in (mylist.ts `entryFile`), so a list of five entries stays a few
 * kilobytes at 10,000 resources.
 */
import type { ResourceView, SiteModel } from '../model/model.ts';
import { closureSentence, hoursSummary } from '../hours/hours.ts';
import { hoursAttribute } from '../hours/open-status.ts';
import { resourceHref } from '../site/paths.ts';
import { formatDate } from '../text/format.ts';
import { CARD_LABELS } from '../resources/card-model.ts';
import { entryFile, entryFileCount } from './mylist.ts';

/** One entry as /list/ reads it (short, because hundreds sit in a file). */
export interface ListEntryData {
  id: string;
  name: string;
  /** 種類 */
  category: string;
  url: string;
  /** 休止中・廃止 (absent when active). */
  status?: string;
  phone?: string;
  /** The address, or how it is used when there is none to visit. */
  address?: string;
  /** 受付時間 in words (「月〜金 8:30〜17:15（祝日・年末年始は休み）」 and the hours note). */
  hours?: string;
  /** The weekly rules and closures for the open-now line (the open-status data attributes). */
  open?: { hours: string; closed: string };
  /** 定員・空き with its date. */
  capacity?: string;
  /** [lng, lat] */
  location?: [number, number];
}

function hoursInWords(resource: ResourceView): string | undefined {
  const summary = resource.hours ? hoursSummary(resource.hours).join('／') : '';
  const closures = closureSentence(resource.closed);
  const words = [summary && (closures ? `${summary}（${closures}）` : summary), resource.hoursNote].filter(Boolean);
  return words.length ? words.join('。') : undefined;
}

function capacityInWords(capacity: ResourceView['capacity']): string | undefined {
  if (!capacity) return undefined;
  const parts = [
    capacity.available !== undefined ? `空き ${capacity.available}人` : '',
    capacity.total !== undefined ? `定員 ${capacity.total}人` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join('・')}（${formatDate(capacity.asOf)}時点）` : undefined;
}

export function listEntryData(resource: ResourceView): ListEntryData {
  const active = resource.status === 'active';
  const entry: ListEntryData = {
    id: resource.id,
    name: resource.name,
    category: resource.categoryInfo.name,
    url: resourceHref(resource.id),
    status: active ? undefined : CARD_LABELS.status[resource.status],
    phone: resource.phone,
    address: resource.address ?? (resource.online ? CARD_LABELS.online : undefined),
    hours: hoursInWords(resource),
    open:
      active && resource.hours?.length
        ? { hours: hoursAttribute(resource.hours), closed: (resource.closed ?? []).join(' ') }
        : undefined,
    capacity: capacityInWords(resource.capacity),
    location: resource.location ? [resource.location.lng, resource.location.lat] : undefined,
  };
  return JSON.parse(JSON.stringify(entry)) as ListEntryData; // drops the undefined keys
}

/** The entry files: index → the entries whose ids hash to it. */
export function listEntryFiles(model: Pick<SiteModel, 'resources'>): ListEntryData[][] {
  const count = entryFileCount(model.resources.length);
  const files: ListEntryData[][] = Array.from({ length: count }, () => []);
  for (const resource of model.resources) files[entryFile(resource.id, count)]!.push(listEntryData(resource));
  return files;
}
