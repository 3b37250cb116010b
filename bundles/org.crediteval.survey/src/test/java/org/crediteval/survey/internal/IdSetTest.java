package org.crediteval.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdSetTest {
    @Test
    void agreesWithAHashMapOverGrowthAndCollisions() {
        IdSet set = new IdSet();
        Map<String, Long> reference = new HashMap<>();
        Random random = new Random(5);
        for (long line = 1; line <= 300_000; line++) {
            // short ids collide often; "Aa" and "BB" have the same String hash
            String id = switch (random.nextInt(4)) {
                case 0 -> "R" + random.nextInt(100_000);
                case 1 -> random.nextBoolean() ? "Aa" + random.nextInt(50) : "BB" + random.nextInt(50);
                case 2 -> "受访者" + random.nextInt(1000);
                default -> Long.toString(random.nextLong(), 36);
            };
            Long expected = reference.putIfAbsent(id, line);
            assertThat(set.addOrGet(id, line)).isEqualTo(expected == null ? -1 : expected);
        }
        assertThat(set.size()).isEqualTo(reference.size());
    }
}
