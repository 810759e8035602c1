// The part of markdown-it (the engine of VS Code's Markdown preview) the tests use; the package
// ships no types of its own.
declare module 'markdown-it' {
  export default class MarkdownIt {
    constructor(options?: { html?: boolean; linkify?: boolean });
    render(source: string): string;
  }
}
