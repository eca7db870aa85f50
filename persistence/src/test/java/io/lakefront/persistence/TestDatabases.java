package io.lakefront.persistence;

import java.util.concurrent.atomic.AtomicInteger;

/** Fresh in-memory databases: each lives until the JVM exits, so every test gets its own name. */
final class TestDatabases {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestDatabases() {
    }

    static WorkspaceDatabase fresh(String purpose) {
        return WorkspaceDatabase.inMemory(purpose + "-" + NEXT.incrementAndGet());
    }
}
