package org.dateline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problems;
import org.junit.jupiter.api.Test;

/** {@code footer_menu} and the publisher's policy pages in site.yaml. */
class FooterMenuTest {

    private static SiteConfig parse(String yaml) {
        return new ConfigLoader().parse(yaml, new Problems());
    }

    private static String refused(String yaml) {
        Problems problems = new Problems();
        try {
            new ConfigLoader().parse(yaml, problems);
        } catch (DatelineException e) {
            return e.problems().get(0).format();
        }
        return problems.errors().get(0).format();
    }

    @Test
    void readsTheMenuAndThePolicies() {
        SiteConfig config = parse("title: T\nfooter_menu:\n  - title: About\n    url: /about/\n"
                + "  - title: Jobs\n    url: https://jobs.example.test/\npublisher:\n  corrections_policy: /corrections/\n"
                + "  ethics_policy: /ethics/\n");
        assertEquals(List.of(new MenuItem("About", "/about/"), new MenuItem("Jobs", "https://jobs.example.test/")),
                config.footerMenu());
        assertEquals("/corrections/", config.publisher().correctionsPolicy());
        assertEquals("/ethics/", config.publisher().ethicsPolicy());
        assertEquals(List.of(), parse("title: T\n").footerMenu());
    }

    @Test
    void refusesAnEntryWithoutAUsableUrl() {
        assertEquals("error: site.yaml:4:10: `footer_menu` url is neither a site path nor an http(s) URL:"
                + " \"javascript:alert(1)\" (hint: write a path from the site's root such as `/about/`, or a full"
                + " https:// address)", refused("title: T\nfooter_menu:\n  - title: About\n    url: javascript:alert(1)\n"));
        assertEquals("error: site.yaml:3:5: a `footer_menu` entry needs a `title` and a `url` (hint: write e.g."
                + " `- title: Corrections policy` and `  url: /corrections-policy/`)",
                refused("title: T\nfooter_menu:\n  - title: About\n"));
        assertEquals("error: site.yaml:4:5: unknown key `link` in a `footer_menu` entry (hint: use `title` and `url`)",
                refused("title: T\nfooter_menu:\n  - title: About\n    link: /about/\n"));
    }
}
