package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteTargetsTest {

    @Test
    void resolvesLinksAsABrowserOnTheArticlePageWould() {
        assertEquals(Optional.of("/world/x/"), SiteTargets.resolve("/world/2024/05/01/a/", "/world/x/"));
        assertEquals(Optional.of("/world/2024/05/01/b/"), SiteTargets.resolve("/world/2024/05/01/a/", "../b/"));
        assertEquals(Optional.of("/world/2024/05/01/a/"), SiteTargets.resolve("/world/2024/05/01/a/", "#top"));
        assertEquals(Optional.of("/world/b.html"), SiteTargets.resolve("/world/a.html", "b.html?x=1#y"));
        assertEquals(Optional.of("/"), SiteTargets.resolve("/world/a/", "../../"));
        assertEquals(Optional.empty(), SiteTargets.resolve("/world/a/", "../../../x"));
        assertEquals(Optional.of("/tags/çay/"), SiteTargets.resolve("/a/", "/tags/%C3%A7ay/"));
    }

    @Test
    void onlyHttpAndProtocolRelativeLinksAreExternal() {
        assertEquals(SiteTargets.Kind.EXTERNAL, SiteTargets.kind("HTTPS://example.org/"));
        assertEquals(SiteTargets.Kind.EXTERNAL, SiteTargets.kind("//example.org/"));
        assertEquals(SiteTargets.Kind.OTHER, SiteTargets.kind("mailto:desk@example.org"));
        assertEquals(SiteTargets.Kind.INTERNAL, SiteTargets.kind("/world/"));
        assertEquals(SiteTargets.Kind.INTERNAL, SiteTargets.kind("notes.html"));
    }

    @Test
    void decodesPercentEscapesAsUtf8AndLeavesPlusAndBrokenEscapes() {
        assertEquals("a b+c%zz%", SiteTargets.decode("a%20b+c%zz%"));
        assertEquals("voting-hours", SiteTargets.fragment("/x/#voting-hours"));
    }
}
