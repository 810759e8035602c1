// The panel ↔ host protocol: message kinds, shared messages, each panel's snapshot and commands,
// and runtime validation. No runtime dependency besides valibot; never imports vscode.
export * from './ipc';
export * from './common';
export * from './panelCatalog';
export * from './parseIssues';
export * from './parseWebviewMessage';
export * from './parseHostMessage';
export * from './registry';
export * from './panels/pipeline';
export * from './panels/gallery';
export * from './panels/analytics';
export * from './panels/warroom';
export * from './panels/mediaPlan';
export * from './panels/pm';
export * from './panels/controltower';
export * from './panels/portal';
export * from './panels/trends';
export * from './panels/unified';
export * from './panels/kaizen';
export * from './panels/command';
