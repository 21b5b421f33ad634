/**
 * The 「この地域を端末に保存」 button (src/components/SaveArea.astro): saves, shows progress and
 * the result in words (件数, サイズ), and offers to remove the saved copy.
 */
import {
  offlineSupported,
  removeArea,
  saveArea,
  SaveError,
  savedAreas,
  sizeInWords,
  timeInWords,
  type SavedArea,
} from './saved-store.ts';

const savedWords = (saved: SavedArea) =>
  `この地域は端末に保存してあります（${saved.count}件、${sizeInWords(saved.bytes)}、${timeInWords(saved.savedAt)}に保存）。`;

function setUp(section: HTMLElement): void {
  const areaId = section.dataset.area!;
  const saveButton = section.querySelector<HTMLButtonElement>('[data-offline-save-button]')!;
  const removeButton = section.querySelector<HTMLButtonElement>('[data-offline-remove-button]')!;
  const bar = section.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const status = section.querySelector<HTMLElement>('[data-offline-status]')!;
  const showSaved = (saved: SavedArea | undefined) => {
    removeButton.hidden = !saved;
    saveButton.textContent = saved ? '保存し直す（最新の内容にする）' : 'この地域を端末に保存';
  };
  void savedAreas().then((areas) => {
    const saved = areas.find((area) => area.area === areaId);
    showSaved(saved);
    if (saved) status.textContent = savedWords(saved);
  });
  saveButton.addEventListener('click', async () => {
    saveButton.disabled = true;
    bar.hidden = false;
    status.textContent = '保存しています…';
    try {
      const saved = await saveArea(areaId, ({ done, total }) => {
        bar.max = total;
        bar.value = done;
        status.textContent = `保存しています… ${done} / ${total} 件`;
      });
      status.textContent = `保存しました。${savedWords(saved)}`;
      showSaved(saved);
    } catch (error) {
      status.textContent =
        error instanceof SaveError
          ? `${error.total}件のうち${error.failed}件を保存できませんでした。電波のよい所でもう一度お試しください。`
          : '保存できませんでした。電波のよい所でもう一度お試しください。';
    } finally {
      saveButton.disabled = false;
      bar.hidden = true;
    }
  });
  removeButton.addEventListener('click', async () => {
    await removeArea(areaId);
    showSaved(undefined);
    status.textContent = 'この地域の保存を削除しました。';
    saveButton.focus();
  });
  section.hidden = false;
}

if (offlineSupported()) document.querySelectorAll<HTMLElement>('[data-offline-save]').forEach(setUp);
