package io.lakefront.app.cli;

import io.lakefront.domain.task.TaskContext;
import java.io.PrintStream;

/**
 * Progress of long headless work on stderr: a live percentage on a terminal, nothing when output
 * is redirected (scripts and CI logs stay clean).
 */
final class ConsoleProgress implements TaskContext {
    private final PrintStream err = System.err;
    private final boolean live = System.console() != null;
    private String label = "";
    private int lastPercent = -1;

    @Override
    public void progress(long done, long total) {
        if (!live || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            err.print("\r  " + label + " " + percent + "%   ");
            if (percent == 100) {
                err.print("\r" + " ".repeat(label.length() + 12) + "\r");
            }
            err.flush();
        }
    }

    @Override
    public void message(String text) {
        label = text;
        lastPercent = -1;
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
