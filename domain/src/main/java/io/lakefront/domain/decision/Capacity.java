package io.lakefront.domain.decision;

import io.lakefront.domain.campaign.brief.Channel;
import java.time.Instant;
import java.util.List;

/**
 * The per-customer capacity ledger of one decision: the messages that count towards caps (pending, sent,
 * delivered, from every campaign and channel) plus the sends this decision has already granted to
 * higher-ranked campaigns. A window cap holds when no window of {@code days} days that contains the new
 * send would hold more than the cap — looking back and forward, so pending messages already planned for
 * later are respected too. Times are epoch milliseconds, message times rounded up.
 */
final class Capacity {
    static final long DAY_MILLIS = 86_400_000L;

    private long[] times;
    private Channel[] channels;
    private String[] campaigns;
    private boolean[] granted;
    private int size;
    private long[] buffer = new long[16];

    Capacity(List<ContactMessage> messages) {
        int n = messages.size();
        times = new long[n + 4];
        channels = new Channel[n + 4];
        campaigns = new String[n + 4];
        granted = new boolean[n + 4];
        for (int i = 0; i < n; i++) {
            ContactMessage m = messages.get(i);
            if (m.status().countsTowardsCaps()) {
                add(m.campaign(), m.channel(), millis(m.sendAt()), false);
            }
        }
    }

    /** Epoch milliseconds, rounded up. */
    static long millis(Instant instant) {
        long ms = instant.toEpochMilli();
        return instant.getNano() % 1_000_000 == 0 ? ms : ms + 1;
    }

    /** Records a send this decision grants, so that lower-ranked campaigns see it. */
    void grant(String campaign, Channel channel, long time) {
        add(campaign, channel, time, true);
    }

    private void add(String campaign, Channel channel, long time, boolean isGranted) {
        if (size == times.length) {
            int grown = size * 2 + 4;
            times = java.util.Arrays.copyOf(times, grown);
            channels = java.util.Arrays.copyOf(channels, grown);
            campaigns = java.util.Arrays.copyOf(campaigns, grown);
            granted = java.util.Arrays.copyOf(granted, grown);
        }
        times[size] = time;
        channels[size] = channel;
        campaigns[size] = campaign;
        granted[size] = isGranted;
        size++;
    }

    private boolean matches(int i, Channel channel, boolean withGranted) {
        return (withGranted || !granted[i]) && (channel == null || channels[i] == channel);
    }

    /**
     * The most messages (on {@code channel}, or on any when {@code null}) that one window of {@code window}
     * milliseconds containing {@code t} holds, windows being {@code (end - window, end]}.
     */
    int windowCount(long t, long window, Channel channel, boolean withGranted) {
        return windowCount(t, t + window, window, channel, withGranted);
    }

    /**
     * The most messages (on {@code channel}, or any when {@code null}) in one window {@code (end - window, end]}
     * with {@code lo <= end < hi}: with {@code lo = t, hi = t + window}, every window that contains {@code t}.
     */
    int windowCount(long lo, long hi, long window, Channel channel, boolean withGranted) {
        int k = 0;
        for (int i = 0; i < size; i++) {
            long x = times[i];
            if (x > lo - window && x < hi && matches(i, channel, withGranted)) {
                if (k == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, k * 2);
                }
                buffer[k++] = x;
            }
        }
        if (k == 0) {
            return 0;
        }
        int best = 0;
        // Window ends worth trying: lo itself and every message from lo on (a count only rises where one enters).
        for (int e = -1; e < k; e++) {
            long end = e < 0 ? lo : buffer[e];
            if (end < lo) {
                continue;
            }
            int count = 0;
            for (int j = 0; j < k; j++) {
                if (buffer[j] > end - window && buffer[j] <= end) {
                    count++;
                }
            }
            best = Math.max(best, count);
        }
        return best;
    }

    /** The earliest message (on {@code channel}, or any) within {@code window} of {@code t}, or {@code Long.MIN_VALUE}. */
    long earliestNear(long t, long window, Channel channel) {
        long earliest = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            long x = times[i];
            if (x > t - window && x < t + window && matches(i, channel, true) && x < earliest) {
                earliest = x;
            }
        }
        return earliest == Long.MAX_VALUE ? Long.MIN_VALUE : earliest;
    }

    /** How many messages go out in {@code [from, to)}. */
    int between(long from, long to, boolean withGranted) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (times[i] >= from && times[i] < to && (withGranted || !granted[i])) {
                count++;
            }
        }
        return count;
    }

    /**
     * The campaigns of the messages near {@code t} (within the window, on {@code channel} or any, or in
     * {@code [from, to)} when {@code from != to}), each once, in the order of the ledger as given.
     */
    List<String> campaignsNear(long t, long window, Channel channel, long from, long to) {
        java.util.ArrayList<String> seen = new java.util.ArrayList<>(4);
        for (int i = 0; i < size; i++) {
            long x = times[i];
            boolean in = from != to ? x >= from && x < to
                    : x > t - window && x < t + window && matches(i, channel, true);
            if (in && !seen.contains(campaigns[i])) {
                seen.add(campaigns[i]);
            }
        }
        return seen;
    }

    /**
     * The highest-ranked send granted in this decision that shares the window (or the day when {@code from != to})
     * of {@code t}: the campaign that pre-empted a lower one.
     */
    String grantedNear(long t, long window, Channel channel, long from, long to) {
        for (int i = 0; i < size; i++) {
            if (!granted[i]) {
                continue;
            }
            long x = times[i];
            boolean in = from != to ? x >= from && x < to
                    : x > t - window && x < t + window && (channel == null || channels[i] == channel);
            if (in) {
                return campaigns[i];
            }
        }
        return null;
    }
}
