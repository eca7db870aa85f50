package io.lakefront.ui.review;

/** Who decided what and when: one answered review item. */
public record HistoryRow(long id, String when, String who, String answer, String records) {
    public String text() {
        return when + " · " + who + " · " + answer + " · " + records;
    }
}
