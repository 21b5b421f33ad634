import { z } from 'astro/zod';
import { kana } from './common.ts';

/**
 * content/readings.yaml (optional): readings staff give for ふりがな where the dictionary misreads
 * a word, written `語: よみ` one a line (「一人: ひとり」). They win over the dictionary and over
 * the names' `kana`.
 */
export const readingsSchema = z
  .record(z.string(), kana('読み'))
  .meta({ title: 'ふりがなの読み', description: '辞書が読みまちがえる語の正しい読み（語: よみ）' });

export type Readings = z.output<typeof readingsSchema>;
