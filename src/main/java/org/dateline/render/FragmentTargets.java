package org.dateline.render;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The fragment targets of a rendered page: every {@code id}, and the {@code name} of every {@code <a>}. */
public final class FragmentTargets {

    private FragmentTargets() {
    }

    public static Set<String> of(String html) {
        Document page = Jsoup.parse(html);
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            ids.add(element.id());
        }
        for (Element anchor : page.select("a[name]")) {
            ids.add(anchor.attr("name"));
        }
        return ids;
    }
}
