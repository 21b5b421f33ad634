/**
 * What a resident who reads the site in another language types for a kind of place or a worry:
 * 「dementia」 for 認知症, 「care manager」 for ケアマネジャー, 「치매」, 「sa sút trí tuệ」 … and the
 * やさしい日本語 words (「もの わすれ」, 「おいしゃさん」). The words go into the search keys of
 * every entry whose name or 種類 matches the group's pattern (search-terms.ts synonymsFor), so the
 * same /search/ page answers them in any language. Small on purpose: the words a leaflet uses.
 *
 * Vietnamese and Portuguese are written with their marks; the keys drop them (foldForKey), so
 * 「demencia」 finds 「demência」.
 */

/** The languages the site offers besides Japanese (issue 15), and やさしい日本語. */
export type SynonymLanguage = 'en' | 'zh-Hans' | 'ko' | 'vi' | 'pt' | 'ja-easy';

export interface LanguageSynonymGroup {
  /** Matched against the entry's name and its 種類 (or a 困りごと's name). */
  when: RegExp;
  words: Record<SynonymLanguage, string[]>;
}

export const LANGUAGE_SYNONYMS: LanguageSynonymGroup[] = [
  {
    when: /地域包括支援センター|すこやか福祉|あんしんすこやか|高齢者相談センター/,
    words: {
      en: ['community general support center', 'elderly support center'],
      'zh-Hans': ['地区综合支援中心', '老年人咨询'],
      ko: ['지역포괄지원센터', '노인 상담'],
      vi: ['trung tâm hỗ trợ tổng hợp khu vực', 'tư vấn người cao tuổi'],
      pt: ['centro de apoio comunitário', 'apoio ao idoso'],
      'ja-easy': ['おとしより の そうだん'],
    },
  },
  {
    when: /居宅介護支援|ケアマネ|ケアプラン/,
    words: {
      en: ['care manager', 'caremanager', 'care plan'],
      'zh-Hans': ['护理经理', '介护计划'],
      ko: ['케어매니저', '케어플랜'],
      vi: ['quản lý chăm sóc', 'kế hoạch chăm sóc'],
      pt: ['gestor de cuidados', 'plano de cuidados'],
      'ja-easy': ['かいご の けいかく'],
    },
  },
  {
    when: /認知症|もの忘れ|物忘れ/,
    words: {
      en: ['dementia', 'memory loss', 'forgetfulness'],
      'zh-Hans': ['认知症', '失智症', '痴呆'],
      ko: ['치매', '건망증'],
      vi: ['sa sút trí tuệ', 'mất trí nhớ'],
      pt: ['demência', 'perda de memória'],
      'ja-easy': ['もの わすれ'],
    },
  },
  {
    when: /通所介護|デイサービス|デイ(?!ケア)/,
    words: {
      en: ['day service', 'day care'],
      'zh-Hans': ['日间服务', '日托'],
      ko: ['데이서비스', '주간보호'],
      vi: ['dịch vụ ban ngày'],
      pt: ['centro de dia'],
      'ja-easy': ['ひるま に かよう'],
    },
  },
  {
    when: /訪問介護|ホームヘルプ|ヘルパー/,
    words: {
      en: ['home helper', 'home care'],
      'zh-Hans': ['上门护理', '家政护理员'],
      ko: ['방문요양', '홈헬퍼'],
      vi: ['chăm sóc tại nhà'],
      pt: ['cuidador domiciliar', 'cuidados em casa'],
      'ja-easy': ['いえ に きて くれる'],
    },
  },
  {
    when: /訪問看護/,
    words: {
      en: ['home nursing', 'visiting nurse'],
      'zh-Hans': ['上门护士', '居家护理'],
      ko: ['방문간호'],
      vi: ['điều dưỡng tại nhà'],
      pt: ['enfermagem domiciliar'],
      'ja-easy': ['かんごし が いえ に くる'],
    },
  },
  {
    when: /特別養護老人ホーム|特養|有料老人ホーム|介護老人保健施設|老健|グループホーム/,
    words: {
      en: ['nursing home', 'care home'],
      'zh-Hans': ['养老院', '护理院'],
      ko: ['요양원', '노인홈'],
      vi: ['viện dưỡng lão'],
      pt: ['casa de repouso', 'lar de idosos'],
      'ja-easy': ['すむ ところ'],
    },
  },
  {
    when: /社会福祉協議会|社協/,
    words: {
      en: ['social welfare council'],
      'zh-Hans': ['社会福利协议会'],
      ko: ['사회복지협의회'],
      vi: ['hội đồng phúc lợi xã hội'],
      pt: ['conselho de bem-estar social'],
      'ja-easy': ['ふくし の そうだん'],
    },
  },
  {
    when: /病院|診療所|クリニック|医院/,
    words: {
      en: ['hospital', 'clinic', 'doctor'],
      'zh-Hans': ['医院', '诊所', '医生'],
      ko: ['병원', '의원', '의사'],
      vi: ['bệnh viện', 'phòng khám', 'bác sĩ'],
      pt: ['hospital', 'clínica', 'médico'],
      'ja-easy': ['おいしゃさん'],
    },
  },
  {
    when: /歯科|デンタル/,
    words: {
      en: ['dentist', 'dental'],
      'zh-Hans': ['牙科', '牙医'],
      ko: ['치과'],
      vi: ['nha khoa'],
      pt: ['dentista'],
      'ja-easy': ['はいしゃさん'],
    },
  },
  {
    when: /薬局|調剤/,
    words: {
      en: ['pharmacy', 'medicine'],
      'zh-Hans': ['药店', '药'],
      ko: ['약국'],
      vi: ['nhà thuốc'],
      pt: ['farmácia'],
      'ja-easy': ['くすり'],
    },
  },
  {
    when: /子ども家庭|子育て|児童/,
    words: {
      en: ['child', 'children', 'family support', 'parenting'],
      'zh-Hans': ['育儿', '儿童'],
      ko: ['육아', '아동'],
      vi: ['nuôi con', 'trẻ em'],
      pt: ['criança', 'família'],
      'ja-easy': ['こども'],
    },
  },
  {
    when: /権利擁護|成年後見|虐待/,
    words: {
      en: ['abuse', 'guardianship'],
      'zh-Hans': ['虐待', '成年监护'],
      ko: ['학대', '후견'],
      vi: ['ngược đãi', 'giám hộ'],
      pt: ['abuso', 'tutela'],
      'ja-easy': ['たすけて'],
    },
  },
];

/** Every word, in every language, of the groups whose pattern the text matches. */
export function translatedSynonyms(text: string, table = LANGUAGE_SYNONYMS): string[] {
  const words = table.filter((group) => group.when.test(text)).flatMap((group) => Object.values(group.words).flat());
  return [...new Set(words)];
}
