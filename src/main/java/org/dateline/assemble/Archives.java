package org.dateline.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The date archive of the listed articles: one period per year ({@code /2024/}) and per month
 * ({@code /2024/06/}) that has articles, newest first, in the site's time zone.
 */
public final class Archives {

    /** A year ({@code month} 0) or a month, with its articles newest first. */
    public record Period(int year, int month, List<Article> articles) {
        public Period {
            articles = List.copyOf(articles);
        }

        public String path() {
            // as String.format's "/%04d/%02d/", without parsing the pattern for every period's every page
            return month == 0 ? "/" + year + "/" : "/" + Permalinks.padded(year, 4) + "/" + Permalinks.padded(month, 2) + "/";
        }
    }

    private final List<Period> years = new ArrayList<>();
    private final Map<Integer, List<Period>> months = new LinkedHashMap<>();

    /** @param articles newest first; their dates are already in the site's zone */
    public Archives(List<Article> articles) {
        Map<Integer, List<Article>> byYear = new LinkedHashMap<>();
        Map<Integer, Map<Integer, List<Article>>> byMonth = new LinkedHashMap<>();
        for (Article article : articles) {
            add(article, byYear, byMonth);
        }
        byYear.forEach((year, list) -> years.add(new Period(year, 0, list)));
        byMonth.forEach((year, map) -> {
            List<Period> periods = new ArrayList<>();
            map.forEach((month, list) -> periods.add(new Period(year, month, list)));
            months.put(year, List.copyOf(periods));
        });
    }

    // one article a call: compiled after a few hundred calls, where a loop run once stays in the interpreter
    private static void add(Article article, Map<Integer, List<Article>> byYear,
                            Map<Integer, Map<Integer, List<Article>>> byMonth) {
        int year = article.published().getYear();
        int month = article.published().getMonthValue();
        byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(article);
        byMonth.computeIfAbsent(year, y -> new LinkedHashMap<>()).computeIfAbsent(month, m -> new ArrayList<>())
                .add(article);
    }

    /** Every year with articles, newest first. */
    public List<Period> years() {
        return List.copyOf(years);
    }

    /** The months of {@code year} with articles, newest first. */
    public List<Period> months(int year) {
        return months.getOrDefault(year, List.of());
    }
}
