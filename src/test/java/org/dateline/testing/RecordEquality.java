package org.dateline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a record's written-out {@code equals} and {@code hashCode} against its components, as the record's
 * own would be: a copy is equal, with the same hash, and a copy with any one component replaced is not.
 * A component added to the record without a value here fails the check, so it cannot be left out of them.
 */
public final class RecordEquality {

    private RecordEquality() {
    }

    /**
     * @param record a value of the record
     * @param others by component name, another value of that component than {@code record}'s, for every one
     */
    public static <R extends Record> void assertComponentwise(R record, Map<String, Object> others) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        assertEquals(new TreeSet<>(Arrays.stream(components).map(RecordComponent::getName).toList()),
                new TreeSet<>(others.keySet()), "a different value is given for every component, and only for those");
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i], record);
        }
        Record copy = make(record, components, values);
        assertEquals(record, copy);
        assertEquals(record.hashCode(), copy.hashCode());
        assertNotEquals(null, record);
        assertNotEquals(record, new Object());
        for (int i = 0; i < components.length; i++) {
            Object[] changed = values.clone();
            changed[i] = others.get(components[i].getName());
            Record other = make(record, components, changed);
            assertNotEquals(record, other, components[i].getName());
            assertNotEquals(other, record, components[i].getName());
        }
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(e);
        }
    }

    private static Record make(Record like, RecordComponent[] components, Object[] values) {
        try {
            Constructor<?> canonical = like.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (Record) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
