/**
 * Our Japanese for the CMS: the words Decap's own Japanese translation lacks (its newer buttons
 * fall back to English: 「Add 開所時間」), and a few it says in a way that does not fit us (every
 * date field here is a day, so 「現時刻」 is 「今日」). Merged over the translation the bundle
 * ships, by cms-page.ts.
 */
type Phrases = { [key: string]: string | Phrases };

export const JAPANESE_WORDS: Phrases = {
  collection: {
    collectionTop: { viewAsList: '一覧で表示', viewAsGrid: 'タイルで表示' },
    entries: { unpublishedHeader: '未公開のエントリ' },
  },
  editor: {
    editorControl: { field: { widgetLabel: '%{widgetLabel}の入力欄' } },
    editorInterface: { toggleNotes: 'メモの表示・非表示' },
    editorWidgets: {
      markdown: {
        strikethrough: '取り消し線',
        toggleMode: { rich: 'リッチテキストに切り替える', markdown: 'マークダウンに切り替える' },
      },
      datetime: { setToNow: '%{fieldLabel}を今日にする', now: '今日' },
      list: { add: '%{item}を追加', addType: '%{item}を追加' },
      object: { expand: '開く', collapse: '閉じる' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: '閉じる' } },
  ui: { settingsDropdown: { account: 'アカウントのメニュー' } },
};

/** `ours` over `phrases`, key by key: our words win (neither object is changed). */
export function mergePhrases(phrases: Phrases, ours: Phrases): Phrases {
  const merged: Phrases = { ...phrases };
  for (const [key, value] of Object.entries(ours)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return merged;
}
