// The `aicmo.pm.hourlyRate` setting, passed to runs as the PM subsystem's option (the workspace's
// own rate, set with `aicmo team rate`, comes first; this is the fallback).
import * as vscode from 'vscode';

/** Run options from the settings, or undefined when none is set. */
export function subsystemOptions(): Record<string, unknown> | undefined {
  const rate = vscode.workspace.getConfiguration('aicmo').get<number>('pm.hourlyRate', 0);
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0 ? { pm: { hourlyRate: rate } } : undefined;
}
