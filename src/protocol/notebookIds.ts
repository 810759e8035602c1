// The campaign notebook's names, as pure data (no valibot): what the VS Code host's light half
// registers at activation. The output and message schemas are in notebook.ts.
export const ARTIFACT_MIME = 'application/vnd.aicmo.artifact+json';
export const NOTEBOOK_TYPE = 'aicmo-campaign';
export const NOTEBOOK_RENDERER_ID = 'aicmo.artifact-renderer';
export const NOTEBOOK_CONTROLLER_ID = 'aicmo-campaign-controller';
/** The language of a code cell (its text is the subsystem it runs, or "brief"). */
export const NOTEBOOK_CELL_LANGUAGE = 'aicmo-cell';
