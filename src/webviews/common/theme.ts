// Theme helpers: VS Code puts one of four classes on <body> and defines --vscode-* variables.
// Our CSS uses those variables only; code that needs concrete colours (charts) reads them from
// the computed style and re-reads them when the body class changes.
export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export function themeKind(body: HTMLElement = document.body): ThemeKind {
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'high-contrast-light';
  if (c.contains('vscode-high-contrast')) return 'high-contrast';
  if (c.contains('vscode-light')) return 'light';
  return 'dark';
}

/** The computed value of a --vscode-* variable, or `fallback` when the theme does not set it. */
export function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.body).getPropertyValue(name).trim();
  return value || fallback;
}

/** Calls `onChange` whenever VS Code switches theme (body class); returns the unsubscribe. */
export function observeTheme(onChange: (kind: ThemeKind) => void): () => void {
  let last = themeKind();
  const observer = new MutationObserver(() => {
    const now = themeKind();
    if (now !== last) {
      last = now;
      onChange(now);
    }
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
