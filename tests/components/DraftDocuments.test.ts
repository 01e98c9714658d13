// @vitest-environment happy-dom
// The two document buttons: their titles follow the legal form that fits best, a click builds the
// file in the lazily loaded document code and says where it went, a failure is said plainly.
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fullyAnsweredAssessment } from '../../src/build/syntheticAssessment';
import DraftDocuments from '../../src/components/results/DraftDocuments.vue';
import { loadContent } from '../../src/content';
import type { DraftPartner } from '../../src/domain/documents/draftInput';
import { buildReport } from '../../src/domain/report/report';

const docx = vi.hoisted(() => ({ createDraftDocx: vi.fn() }));
vi.mock('../../src/report/docxDownload.ts', () => docx);
const download = vi.hoisted(() => ({ downloadBlob: vi.fn(), downloadText: vi.fn() }));
vi.mock('../../src/composables/download.ts', () => download);

async function partners(best?: string): Promise<DraftPartner[]> {
  const content = await loadContent();
  const assessment = fullyAnsweredAssessment(content);
  assessment.meta.municipality = 'Lindenbach';
  const report = buildReport(content, assessment);
  if (best) {
    const form = report.legalForms.ranked.find((f) => f.id === best)!;
    report.legalForms.ranked = [form, ...report.legalForms.ranked.filter((f) => f !== form)];
  }
  return [{ name: 'Lindenbach', assessment, report }];
}

const buttons = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('button').map((b) => b.text());

describe('DraftDocuments', () => {
  beforeEach(() => vi.clearAllMocks());

  it.each([
    ['zweckvereinbarung-delegierend', ['Beschlussvorlage (Word)', 'Gliederung der Zweckvereinbarung (Word)']],
    ['zweckverband', ['Beschlussvorlage (Word)', 'Gliederung der Verbandssatzung (Word)']],
  ])('names the outline after the best form %s', async (best, expected) => {
    const wrapper = mount(DraftDocuments, { props: { partners: await partners(best) } });
    expect(buttons(wrapper)).toEqual(expected);
  });

  it('builds the chosen document on the click and says which file was downloaded', async () => {
    const blob = new Blob(['x']);
    docx.createDraftDocx.mockResolvedValue({ blob, fileName: 'IKZ-Check_Beschlussvorlage_Lindenbach_2026-12-01.docx' });
    const wrapper = mount(DraftDocuments, { props: { partners: await partners() } });
    await wrapper.findAll('button')[0]!.trigger('click');
    expect(wrapper.get('[role="status"]').text()).toBe('Das Dokument wird erstellt …');
    expect(wrapper.findAll('button').every((b) => b.attributes('disabled') !== undefined)).toBe(true);
    await vi.waitFor(() => expect(download.downloadBlob).toHaveBeenCalledWith(blob, 'IKZ-Check_Beschlussvorlage_Lindenbach_2026-12-01.docx'));
    await flushPromises();
    expect(docx.createDraftDocx.mock.calls[0]![1]).toBe('beschlussvorlage');
    expect(docx.createDraftDocx.mock.calls[0]![0].partners[0].name).toBe('Lindenbach');
    expect(wrapper.get('[role="status"]').text()).toBe('Das Dokument wurde als „IKZ-Check_Beschlussvorlage_Lindenbach_2026-12-01.docx“ heruntergeladen.');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('says plainly when the file could not be built, and the buttons work again', async () => {
    docx.createDraftDocx.mockRejectedValue(new Error('Speicher voll'));
    const wrapper = mount(DraftDocuments, { props: { partners: await partners() } });
    await wrapper.findAll('button')[1]!.trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    expect(docx.createDraftDocx.mock.calls[0]![1]).toBe('outline');
    expect(wrapper.get('[role="alert"]').text()).toContain('Das Dokument konnte nicht erstellt werden (Speicher voll). Ihre Antworten sind davon nicht betroffen.');
    expect(download.downloadBlob).not.toHaveBeenCalled();
    expect(wrapper.findAll('button').some((b) => b.attributes('disabled') !== undefined)).toBe(false);
  });
});
