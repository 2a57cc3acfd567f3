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
}
