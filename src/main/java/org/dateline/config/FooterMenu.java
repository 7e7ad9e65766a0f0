package org.dateline.config;

import java.util.ArrayList;
import java.util.List;
import org.dateline.diag.DatelineException;

/** Reads {@code footer_menu}: a list of {@code - title: About} / {@code   url: /about/} entries. */
final class FooterMenu {

    private FooterMenu() {
    }

    static List<MenuItem> read(YamlNode.Mapping map) {
        List<MenuItem> items = new ArrayList<>();
        map.find("footer_menu").ifPresent(entry -> {
            if (YamlFields.isNull(entry.value())) {
                return;
            }
            if (!(entry.value() instanceof YamlNode.Sequence list)) {
                throw DatelineException.at(entry.value().position(), "`footer_menu` must be a list",
                        "write e.g. `footer_menu:` then `  - title: About` and `    url: /about/`");
            }
            for (YamlNode node : list.items()) {
                YamlNode.Mapping item = YamlFields.mapping("footer_menu", node);
                for (YamlNode.Entry key : item.entries().values()) {
                    if (!key.key().equals("title") && !key.key().equals("url")) {
                        throw DatelineException.at(key.keyPosition(), "unknown key `" + key.key()
                                + "` in a `footer_menu` entry", "use `title` and `url`");
                    }
                }
                String title = item.find("title").map(e -> YamlFields.text("title", e.value()).strip()).orElse("");
                String url = item.find("url").map(e -> YamlFields.text("url", e.value()).strip()).orElse("");
                if (title.isEmpty() || url.isEmpty()) {
                    throw DatelineException.at(node.position(), "a `footer_menu` entry needs a `title` and a `url`",
                            "write e.g. `- title: Corrections policy` and `  url: /corrections-policy/`");
                }
                if (!url.startsWith("/") && !url.startsWith("https://") && !url.startsWith("http://")
                        || url.startsWith("//")) {
                    throw DatelineException.at(item.find("url").get().value().position(), "`footer_menu` url is"
                            + " neither a site path nor an http(s) URL: \"" + url + "\"",
                            "write a path from the site's root such as `/about/`, or a full https:// address");
                }
                items.add(new MenuItem(title, url));
            }
        });
        return items;
    }
}
