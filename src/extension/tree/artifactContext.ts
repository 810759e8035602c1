// The context value of an artifact node in the Projects tree, which package.json's menus match
// (`viewItem =~ /^artifact( |$)/` opens it; `/mediaAwaiting/` offers the media plan's decisions
// while it is in review or a draft). Pure: no vscode, so a unit test checks it against the menus.
export function artifactContextValue(a: { name: string; status: string }): string {
  if (a.status === 'missing') return 'artifactMissing';
  if (a.name === 'media' && (a.status === 'in_review' || a.status === 'draft')) return 'artifact mediaAwaiting';
  return 'artifact';
}
