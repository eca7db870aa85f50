package io.lakefront.domain.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lakefront.domain.campaign.brief.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The capacity ledger's window arithmetic: windows that contain the new send, back and forward, edges excluded. */
class CapacityTest {
    private static final long DAY = Capacity.DAY_MILLIS;
    private static final Instant T = Instant.parse("2026-11-30T18:00:00Z");
    private static final long W = 7 * DAY;

    private static Capacity ledger(long... offsetsInDays) {
        List<ContactMessage> messages = new ArrayList<>();
        for (int i = 0; i < offsetsInDays.length; i++) {
            messages.add(new ContactMessage("m" + i, "C", 0, i % 2 == 0 ? Channel.EMAIL : Channel.SMS, null,
                    T.plusMillis(offsetsInDays[i] * DAY), MessageStatus.SENT, null));
        }
        return new Capacity(messages);
    }

    @Test
    void messagesBeforeAndAfterCountOnlyWhenOneWindowHoldsThemWithTheNewSend() {
        long t = T.toEpochMilli();
        assertEquals(2, ledger(3, 6).windowCount(t, W, null, true), "both ahead, in the week starting now");
        assertEquals(1, ledger(-6, 6).windowCount(t, W, null, true), "12 days apart: no week holds both and now");
        assertEquals(2, ledger(-3, 3).windowCount(t, W, null, true));
        assertEquals(0, ledger(-7, 7).windowCount(t, W, null, true), "exactly a window away is outside it");
        assertEquals(1, ledger(-3, 3).windowCount(t, W, Channel.SMS, true), "per channel");
    }

    @Test
    void grantedSendsCountOnlyWhenAskedTo() {
        Capacity capacity = ledger(-1);
        long t = T.toEpochMilli();
        capacity.grant("Winner", Channel.PUSH, t);
        assertEquals(2, capacity.windowCount(t, W, null, true));
        assertEquals(1, capacity.windowCount(t, W, null, false));
        assertEquals("Winner", capacity.grantedNear(t, W, null, 0, 0));
        assertEquals(List.of("C", "Winner"), capacity.campaignsNear(t, W, null, 0, 0));
        assertEquals(1, capacity.between(t - DAY / 2, t + DAY / 2, true));
        assertEquals(0, capacity.between(t - DAY / 2, t + DAY / 2, false));
    }

    @Test
    void theEarliestMessageNearDecidesWhenASlotFrees() {
        Capacity capacity = ledger(-5, -2, 4);
        assertEquals(T.toEpochMilli() - 5 * DAY, capacity.earliestNear(T.toEpochMilli(), W, null));
        assertEquals(Long.MIN_VALUE, ledger(-9).earliestNear(T.toEpochMilli(), W, null));
    }
}
