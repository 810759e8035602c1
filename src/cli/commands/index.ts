// Every command group of the CLI, in the order `aicmo --help` lists them. A new group is a
// file in this folder exporting a CommandGroup, plus one line here.
import { mergeGroups, type CommandGroup } from '../registry';
import { batchCommands } from './batch';
import { dashboardCommands } from './dashboard';
import { dashboardOpsCommands } from './dashboard-ops';
import { demoCommands } from './demo';
import { eventsCommands } from './events';
import { flowCommands } from './flow';
import { strategyCommands } from './strategy';
import { mediaCommands } from './media';
import { creativesCommands } from './creatives';
import { taskCommands } from './task';
import { teamCommands } from './team';
import { pauseCommands } from './pause';
import { kaizenCommands } from './kaizen';
import { initCommands } from './init';
import { leadsCommands } from './leads';
import { metricsCommands } from './metrics';
import { outreachCommands } from './outreach';
import { pluginsCommands } from './plugins';
import { projectCommands } from './project';
import { repairCommands } from './repair';
import { reportCommands } from './report';
import { statsCommands } from './stats';
import { subsystemCommands } from './subsystem';
import { trendsCommands } from './trends';

// Groups with one name (e.g. `dashboard` from dashboard.ts and dashboard-ops.ts) are merged.
export const COMMAND_GROUPS: CommandGroup[] = mergeGroups([
  initCommands,
  repairCommands,
  projectCommands,
  eventsCommands,
  flowCommands,
  strategyCommands,
  mediaCommands,
  creativesCommands,
  taskCommands,
  teamCommands,
  pauseCommands,
  kaizenCommands,
  metricsCommands,
  trendsCommands,
  dashboardCommands,
  dashboardOpsCommands,
  leadsCommands,
  outreachCommands,
  reportCommands,
  statsCommands,
  demoCommands,
  batchCommands,
  pluginsCommands,
  subsystemCommands,
]);
