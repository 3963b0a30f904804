package io.liquidtwin.ops.store;

import java.nio.file.Path;
import java.util.List;

/** Placeholder: scans the QuestDB root before the engine opens it. */
final class TornDataCheck {
    private TornDataCheck() {
    }

    static List<String> scan(Path root) {
        return List.of();
    }
}
