// Presentation mode of the workshop on a projector: the site's header and footer step aside and the
// page uses the whole screen; where the browser allows, the window goes full screen as well.
// Escape, the browser leaving full screen or the button leave it again.
import { ref } from 'vue';

export const presentation = ref(false);

export async function enterPresentation(): Promise<void> {
  presentation.value = true;
  // Full screen needs a user's click and may be refused (e.g. in an embedded browser): then the
  // page alone fills the window, which is still without header and footer.
  try {
    if (document.fullscreenEnabled && !document.fullscreenElement) await document.documentElement.requestFullscreen();
  } catch {
    /* the presentation mode works without it */
  }
}

export async function leavePresentation(): Promise<void> {
  presentation.value = false;
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
  } catch {
    /* already left */
  }
}
