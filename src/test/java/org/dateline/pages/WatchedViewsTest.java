package org.dateline.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.dateline.template.TemplateEngine;
import org.junit.jupiter.api.Test;

/** The counts every page holds are watched, and a printed view shows no count a render could read unnoticed. */
class WatchedViewsTest {

    @Test
    void anArchiveCountIsWatchedAndAPrintedArchiveIsItsName() {
        Views.ArchiveView june = new Views.ArchiveView("June 2024", 2024, 6, "/2024/06/", 12);
        assertEquals("June 2024", june.toString());
        assertEquals(Set.of("count"), TemplateEngine.watchedComponents(Views.ArchiveView.class));
        assertEquals(Set.of(), TemplateEngine.watchedComponents(Views.SiteView.class),
                "the site view holds archives, and is keyed whole but for their counts");
    }

    @Test
    void anAuthorCountIsWatchedAndAPrintedAuthorIsTheName() {
        Views.AuthorView selin = new Views.AuthorView("Selin Atay", "selin-atay", "/authors/selin-atay/", "", "", "",
                0, 0, "", List.of(), 4);
        assertEquals("Selin Atay", selin.toString());
        assertEquals(Set.of("count"), TemplateEngine.watchedComponents(Views.AuthorView.class));
        assertEquals(Set.of(), TemplateEngine.watchedComponents(Views.TagView.class),
                "a tag's view is on its own pages only, which show its count");
    }
}
