// Every command group of the CLI, in the order `aicmo --help` lists them. A new group is a
// file in this folder exporting a CommandGroup, plus one line here.
import type { CommandGroup } from '../registry';
import { batchCommands } from './batch';
import { dashboardCommands } from './dashboard';
import { demoCommands } from './demo';
import { eventsCommands } from './events';
import { initCommands } from './init';
import { metricsCommands } from './metrics';
import { projectCommands } from './project';
import { repairCommands } from './repair';
import { statsCommands } from './stats';
import { trendsCommands } from './trends';

export const COMMAND_GROUPS: CommandGroup[] = [
  initCommands,
  repairCommands,
  projectCommands,
  eventsCommands,
  metricsCommands,
  trendsCommands,
  dashboardCommands,
  statsCommands,
  demoCommands,
  batchCommands,
];
