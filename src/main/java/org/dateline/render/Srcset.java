package org.dateline.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A {@code srcset} value, split as the HTML standard does: each candidate's URL runs to the next
 * whitespace (a URL ending in commas has no descriptor), its descriptor to the next comma.
 */
final class Srcset {

    /** One candidate: its URL and its descriptor ({@code 480w}, {@code 2x} or ""). */
    record Candidate(String url, String descriptor) {
    }

    private Srcset() {
    }

    static List<Candidate> parse(String srcset) {
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            String descriptor = "";
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", "");
            } else {
                int from = i;
                while (i < n && srcset.charAt(i) != ',') {
                    i++;
                }
                descriptor = srcset.substring(from, i).strip();
            }
            candidates.add(new Candidate(url, descriptor));
        }
        return candidates;
    }

    /** {@code srcset} with every candidate's URL passed through {@code change}. */
    static String map(String srcset, UnaryOperator<String> change) {
        List<String> out = new ArrayList<>();
        for (Candidate candidate : parse(srcset)) {
            String url = change.apply(candidate.url());
            out.add(candidate.descriptor().isEmpty() ? url : url + " " + candidate.descriptor());
        }
        return String.join(", ", out);
    }
}
