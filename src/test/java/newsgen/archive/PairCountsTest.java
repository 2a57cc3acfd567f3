package newsgen.archive;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PairCountsTest {
    @Test
    void countsEachOrderedPairThroughGrowth() {
        PairCounts counts = new PairCounts();
        Map<String, Integer> expected = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            for (int a = 0; a < 300; a++) {
                for (int b = 0; b < 300; b += 7) {
                    if (round == 0 || a % (round + 1) == 0) {
                        counts.add(a, b);
                        expected.merge(a + ">" + b, 1, Integer::sum);
                    }
                }
            }
        }
        counts.add(0, 0);
        expected.merge("0>0", 1, Integer::sum);
        Map<String, Integer> seen = new HashMap<>();
        counts.forEach((a, b, n) -> seen.put(a + ">" + b, n));
        assertEquals(expected, seen);
        assertEquals(3 + 1, seen.get("0>0"));
        assertEquals(1, seen.get("1>7"));
    }
}
