package io.lakefront.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
public record CliRun(int exit, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LakefrontCommand.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Runs {@code args} against {@code workspace} with the clock fixed at {@code asOf}. */
    public static CliRun in(java.nio.file.Path workspace, String asOf, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        System.arraycopy(new String[] {"--workspace", workspace.toString(), "--as-of", asOf}, 0, all, args.length, 4);
        return of(all);
    }
}
