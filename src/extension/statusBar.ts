// The status bar item: the selected project and its stage, a spinner while a run is going.
// Clicking it picks another project.
import * as vscode from 'vscode';
import type { ProjectsPipeline } from './core';

export class AicmoStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('aicmo.status', vscode.StatusBarAlignment.Left, 50);
  private running: string[] = [];
  private project: { name: string; stage: string } | undefined;

  constructor() {
    this.item.name = 'AICMO';
    this.item.command = 'aicmo.selectProject';
  }

  /** Updates from the tree's model and the selected slug. */
  update(pipeline: ProjectsPipeline | undefined, selectedSlug: string | undefined): void {
    const all = pipeline?.columns.flatMap((c) => c.projects) ?? [];
    const p = all.find((x) => x.slug === selectedSlug);
    this.project = p ? { name: p.name, stage: p.stageLabel } : undefined;
    this.render(all.length > 0 || pipeline?.paused === true, pipeline?.paused ?? false);
  }

  private visible = false;
  private paused = false;

  private render(visible = this.visible, paused = this.paused): void {
    this.visible = visible;
    this.paused = paused;
    const icon = this.running.length > 0 ? '$(sync~spin)' : paused ? '$(debug-pause)' : '$(megaphone)';
    const text = this.project ? `${this.project.name} · ${this.project.stage}` : 'AICMO';
    this.item.text = `${icon} ${text}`;
    const lines = [this.project ? `AICMO project: ${this.project.name} (${this.project.stage})` : 'AICMO: no project selected', 'Click to select a project.'];
    if (this.running.length > 0) lines.unshift(`Running: ${this.running.join(', ')}`);
    if (paused) lines.push('All runs are paused.');
    this.item.tooltip = lines.join('\n');
    if (visible || this.running.length > 0) this.item.show();
    else this.item.hide();
  }

  /** Shows the spinner until the returned disposable is disposed. */
  busy(label: string): vscode.Disposable {
    this.running.push(label);
    this.render();
    return new vscode.Disposable(() => {
      const i = this.running.indexOf(label);
      if (i >= 0) this.running.splice(i, 1);
      this.render();
    });
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
