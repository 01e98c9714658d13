// Building a file on request (PDF or Word) and offering it as a download, with the progress and
// failure messages both kinds share. `name` is the file kind as a sentence starts with it, e.g.
// "Das PDF"; `measure` names the performance entries the bench reads (`<measure>-total`).
import { ref } from 'vue';
import { downloadBlob } from './download.ts';

export interface FileBuildOptions {
  name: string;
  measure: string;
  /** Said after a failure, after "Ihre Antworten sind davon nicht betroffen." */
  retry: string;
}

export function useFileBuild({ name, measure, retry }: FileBuildOptions) {
  const state = ref<'idle' | 'building' | 'done' | 'failed'>('idle');
  const message = ref('');

  async function run(build: () => Promise<{ blob: Blob; fileName: string }>): Promise<void> {
    state.value = 'building';
    message.value = `${name} wird erstellt …`;
    performance.mark(`${measure}-click`);
    try {
      // Let the progress message render before the work starts.
      await new Promise((resolve) => setTimeout(resolve, 30));
      const { blob, fileName } = await build();
      downloadBlob(blob, fileName);
      performance.measure(`${measure}-total`, `${measure}-click`);
      state.value = 'done';
      message.value = `${name} wurde als „${fileName}“ heruntergeladen.`;
    } catch (error) {
      state.value = 'failed';
      message.value = `${name} konnte nicht erstellt werden (${error instanceof Error ? error.message : String(error)}). Ihre Antworten sind davon nicht betroffen. ${retry}`;
    }
  }

  return { state, message, run };
}
