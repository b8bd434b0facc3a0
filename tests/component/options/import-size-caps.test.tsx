import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { LangProvider } from '../../../components/common/i18n';
import { BulkCheck } from '../../../components/options/compliance/BulkCheck';
import { StoreWordLists } from '../../../components/options/compliance/StoreWordLists';
import { DataSection } from '../../../components/options/DataSection';
import { TemplateLibrary } from '../../../components/options/playbooks/TemplateLibrary';
import { extensionDb } from '../../../lib/db/instance';
import type { Lang } from '../../../lib/i18n/lang';

const MB = 1024 * 1024;

/** A file that says it is `bytes` long (nothing that big is made); reading it fails the test. */
function oversized(name: string, bytes: number) {
  const file = new File(['{}'], name);
  Object.defineProperty(file, 'size', { value: bytes });
  const read = vi.fn(() => Promise.reject(new Error('an oversized file must not be read')));
  Object.assign(file, { text: read, arrayBuffer: read });
  return { file, read };
}

const pick = (input: Element, file: File) => fireEvent.change(input, { target: { files: [file] } });

describe('an import over its size cap is refused before a byte is read, with both sizes in the seller’s language', () => {
  beforeAll(async () => {
    // The word lists are per store: one store to show them for.
    await extensionDb().stores.put({ id: 'taobao:花漾美妆旗舰店', platform: 'taobao', shopId: '花漾美妆旗舰店', name: '花漾美妆旗舰店', firstSeen: 1, lastSeen: 1 } as never);
  });

  test.each<[string, Lang, () => ReactElement, (container: HTMLElement) => Element, string, number, RegExp]>([
    ['a backup', 'zh-CN', () => <DataSection />, () => screen.getByTestId('backup-file'), 'backup.json', 100 * MB + 1, /文件未导入：它有 100 MB，这里最多读取 100 MB/],
    ['a playbook template', 'en', () => <TemplateLibrary />, () => screen.getByTestId('template-file'), 'template.json', 3 * MB, /not imported: it is 3\.0 MB, and Seller Sidekick reads at most 2\.0 MB/],
    ['a word list', 'zh-CN', () => <StoreWordLists />, (c) => c.querySelector('input[type="file"][accept^=".csv,.txt"]')!, 'words.txt', 9 * MB, /文件未导入：它有 9\.0 MB，这里最多读取 8\.0 MB/],
    ['a bulk-check CSV', 'en', () => <BulkCheck />, (c) => c.querySelector('input[type="file"]')!, 'listings.csv', 25 * MB, /it is 25 MB, and Seller Sidekick reads at most 20 MB/],
    ['a bulk-check workbook', 'zh-CN', () => <BulkCheck />, (c) => c.querySelector('input[type="file"]')!, 'listings.xlsx', 21 * MB, /文件未导入：它有 21 MB，这里最多读取 20 MB/],
  ])('%s (%s)', async (_what, lang, ui, input, name, bytes, message) => {
    const { container } = render(<LangProvider lang={lang}>{ui()}</LangProvider>);
    const { file, read } = oversized(name, bytes);
    await waitFor(() => expect(input(container)).toBeTruthy());
    pick(input(container), file);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(message));
    expect(read).not.toHaveBeenCalled();
  });
});
