package org.dateline.testing;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** XML for tests: namespace-aware parsing with the JDK (no DTDs, no external entities) and XSD validation. */
public final class XmlDocs {

    private XmlDocs() {
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The elements named {@code local} in namespace {@code ns}, in document order. */
    public static List<Element> elements(Document document, String ns, String local) {
        return elements(document.getDocumentElement(), ns, local);
    }

    public static List<Element> elements(Element parent, String ns, String local) {
        NodeList nodes = parent.getElementsByTagNameNS(ns, local);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** The text of each element named {@code local} in {@code ns}. */
    public static List<String> texts(Document document, String ns, String local) {
        return elements(document, ns, local).stream().map(Element::getTextContent).toList();
    }

    /** The direct children of {@code parent} named {@code local} in {@code ns}. */
    public static List<Element> children(Element parent, String ns, String local) {
        List<Element> found = new ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ns.equals(element.getNamespaceURI())
                    && local.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** Validates {@code xml} against the schema at class-path resource {@code xsd}; fails with the validator's message. */
    public static void validate(String xml, String xsd) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            URL schema = XmlDocs.class.getResource(xsd);
            if (schema == null) {
                throw new AssertionError("no schema " + xsd);
            }
            factory.newSchema(schema).newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("invalid by " + xsd + ": " + e.getMessage(), e);
        }
    }
}
