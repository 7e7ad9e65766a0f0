import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes a synthetic news site of N articles for benchmarks: deterministic (seeded), spread over
 * 8 sections, 40 authors and 200 tags, with headings, lists, a table, links and footnotes in each body.
 * The Markdown and front matter are read alike by Dateline and by Hugo (bench/hugo), so both build the same corpus.
 *
 * <p>Run: {@code java bench/GenerateCorpus.java 10000 /tmp/corpus}
 */
public final class GenerateCorpus {

    private static final String[] SECTIONS = {"world", "business", "science", "culture", "sport", "health", "politics", "tech"};
    private static final String[] WORDS = ("harbour council vote budget ferry strike rail transport housing market"
            + " research climate election minister port city region river bridge school hospital energy water"
            + " price report survey plan court police festival theatre museum season league final").split(" ");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path root = Path.of(args.length > 1 ? args[1] : "target/bench-corpus");
        Random random = new Random(42);
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("site.yaml"), "title: Benchmark Times\nbase_url: https://bench.example.org/\n"
                + "time_zone: Europe/Istanbul\n"
                + "# generous: a benchmark machine may be busy, and a stopped article would fail the run\n"
                + "article_time_limit: 120\n", StandardCharsets.UTF_8);
        LocalDateTime start = LocalDateTime.of(2020, 1, 1, 6, 0);
        // every article in the past, so every one is published: 97 minutes apart (the 10,000-article corpus
        // ends in 2021), closer for a corpus that would otherwise run past 2026 (100,000 at 97 minutes ran
        // to 2038, and a build published only the ~38,000 dated before the day it ran)
        long step = Math.min(97, java.time.Duration.between(start, LocalDateTime.of(2026, 1, 1, 0, 0)).toMinutes()
                / Math.max(1, count));
        for (int i = 0; i < count; i++) {
            String section = SECTIONS[i % SECTIONS.length];
            LocalDateTime date = start.plusMinutes(step * i);
            String slug = "story-" + i + "-" + word(random) + "-" + word(random);
            Path file = root.resolve("content").resolve(section).resolve(slug + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, article(random, i, date), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + count + " articles to " + root);
    }

    private static String article(Random random, int i, LocalDateTime date) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: \"").append(capital(sentence(random, 8))).append("\"\n");
        out.append("date: ").append(DATE.format(date)).append("\n"); // seconds written out: Hugo needs them
        out.append("author: Reporter ").append(random.nextInt(40)).append("\n");
        out.append("source: Newsroom\n");
        out.append("description: ").append(capital(sentence(random, 18))).append(".\n");
        out.append("tags: [topic-").append(random.nextInt(200)).append(", topic-").append(random.nextInt(200)).append("]\n");
        out.append("location: BENCH CITY\n---\n");
        for (int h = 0; h < 3; h++) {
            for (int p = 0; p < 3; p++) {
                out.append(capital(sentence(random, 40))).append(". \"").append(capital(sentence(random, 12)))
                        .append(",\" said an official -- ").append(sentence(random, 10)).append("...\n\n");
            }
            out.append("## ").append(capital(sentence(random, 5))).append("\n\n");
        }
        out.append("- ").append(sentence(random, 8)).append("\n- ").append(sentence(random, 8)).append("\n\n");
        out.append("|Year|Value|\n|-|-|\n|2023|").append(random.nextInt(1000)).append("|\n|2024|")
                .append(random.nextInt(1000)).append("|\n\n");
        out.append("See https://example.org/report/").append(i).append(" and the note.[^1]\n\n");
        out.append("[^1]: ").append(capital(sentence(random, 10))).append(".\n");
        return out.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            out.append(w == 0 ? "" : " ").append(word(random));
        }
        return out.toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
