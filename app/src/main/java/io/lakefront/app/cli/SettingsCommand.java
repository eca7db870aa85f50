package io.lakefront.app.cli;

import picocli.CommandLine.Command;

/** {@code settings}: the workspace's settings that are not edited in a YAML file by hand. */
@Command(name = "settings", mixinStandardHelpOptions = true, subcommands = SettingsLlmCommand.class,
        description = "Workspace settings; see: settings llm --help")
final class SettingsCommand {
}
