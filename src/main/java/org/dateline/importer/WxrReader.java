package org.dateline.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;

/**
 * Reads a WordPress export (WXR 1.1 or 1.2) with the JDK's StAX reader. An export is untrusted
 * input: DTDs and external entities are off, and a file with a {@code <!DOCTYPE>} is refused
 * outright (WordPress never writes one), so no entity can read a file or expand a billion times.
 */
final class WxrReader {

    /** One {@code <item>}: its simple fields by {@code prefix:name}, its categories, its line. */
    record Item(Map<String, String> fields, List<Category> categories, int line) {
        String field(String name) {
            return fields.getOrDefault(name, "").strip();
        }
    }

    /** A {@code <category domain="category|post_tag" nicename="…">Name</category>}. */
    record Category(String domain, String nicename, String name) {
    }

    /** The export: author display names by login, and the items in order. */
    record Export(Map<String, String> authors, List<Item> items) {
    }

    Export read(Path file, String shownPath) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return read(xml, shownPath);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            int column = e.getLocation() == null || line == 0 ? 0 : Math.max(0, e.getLocation().getColumnNumber());
            String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw new DatelineException(Problem.error(new SourcePosition(shownPath, line, column),
                    "not a readable WordPress export: " + message.strip(),
                    "export again from WordPress with Tools → Export"), e);
        } catch (IOException e) {
            throw new DatelineException(Problem.error(SourcePosition.of(shownPath), "cannot read the export: "
                    + e.getMessage(), "check the file exists and is readable"), e);
        }
    }

    private Export read(XMLStreamReader xml, String shownPath) throws XMLStreamException {
        Map<String, String> authors = new HashMap<>();
        List<Item> items = new ArrayList<>();
        boolean rss = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                int end = xml.getLocation().getLineNumber();
                int start = Math.max(1, end - (int) xml.getText().chars().filter(c -> c == '\n').count());
                throw new DatelineException(Problem.error(new SourcePosition(shownPath, start, 1), "refusing an export with a <!DOCTYPE>: WordPress never"
                        + " writes one, and its entities could read files or expand without end",
                        "export again from WordPress with Tools → Export"));
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = name(xml);
            if (name.equals("rss")) {
                rss = true;
            } else if (name.equals("wp:author")) {
                Map<String, String> author = fields(xml, "wp:author", new ArrayList<>());
                String login = author.getOrDefault("wp:author_login", "").strip();
                String display = author.getOrDefault("wp:author_display_name", "").strip();
                if (!login.isEmpty() && !display.isEmpty()) {
                    authors.put(login, display);
                }
            } else if (name.equals("item")) {
                int line = xml.getLocation().getLineNumber();
                List<Category> categories = new ArrayList<>();
                items.add(new Item(fields(xml, "item", categories), categories, line));
            }
        }
        if (!rss) {
            throw DatelineException.at(SourcePosition.of(shownPath), "not a WordPress export: there is no <rss> element",
                    "export from WordPress with Tools → Export");
        }
        return new Export(authors, items);
    }

    /** The text of every child element of the current one, by name; categories on the side. */
    private Map<String, String> fields(XMLStreamReader xml, String end, List<Category> categories)
            throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && name(xml).equals(end)) {
                return fields;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = name(xml);
                if (name.equals("category")) {
                    String domain = value(xml.getAttributeValue(null, "domain"));
                    String nicename = value(xml.getAttributeValue(null, "nicename"));
                    categories.add(new Category(domain, nicename, text(xml)));
                } else if (name.equals("wp:postmeta") || name.equals("wp:comment")) {
                    skip(xml);
                } else {
                    fields.putIfAbsent(name, text(xml));
                }
            }
        }
        return fields;
    }

    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                out.append(xml.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("undeclared entity &" + xml.getLocalName() + ";", xml.getLocation());
            }
        }
        return out.toString();
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        text(xml);
    }

    private static String value(String attribute) {
        return attribute == null ? "" : attribute.strip();
    }

    /** {@code wp:name}, {@code content:encoded}, {@code excerpt:encoded}, {@code dc:creator}, or the bare name. */
    private static String name(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (namespace.startsWith("http://wordpress.org/export/")) {
            return (namespace.contains("excerpt") ? "excerpt:" : "wp:") + local;
        }
        if (namespace.equals("http://purl.org/rss/1.0/modules/content/")) {
            return "content:" + local;
        }
        if (namespace.equals("http://purl.org/dc/elements/1.1/")) {
            return "dc:" + local;
        }
        return local;
    }
}
