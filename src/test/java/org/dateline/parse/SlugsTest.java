package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Surefire runs every test under a Turkish default locale, where "I".toLowerCase() is a dotless ı. */
class SlugsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Zoë Ångström                  | zoe-angstrom
            ISTANBUL                      | istanbul
            İstanbul                      | istanbul
            DİYARBAKIR                    | diyarbakir
            Polls close: 6 p.m. sharp!    | polls-close-6-p-m-sharp
            Zoë's harbour                 | zoes-harbour
            Fish & Chips                  | fish-and-chips
            Straße Łódź Øresund Æsir      | strasse-lodz-oresund-aesir
            Αθήνα σήμερα                  | αθηνα-σημερα
            ---leading and trailing---    | leading-and-trailing
            Ｆｕｌｌｗｉｄｔｈ              | fullwidth
            हिन्दी समाचार                  | हिन्दी-समाचार
            தமிழ் செய்திகள்                 | தமிழ்-செய்திகள்
            ข่าวไทย วันนี้                  | ข่าวไทย-วันนี้
            أخبار العالم                   | أخبار-العالم
            مُدَرِّس                        | مُدَرِّس
            חֲדָשׁוֹת היום                   | חֲדָשׁוֹת-היום
            東京 ニュース 2024              | 東京-ニュース-2024
            서울 뉴스                       | 서울-뉴스
            🎉 Election night 🗳️          | election-night
            Новости: Ёлка                  | новости-елка
            می‌خواهم                        | میخواهم
            Café हिन्दी                    | cafe-हिन्दी
            """)
    void makesLowerCaseUrlWordsFromAnyText(String text, String slug) {
        assertEquals(slug, Slugs.slugify(text));
    }

    @Test
    void neverCutsALetterFromItsMarks() {
        String word = "\u0915\u094D\u0937\u093F"; // क्षि: four code points, one syllable
        String slug = Slugs.slugify("\u0905" + word.repeat(30));
        // 3 UTF-8 bytes each: the 200-byte cap falls after 66 code points, inside the 17th syllable
        assertEquals("\u0905" + word.repeat(16), slug);
    }

    @Test
    void acceptsExplicitSlugsInOtherScripts() {
        assertEquals(Optional.empty(), Slugs.problemWith("हिन्दी-समाचार"));
        assertEquals(Optional.empty(), Slugs.problemWith("ข่าวไทย"));
    }

    @Test
    void givesNothingForTextWithoutLettersOrDigits() {
        assertEquals("", Slugs.slugify("🎉🗳️"));
        assertEquals("", Slugs.slugify("!!! --- ???"));
        assertEquals("", Slugs.slugify(""));
    }

    @Test
    void cutsLongSlugsAtAWordBoundary() {
        String slug = Slugs.slugify("word ".repeat(40));
        assertEquals("word-".repeat(15) + "word", slug);
        assertTrue(slug.length() <= Slugs.MAX_GENERATED_LENGTH);
    }

    @Test
    void cutsOnCodePointsNeverInsideASurrogatePair() {
        String ideograph = "\uD840\uDC00";
        String slug = Slugs.slugify(ideograph.repeat(100));
        // four UTF-8 bytes each, so the byte cap (200) stops it before the length cap (80 code points)
        assertEquals(Slugs.MAX_BYTES / 4, slug.codePointCount(0, slug.length()));
        assertEquals(ideograph.repeat(Slugs.MAX_BYTES / 4), slug);
    }

    @Test
    void acceptsOneSafePathSegment() {
        assertEquals(Optional.empty(), Slugs.problemWith("polls-close_2024.v2"));
        assertEquals(Optional.empty(), Slugs.problemWith("zoë"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a/b", "..", "a..b", ".hidden", "-dash", "with space", "a\\b", "semi;colon", "zoe\u0308"})
    void refusesWhatIsNotOneSafeSegment(String slug) {
        assertEquals(Optional.of("may hold only letters, digits, `-`, `_` and `.`, starting with a letter or digit"
                + " and not ending with `.`"),
                Slugs.problemWith(slug));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"con", "CON", "nul.html", "com1", "Lpt9.txt", "aux"})
    void refusesReservedWindowsNames(String slug) {
        assertEquals(Optional.of("is a reserved file name on Windows"), Slugs.problemWith(slug));
    }

    @Test
    void refusesEmptyAndOverlongSlugs() {
        assertEquals(Optional.of("is empty"), Slugs.problemWith(""));
        assertEquals(Optional.empty(), Slugs.problemWith("a".repeat(Slugs.MAX_BYTES)));
        assertEquals(Optional.of("is longer than 200 bytes"), Slugs.problemWith("a".repeat(Slugs.MAX_BYTES + 1)));
        assertEquals(Optional.of("is longer than 200 bytes"), Slugs.problemWith("ö".repeat(101)));
    }

    @Test
    void generatedSlugsAreAlwaysSafe() {
        for (String text : new String[] {"Zoë Ångström", "a..b", "../../etc/passwd", "İstanbul", "x".repeat(300)}) {
            String slug = Slugs.slugify(text);
            assertEquals(Optional.empty(), Slugs.problemWith(slug), slug);
        }
    }

    /** ASCII names take a shortcut past Unicode normalisation: it must give what the general way gives, for every character. */
    @Test
    void asciiTextGetsTheSlugOfTheGeneralWay() {
        java.util.Random random = new java.util.Random(8);
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c).append("x ");
        }
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(every.toString(),
                "Rock & Roll", "Don't Panic", "  --Hello, World!--  ", "C++ & C#", "ISTANBUL", "a'b", "&", "'",
                "word ".repeat(40), "x".repeat(90)));
        for (int i = 0; i < 2000; i++) {
            char[] text = new char[random.nextInt(100)];
            for (int j = 0; j < text.length; j++) {
                text[j] = (char) random.nextInt(0x80);
            }
            texts.add(new String(text));
        }
        for (String text : texts) {
            assertEquals(Slugs.anySlug(text), Slugs.slugify(text), text);
        }
        assertEquals("rock-and-roll", Slugs.slugify("Rock & Roll"));
        assertEquals("dont-panic", Slugs.slugify("Don't Panic"));
    }

    @ParameterizedTest
    @CsvSource({"0x61, 1", "0x7F, 1", "0x80, 2", "0xE9, 2", "0x7FF, 2", "0x800, 3", "0x20AC, 3", "0xD800, 1",
        "0xDFFF, 1", "0xFFFF, 3", "0x10000, 4", "0x1F600, 4", "0x10FFFF, 4"})
    void countsTheUtf8BytesOfACodePointAsStringGetBytesWritesIt(String codePoint, int bytes) {
        int cp = Integer.decode(codePoint);
        assertEquals(bytes, Slugs.utf8Length(cp));
        assertEquals(bytes, new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
}
