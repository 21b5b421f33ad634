import { describe, expect, it } from 'vitest';
import { RESOURCE_STATUS_LABELS } from '../../schemas/index.ts';
import { CARD_LABELS, cardBadges, cardParts, cardWords, statusOfLabel } from './card-model.ts';

describe('the card model', () => {
  it('says a status in the words of the schema', () => {
    expect(CARD_LABELS.status).toEqual(RESOURCE_STATUS_LABELS);
  });

  it('a suspended professional-only window: three badges in order, then 種類・地域', () => {
    const parts = cardParts({
      href: '/resources/x/',
      name: 'すこやか',
      status: 'suspended',
      professionalOnly: true,
      kind: 'window',
      category: '地域包括支援センター',
      where: '本町地区',
      address: 'みどり市本町1-1',
      phone: '042-000-0000',
    });
    expect(parts).toEqual({
      href: '/resources/x/',
      name: 'すこやか',
      badges: [
        { className: 'badge badge-status-suspended', text: '休止中' },
        { className: 'badge badge-professional', text: '専門職向け' },
        { className: 'badge badge-window', text: '相談窓口' },
      ],
      meta: '地域包括支援センター・本町地区',
      place: 'みどり市本町1-1',
      phone: '042-000-0000',
    });
  });

  it('an active resource has no status badge; a closed one says 廃止', () => {
    expect(cardBadges({ status: 'active' })).toEqual([]);
    expect(cardBadges({})).toEqual([]);
    expect(cardBadges({ status: 'closed' })).toEqual([{ className: 'badge badge-status-closed', text: '廃止' }]);
    expect(cardBadges({ kind: 'network' })).toEqual([{ className: 'badge badge-window', text: '会議・ネットワーク' }]);
  });

  it('the place line: the address, else 電話・オンラインで利用 for an online resource, else none', () => {
    expect(cardParts({ href: '', name: '', address: 'A', online: true }).place).toBe('A');
    expect(cardParts({ href: '', name: '', online: true }).place).toBe('電話・オンラインで利用');
    expect(cardParts({ href: '', name: '' }).place).toBeUndefined();
    expect(cardParts({ href: '', name: '', phone: '' }).phone).toBeUndefined();
  });

  it('meta words leave out what is missing', () => {
    expect(cardParts({ href: '', name: '', category: '通所介護' }).meta).toBe('通所介護');
    expect(cardParts({ href: '', name: '', where: '本町地区' }).meta).toBe('本町地区');
    expect(cardParts({ href: '', name: '' }).meta).toBe('');
  });

  it('the map line: status first, then 種類, then 専門職向け', () => {
    expect(cardWords({ category: '通所介護' })).toBe('通所介護');
    expect(cardWords({ category: '通所介護', status: 'suspended', professionalOnly: true })).toBe(
      '休止中・通所介護・専門職向け',
    );
    expect(cardWords({ category: '通所介護', status: 'closed' })).toBe('廃止・通所介護');
  });

  it('reads a status back from its word (search results carry the word)', () => {
    expect(statusOfLabel('休止中')).toBe('suspended');
    expect(statusOfLabel('廃止')).toBe('closed');
    expect(statusOfLabel(undefined)).toBe('active');
    expect(statusOfLabel('')).toBe('active');
  });
});
