package io.lakefront.app.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {
                "Lakefront " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")
                        + ", " + Runtime.getRuntime().availableProcessors() + " cores"
        };
    }
}
