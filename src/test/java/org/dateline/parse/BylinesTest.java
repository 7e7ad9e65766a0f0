package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void aBylineSplitsAtCommasSemicolonsAndTheWordAnd() {
        assertEquals(List.of("Ann Lee", "Bo Park", "Cy Day"), Bylines.people("Ann Lee, Bo Park, and Cy Day"));
        assertEquals(List.of("Ann", "Bo"), Bylines.people("Ann;Bo"));
        assertEquals(List.of("Ann", "Bo"), Bylines.people("Ann AND Bo"));
        assertEquals(List.of("Ann", "Bo"), Bylines.people("Ann\tand\nBo"));
        assertEquals(List.of("Alpha", "Beta"), Bylines.people("Alpha,Beta"));
    }

    @Test
    void namesHoldingAndFirmsAndBracketsStayWhole() {
        assertEquals(List.of("Sandy Andrews", "Amanda Band"), Bylines.people("Sandy Andrews and Amanda Band"));
        assertEquals(List.of("O'Brien & Sons"), Bylines.people("O'Brien & Sons"));
        assertEquals(List.of("Bo Park ([@bo, and co](https://b.example))", "Cy"),
                Bylines.people("Bo Park ([@bo, and co](https://b.example)), Cy"));
        assertEquals(List.of("Ann\u00a0and Bo"), Bylines.people("Ann\u00a0and Bo")); // a no-break space joins
        assertEquals(List.of("andrea", "Bo"), Bylines.people("andrea, Bo"));
        assertEquals(List.of(), Bylines.people(" , ; and "));
    }
    /** One name with nothing that can separate people is the whole text, stripped, however it is written. */
    @Test
    void oneNameWithNoSeparatorIsTheWholeText() {
        assertEquals(List.of("Ay\u015fe Y\u0131lmaz"), Bylines.people("  Ay\u015fe Y\u0131lmaz\u2003"));
        assertEquals(List.of("Bo Park (Harbour desk)"), Bylines.people("Bo Park (Harbour desk)"));
        assertEquals(List.of("Dan Brandt"), Bylines.people("Dan Brandt"));
        assertEquals(List.of("Ann", "Bo"), Bylines.people("Ann aNd Bo"));
        assertEquals(List.of(), Bylines.people(" \t "));
        assertEquals(List.of(), Bylines.people(""));
    }
}
