// The KERN icons the app shows. The build puts their shapes into the page once (src/build/kernIcons.ts);
// KernIcon.vue draws one of them. A name KERN does not have stops the build.
export const KERN_ICONS = ['add', 'chevron-left', 'chevron-right', 'close', 'danger', 'download', 'info', 'success', 'warning'] as const;

export type KernIconName = (typeof KERN_ICONS)[number];
