/**
 * One resource card, whoever draws it: the pages' lists (resource-card.ts, HTML strings), the
 * finder's answer (FinderAnswer.astro), and in the browser the search results and the map's list
 * and popups (src/scripts/resources/card-dom.ts). The words a card shows and the parts it is made
 * of are decided here; the renderers only lay them out.
 *
 * Pure and tiny on purpose: browser bundles import it, so it imports nothing (not the schemas,
 * which bring Zod and the phone-number library).
 */

export type CardStatus = 'active' | 'suspended' | 'closed';

/** What a search result is when it is not a plain resource (its badge). */
export type CardKind = 'window' | 'area' | 'network' | 'organization';

/** The words on a card. The status words are the schema's RESOURCE_STATUS_LABELS (a test keeps them equal). */
export const CARD_LABELS = {
  status: { active: '運営中', suspended: '休止中', closed: '廃止' } satisfies Record<CardStatus, string>,
  professional: '専門職向け',
  kind: {
    window: '相談窓口',
    area: '地域',
    network: '会議・ネットワーク',
    organization: '運営する法人・団体',
  } satisfies Record<CardKind, string>,
  /** The place line of a resource with no address to visit. */
  online: '電話・オンラインで利用',
  /** Before a tap-to-call number. */
  phone: '電話',
  /** Under a professional-only result, for the residents who find it. */
  professionalNote: '医療・介護の専門職の方向けの窓口です。住民の方はお住まいの地域の相談窓口へ。',
  /** The マイリスト button (src/scripts/mylist/), by whether the resource is in the current list. */
  mylist: { add: 'マイリストに追加', remove: 'マイリストから外す', open: 'マイリストを見る' },
} as const;

/** A card's words in some language: the Japanese above, or a catalogue's (src/lib/i18n/messages/). */
export interface CardLabels {
  status: Record<CardStatus, string>;
  professional: string;
  kind: Record<CardKind, string>;
  online: string;
  phone: string;
  professionalNote: string;
  mylist: { add: string; remove: string; open: string };
}

/** The finder's answer card's own words (a separate table, so browser bundles leave it out). */
export const ANSWER_LABELS = {
  call: '電話する',
  hours: '受付',
  askHours: '時間はお問い合わせください',
  place: '場所',
  map: '地図',
  phoneOnly: '電話で相談できます（訪ねる窓口はありません）',
  suspended: '現在、休止しています。',
} as const;

/** A resource as a card needs it, whatever it was read from (the model, a search result, a map point). */
export interface CardInput {
  href: string;
  /** The resource's id, for its マイリスト button (absent for areas, networks, organizations). */
  resourceId?: string;
  name: string;
  /** Absent: active. */
  status?: CardStatus;
  professionalOnly?: boolean;
  kind?: CardKind;
  /** The 種類 (or what a non-resource result is). */
  category?: string;
  /** The second word after the 種類: the area it stands in, or why it is listed (「本町地区の担当」). */
  where?: string;
  address?: string;
  /** Used by phone or online: said when there is no address. */
  online?: boolean;
  phone?: string;
}

export interface CardBadge {
  /** The whole class attribute: `badge badge-…`. */
  className: string;
  text: string;
}

export interface CardParts {
  href: string;
  /** Present when the card gets a マイリスト button. */
  resourceId?: string;
  name: string;
  /** Status (when not active), 専門職向け, what it is: in this order, before the meta words. */
  badges: CardBadge[];
  /** 種類・地域 */
  meta: string;
  /** The address, or how it is used when there is none to visit. */
  place?: string;
  phone?: string;
}

/** The badges of a card, in the order they are shown. */
export function cardBadges(
  input: Pick<CardInput, 'status' | 'professionalOnly' | 'kind'>,
  labels: CardLabels = CARD_LABELS,
): CardBadge[] {
  const badges: CardBadge[] = [];
  const status = input.status && input.status !== 'active' ? labels.status[input.status] : undefined;
  if (status) badges.push({ className: `badge badge-status-${input.status}`, text: status });
  if (input.professionalOnly) badges.push({ className: 'badge badge-professional', text: labels.professional });
  if (input.kind) badges.push({ className: 'badge badge-window', text: labels.kind[input.kind] });
  return badges;
}

/** A card's parts: what each renderer lays out. */
export function cardParts(input: CardInput, labels: CardLabels = CARD_LABELS): CardParts {
  return {
    href: input.href,
    resourceId: input.resourceId,
    name: input.name,
    badges: cardBadges(input, labels),
    meta: [input.category, input.where].filter(Boolean).join('・'),
    place: input.address || (input.online ? labels.online : undefined),
    phone: input.phone || undefined,
  };
}

/**
 * The card's words on one plain line (休止中・種類・専門職向け), for the map's popup and list, which
 * show no badges.
 */
export function cardWords(input: Pick<CardInput, 'status' | 'professionalOnly' | 'category'>): string {
  const words = [input.category ?? ''];
  const status = input.status && input.status !== 'active' ? CARD_LABELS.status[input.status] : undefined;
  if (status) words.unshift(status);
  if (input.professionalOnly) words.push(CARD_LABELS.professional);
  return words.join('・');
}

/** The status whose word this is (a search result carries the word); active for anything else. */
export function statusOfLabel(label: string | undefined): CardStatus {
  const found = Object.entries(CARD_LABELS.status).find(([, word]) => word === label);
  return (found?.[0] as CardStatus | undefined) ?? 'active';
}
