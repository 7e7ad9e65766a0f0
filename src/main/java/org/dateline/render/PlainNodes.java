package org.dateline.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;

/**
 * The node types the plain way writes, and what it asks of them: anything else (raw HTML, undefined reference
 * images, table captions, links inside links, undefined footnotes, list items with a task marker)
 * takes the jsoup way. Also the characters flexmark's typographic references stand for.
 */
final class PlainNodes {

    /** What a footnote's back link shows: flexmark writes {@code &#8617;}, jsoup the character. */
    static final String BACK_REF = "\u21a9";

    /** Types written with their children, each child checked too. */
    private static final Set<Class<? extends Node>> CONTAINERS = Set.of(Document.class, Paragraph.class, Heading.class,
            BlockQuote.class, BulletList.class, OrderedList.class, BulletListItem.class, OrderedListItem.class,
            Emphasis.class, StrongEmphasis.class, Strikethrough.class, TypographicQuotes.class, TextBase.class,
            FootnoteBlock.class, TableBlock.class, TableHead.class, TableBody.class, TableRow.class, TableCell.class);
    /** Types whose children are not written as nodes (their text is read whole, or not at all). */
    private static final Set<Class<? extends Node>> LEAVES = Set.of(Text.class, FencedCodeBlock.class,
            IndentedCodeBlock.class, ThematicBreak.class, Code.class, HtmlEntity.class, Image.class, AutoLink.class,
            MailLink.class, SoftLineBreak.class, HardLineBreak.class, Reference.class, TypographicSmarts.class,
            TableSeparator.class, Footnote.class);

    private PlainNodes() {
    }

    /** Whether every node of {@code document} is one the plain way writes as jsoup would. */
    static boolean writable(Document document) {
        return writable(document, false);
    }

    private static boolean writable(Node node, boolean inLink) {
        Class<? extends Node> type = node.getClass();
        boolean link = type == Link.class || type == LinkRef.class;
        if (link || type == AutoLink.class || type == MailLink.class) {
            if (type == LinkRef.class && !((LinkRef) node).isDefined()) {
                link = false; // written as text: its brackets, then its children
            } else if (inLink) {
                return false; // the HTML parser closes a link that another opens
            }
        } else if (type == Footnote.class) {
            return ((Footnote) node).isDefined();
        } else if (type == ImageRef.class) {
            return ((ImageRef) node).isDefined();
        } else if (LEAVES.contains(type)) {
            return true;
        } else if (!CONTAINERS.contains(type)) {
            return false;
        } else if (node instanceof ListItem item && !item.getMarkerSuffix().isEmpty()
                || type == FootnoteBlock.class && !node.hasChildren()) {
            return false;
        }
        if (type == AutoLink.class || type == MailLink.class) {
            return true;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!writable(child, inLink || link)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text a typographic string of flexmark's stands for: a named or numeric reference decoded, a
     * string without markup as it is; refuses anything else.
     */
    static String typographic(String html) {
        if (html.startsWith("&") && html.endsWith(";") && html.indexOf('&', 1) < 0) {
            String name = html.substring(1, html.length() - 1);
            String named = PlainHtml.ENTITIES.get(name);
            if (named != null) {
                return named;
            }
            try {
                int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
                if (code >= 0x20 && code < 0xd800) {
                    return new String(Character.toChars(code));
                }
            } catch (NumberFormatException e) {
                throw new PlainHtmlReader.Refused();
            }
            throw new PlainHtmlReader.Refused();
        }
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                throw new PlainHtmlReader.Refused();
            }
        }
        return html;
    }
}
