package org.dateline.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** An element of {@link PlainHtml}'s tree: its name, attributes (decoded) and children (elements and strings). */
final class PlainElement {
    final String name;
    final PlainElement parent;
    final List<String[]> attributes = new ArrayList<>(2);
    final List<Object> children = new ArrayList<>();

    PlainElement(String name, PlainElement parent) {
        this.name = name;
        this.parent = parent;
    }

    String attribute(String key) {
        for (String[] attribute : attributes) {
            if (attribute[0].equals(key)) {
                return attribute[1];
            }
        }
        return null;
    }

    void rewriteAddresses(UnaryOperator<String> rewrite) {
        for (String[] attribute : attributes) {
            if (attribute[0].equals("href") || attribute[0].equals("src")) {
                String rewritten = rewrite.apply(attribute[1]);
                if (!rewritten.isEmpty()) {
                    attribute[1] = rewritten;
                }
            }
        }
        for (Object child : children) {
            if (child instanceof PlainElement element) {
                element.rewriteAddresses(rewrite);
            }
        }
    }
}
