package org.dateline.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.pipeline.FreshIndex.Page;

/** The pages section of a {@link FreshIndex} made from the one read, for a build that changed a few pages. */
final class FreshPages {

    private FreshPages() {
    }

    /**
     * The section of {@code now} (every page of a later build, in its order) made from {@code base}'s
     * bytes: a page equal to one of {@code base}'s (by path) has its bytes copied, the others are
     * encoded, the names new to its table appended to it (so the copied pages' indices
     * still hold). A build after a front-matter edit lists the same 14,000 pages but for a few
     * hundred, and encoding them all cost ~100 ms of the build's end. The bytes read back to
     * exactly {@code now} and {@code untrackedNow}, as {@link FreshIndex#encode}'s would; only the table may
     * hold names no page names. Empty (encode all) when more than a few names are new: the table
     * would grow with each build.
     */
    static Optional<FreshIndex.PageSection> patched(FreshIndex.PageSection base, List<Page> now, Set<String> untrackedNow) {
        byte[] bytes = base.bytes();
        List<Page> pages = base.pages();
        String[] table = base.table();
        int tableEnd = base.tableEnd();
        int[] ends = base.ends();
        Map<String, Integer> names = null; // the table's names, found only when a page is encoded
        Map<String, Integer> byPath = null; // base's pages by path, found only when one moved
        List<String> added = new ArrayList<>();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(bytes.length + (1 << 12));
        List<Page> listed = new ArrayList<>(now.size());
        int[] bodyEnds = new int[now.size()];
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(body)) {
            out.writeInt(now.size());
            int shift = 0; // base's index of a page less its index now: pages move in blocks
            for (int i = 0; i < now.size(); i++) {
                Page page = now.get(i);
                int at = i + shift;
                if (at < 0 || at >= pages.size() || !pages.get(at).path().equals(page.path())) {
                    if (byPath == null) {
                        byPath = new HashMap<>(pages.size() * 2);
                        for (int j = 0; j < pages.size(); j++) {
                            byPath.put(pages.get(j).path(), j);
                        }
                    }
                    Integer found = byPath.get(page.path());
                    at = found == null ? -1 : found;
                    if (found != null) {
                        shift = at - i;
                    }
                }
                if (at >= 0 && samePage(pages.get(at), page)) {
                    int start = at == 0 ? tableEnd + 4 : ends[at - 1];
                    out.write(bytes, start, ends[at] - start);
                    listed.add(pages.get(at));
                    bodyEnds[i] = body.size();
                    continue;
                }
                if (names == null) {
                    names = numbers(table);
                }
                Map<String, Integer> known = names;
                FreshIndex.writePage(out, page, file -> index(file, known, added, table.length));
                listed.add(page);
                bodyEnds[i] = body.size();
            }
            if (names == null && !untrackedNow.isEmpty()) {
                names = numbers(table);
            }
            out.writeInt(untrackedNow.size());
            for (String file : untrackedNow) {
                out.writeInt(index(file, names, added, table.length));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the fresh-start index's pages", e);
        }
        if (added.size() > Math.max(64, table.length / 16)) {
            return Optional.empty();
        }
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(tableEnd + body.size() + added.size() * 64);
        int tableEndNow;
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(all)) {
            out.writeInt(table.length + added.size());
            out.write(bytes, 4, tableEnd - 4);
            for (String name : added) {
                out.writeUTF(name);
            }
            tableEndNow = all.size();
            body.writeTo(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the fresh-start index's pages", e);
        }
        String[] tableNow = java.util.Arrays.copyOf(table, table.length + added.size());
        for (int j = 0; j < added.size(); j++) {
            tableNow[table.length + j] = added.get(j);
        }
        for (int i = 0; i < bodyEnds.length; i++) {
            bodyEnds[i] += tableEndNow;
        }
        return Optional.of(new FreshIndex.PageSection(List.copyOf(listed), Set.copyOf(untrackedNow), all.toByteArray(), tableNow,
                tableEndNow, bodyEnds));
    }

    // a method of its own, compiled after a few hundred calls: a loop run once stays in the interpreter
    private static boolean samePage(Page was, Page is) {
        return was.path().equals(is.path()) && was.origin().equals(is.origin()) && was.generated() == is.generated()
                && was.template().equals(is.template()) && (was.reaches() == is.reaches() || was.reaches().equals(is.reaches()));
    }

    /** Each of {@code table}'s names with its number. */
    private static Map<String, Integer> numbers(String[] table) {
        Map<String, Integer> names = new HashMap<>(table.length * 2);
        for (int j = 0; j < table.length; j++) {
            names.put(table[j], j);
        }
        return names;
    }

    private static int index(String name, Map<String, Integer> names, List<String> added, int tableLength) {
        Integer found = names.get(name);
        if (found == null) {
            found = tableLength + added.size();
            names.put(name, found);
            added.add(name);
        }
        return found;
    }
}
