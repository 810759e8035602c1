// The campaign notebook's core half: the file format and the cells' outputs (a query service).
export { CAMPAIGN_EXTENSION, CAMPAIGN_FORMAT, NOTEBOOKS_DIR, newCampaignNotebook, notebookPathFor, parseCampaignNotebook, serializeCampaignNotebook, withEverySubsystem, type CampaignCell, type CampaignNotebook } from './campaignFile';
export { getNotebookOutputs, type NotebookCellOutput, type NotebookOutputs } from './cells';
export { briefMarkdown, contentMarkdown } from './markdown';
export { ensureNotebookFile, type NotebookFile } from './notebookFile';
