// Plugins: subsystems registered at run time by other extensions (VS Code) or plugin modules (CLI).
export { SubsystemRegistry, type Registration, type SubsystemSource } from './registry';
export { pluginSubsystem, PLUGIN_NAME_PATTERN, type PluginSubsystemContext, type PluginSubsystemDefinition } from './pluginSubsystem';
export { PLUGINS_FILE, readWorkspacePlugins, type WorkspacePlugin, type WorkspacePlugins } from './pluginsFile';
