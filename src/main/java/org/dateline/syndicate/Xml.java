package org.dateline.syndicate;

import static org.dateline.markup.Markup.escape;

/**
 * Builds XML text for feeds and sitemaps. Text and attribute values are escaped, and characters
 * XML 1.0 does not allow at all (most control characters, unpaired surrogates, U+FFFE, U+FFFF)
 * are dropped, so whatever an article holds, the file stays well-formed.
 */
final class Xml {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private final StringBuilder out = new StringBuilder(DECLARATION);

    /** {@code <name attr="value"...>}: {@code attributes} are name, value pairs. */
    Xml open(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        return this;
    }

    Xml close(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** {@code <name>text</name>}. */
    Xml element(String name, String text) {
        out.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    /** {@code <name attr="value">text</name>}. */
    Xml element(String name, String text, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>').append(escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    /** {@code <name attr="value"/>}. */
    Xml empty(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }
}
