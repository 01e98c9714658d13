// The priorities of a step in the action plan, shared by the content schema and the plan an
// assessment keeps; a module of its own, so that the app's first chunk need not load the schema.
export const PRIORITIES = ['hoch', 'mittel', 'niedrig'] as const;
