package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MyStateAbsenceTest {

    @Test
    void withoutAPresenceService_myStateSaysWhy() {
        assertEquals(MyStateAbsence.NOBODY_SIGNED_IN, MyStateAbsence.of(true, true));
        assertEquals(MyStateAbsence.NOBODY_SIGNED_IN, MyStateAbsence.of(true, false));
        assertEquals(MyStateAbsence.NOT_IN_DIRECTORY, MyStateAbsence.of(false, true));
        assertEquals(MyStateAbsence.CONNECTING, MyStateAbsence.of(false, false));
    }
}
