package org.dateline.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.dateline.template.TemplateEngine;
import org.junit.jupiter.api.Test;

/** An archive's count is watched, and a printed archive shows no count a render could read unnoticed. */
class ArchiveViewTest {

    @Test
    void theCountIsTheOnlyWatchedComponentAndAPrintedArchiveIsItsName() {
        Views.ArchiveView june = new Views.ArchiveView("June 2024", 2024, 6, "/2024/06/", 12);
        assertEquals("June 2024", june.toString());
        assertEquals(Set.of("count"), TemplateEngine.watchedComponents(Views.ArchiveView.class));
        assertEquals(Set.of(), TemplateEngine.watchedComponents(Views.SiteView.class),
                "the site view holds archives, and is keyed whole but for their counts");
    }
}
