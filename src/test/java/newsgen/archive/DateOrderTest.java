package newsgen.archive;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateOrderTest {
    private static List<String> sorted(String... values) {
        List<String> list = new ArrayList<>(List.of(values));
        list.sort(DateOrder.VALUES);
        return list;
    }

    @Test
    void valuesOfMixedPrecisionSortByTheDayTheyBegin() {
        assertEquals(List.of("2012", "2015", "2020", "2022-05", "2023-07", "2023-09", "2023-W36", "2023-09-16"),
                sorted("2023-09-16", "2023-W36", "2015", "2023-07", "2012", "2022-05", "2020", "2023-09"));
    }

    @Test
    void onTheSameFirstDayTheCoarserComesFirst() {
        assertEquals(List.of("2023", "2023-Q1", "2023-01", "2023-01-01"), sorted("2023-01-01", "2023-01", "2023", "2023-Q1"));
    }

    @Test
    void isoWeekBeginsOnItsMonday() {
        assertEquals("2023-09-04", DateOrder.key("2023-W36").start().toString());
        assertEquals("2020-12-28", DateOrder.key("2020-W53").start().toString());
    }

    @Test
    void unreadableValuesComeLast() {
        assertEquals(List.of("1999", "2023-13-40", "someday"), sorted("someday", "2023-13-40", "1999"));
        assertNull(DateOrder.key("2023-13-40"));
    }

    @Test
    void theTimelinesNumberOrdersAsTheKeys() {
        // every form, around year and month ends, the earliest and latest years, and unreadable values (no key)
        List<String> values = new ArrayList<>(List.of("0000", "0001-01-01", "9999", "9999-12-31", "9999-Q4", "999X",
                "1990s", "201X", "2015-W01", "2020-W53", "someday", "2023-13-40"));
        for (int year : new int[] {1969, 1970, 2015, 2016}) {
            values.addAll(List.of(year + "", year + "-01", year + "-12", year + "-Q1", year + "-Q4", year + "-W01",
                    year + "-W52", year + "-01-01", year + "-12-31", year + "-06-15"));
        }
        java.util.Comparator<DateOrder.Key> keys = java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder());
        for (String a : values) {
            for (String b : values) {
                DateOrder.Key ka = DateOrder.key(a);
                DateOrder.Key kb = DateOrder.key(b);
                assertEquals(Integer.signum(keys.compare(ka, kb)),
                        Integer.signum(Long.compare(TimelineBuilder.order(ka), TimelineBuilder.order(kb))), a + " " + b);
            }
        }
    }

    @Test
    void aValueAskedAgainHasTheSameKey() {
        // the keys are kept by value: the second answer is the first's, and a value without one still has none
        assertEquals(DateOrder.key("2023-W36"), DateOrder.key("2023-W36"));
        assertEquals("2023-09-04", DateOrder.key("2023-W36").start().toString());
        assertNull(DateOrder.key("someday"));
        assertNull(DateOrder.key("someday"));
    }
}
