package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Every command's help and a few usage errors, written out in full as the annotated commands printed
 * them: the specs are made in code now ({@link Specs}), and their text, the options' order and labels,
 * and the suggestions for a misspelt name must not drift.
 */
class HelpTextTest {

    private static final String TOP = """
            Usage: dateline [-hV] [COMMAND]
            Builds a news site from Markdown articles with YAML front matter.
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.
            Commands:
              build   Renders the site in --source into --output.
              serve   Builds the site in --source, serves it at http://127.0.0.1:8080/, and
                        rebuilds and reloads open pages whenever a file of the site
                        changes. Stop with Ctrl+C.
              check   Checks links, images and editorial rules; writes nothing.
              new     Starts an article as a draft and prints its path.
              import  Imports saved HTML pages and WordPress exports.
              help    Display help information about the specified command.

            Examples:
              dateline build --source mysite
              dateline new "Polls close" --section World --source mysite
              dateline serve --source mysite
              dateline check --source mysite --strict
              dateline import wordpress-export.xml --source mysite --dry-run
              dateline help build
            """;

    private static final String BUILD = """
            Usage: dateline build [-hqvV] [--drafts] [--future] [--next-publish]
                                  [--no-cache] [--base-url=URL] [--cache-dir=DIR]
                                  [--output=DIR] [--source=DIR]
            Renders the site in --source into --output.
                  --base-url=URL    Override base_url from site.yaml, e.g. for a preview
                                      deploy.
                  --cache-dir=DIR   Where to keep the build cache (default: .dateline-cache
                                      in the site folder). CI may keep this folder between
                                      runs.
                  --drafts          Include articles marked draft: true.
                  --future          Include articles dated in the future.
              -h, --help            Show this help message and exit.
                  --next-publish    After building, print only the next moment a rebuild
                                      changes the site (a scheduled article's date or an
                                      expiry), as an ISO 8601 instant, to stdout.
                  --no-cache        Neither read nor write the build cache: parse and
                                      render everything (wins over --cache-dir).
                  --output=DIR      Where to write the site (default: target/site in the
                                      site folder).
              -q, --quiet           Print errors only.
                  --source=DIR      The site folder (default: the current folder).
              -v, --verbose         Also show stage timings, skipped articles, every error
                                      past the first 50, and the stack trace behind an
                                      error that came from an exception.
              -V, --version         Print version information and exit.

            Example:
              dateline build --source mysite --output public --base-url https://news.
            example.org/
              Builds mysite/ into public/; errors show the file, line and column with the
            source line.
            """;

    private static final String SERVE = """
            Usage: dateline serve [-hqvV] [--drafts] [--future] [--no-cache]
                                  [--base-url=URL] [--bind=ADDRESS] [--cache-dir=DIR]
                                  [--port=PORT] [--source=DIR]
            Builds the site in --source, serves it at http://127.0.0.1:8080/, and rebuilds
            and reloads open pages whenever a file of the site changes. Stop with Ctrl+C.
                  --base-url=URL    Override base_url from site.yaml; its path is where the
                                      site is served (https://example.org/paper/ serves it
                                      at /paper/).
                  --bind=ADDRESS    The address to listen on (default: 127.0.0.1, this
                                      machine only). 0.0.0.0 lets every machine that can
                                      reach this one read the site.
                  --cache-dir=DIR   Where to keep the build cache (default: .dateline-cache
                                      in the site folder). CI may keep this folder between
                                      runs.
                  --drafts          Include articles marked draft: true.
                  --future          Include articles dated in the future.
              -h, --help            Show this help message and exit.
                  --no-cache        Neither read nor write the build cache: parse and
                                      render everything (wins over --cache-dir).
                  --port=PORT       The port to listen on (default: 8080; 0 picks a free
                                      one).
              -q, --quiet           Print errors only.
                  --source=DIR      The site folder (default: the current folder).
              -v, --verbose         Also show stage timings and skipped articles.
              -V, --version         Print version information and exit.

            Example:
              dateline serve --source mysite --drafts --port 8000
            """;

    private static final String CHECK = """
            Usage: dateline check [-hqvV] [--drafts] [--future] [--strict] [--source=DIR]
            Checks links, images and editorial rules; writes nothing.
            Builds the site in memory without touching the output folder and reports broken
            internal links, #fragments and images, and editorial problems, one per FILE:
            LINE:COLUMN: LEVEL: MESSAGE. Exit 1 on any error, 0 with warnings only.
            External links are counted, never fetched.
                  --drafts       Check articles marked draft: true too.
                  --future       Check articles dated in the future too.
              -h, --help         Show this help message and exit.
              -q, --quiet        Print errors only.
                  --source=DIR   The site folder (default: the current folder).
                  --strict       Treat warnings as errors (exit 1 on any).
              -v, --verbose      Also show stage timings.
              -V, --version      Print version information and exit.

            Example:
              dateline check --source mysite --strict
              content/world/polls.md:9:24: error: link "/world/nope/" goes nowhere: ...
            """;

    private static final String NEW = """
            Usage: dateline new [-hqV] [--section=S] [--source=DIR] [--author=A]...
                                [--tag=T]... HEADLINE
            Starts an article as a draft and prints its path.
            Creates content/<section>/<slug>.md with complete front matter and draft: true,
            dated now in the site's time zone, and prints its path. Never overwrites a file.
                  HEADLINE       The article's title; the file name is its slug.
                  --author=A     An author; repeat for several.
              -h, --help         Show this help message and exit.
              -q, --quiet        Print errors only (the path is still printed on stdout).
                  --section=S    The section, e.g. World (default: none).
                  --source=DIR   The site folder (default: the current folder).
                  --tag=T        A tag; repeat for several.
              -V, --version      Print version information and exit.

            Example:
              dateline new "Polls close" --section World --author "Ana Ruiz" --tag vote
              prints content/world/polls-close.md; to open it at once:
              $EDITOR "$(dateline new "Polls close" --section World)"
            """;

    private static final String IMPORT = """
            Usage: dateline import [-hqV] [--dry-run] [--section=S] [--source=DIR] PATH...
            Imports saved HTML pages and WordPress exports.
            Imports saved HTML pages (files or folders) and WordPress export files (WXR .
            xml) into new Markdown articles under content/, and standalone pages under
            content/pages/. Never uses the network, never overwrites a file; prints each
            new file's path on stdout and a summary on stderr.
                  PATH...        Saved .html pages, folders of them, or WordPress export .
                                   xml files.
                  --dry-run      Report what would be imported; write nothing.
              -h, --help         Show this help message and exit.
              -q, --quiet        Print errors only.
                  --section=S    Put every imported article in this section (default: from
                                   the page's metadata or the post's first category).
                  --source=DIR   The site folder (default: the current folder).
              -V, --version      Print version information and exit.

            Examples:
              dateline import wordpress-export.xml --source mysite --dry-run
              dateline import saved-pages/ --section World --source mysite
            """;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static void assertHelp(String expected, String... args) {
        assertEquals(new CommandRun(ExitCode.OK, expected, ""), run(args));
    }

    private static void assertUsageError(String expected, String... args) {
        assertEquals(new CommandRun(ExitCode.USAGE, "", expected), run(args));
    }

    @Test
    void theTopCommandsHelp() {
        assertHelp(TOP, "--help");
    }

    @Test
    void buildsHelp() {
        assertHelp(BUILD, "build", "--help");
    }

    @Test
    void servesHelp() {
        assertHelp(SERVE, "serve", "--help");
    }

    @Test
    void checksHelp() {
        assertHelp(CHECK, "check", "--help");
    }

    @Test
    void newsHelp() {
        assertHelp(NEW, "new", "--help");
    }

    @Test
    void importsHelp() {
        assertHelp(IMPORT, "import", "--help");
    }

    @Test
    void helpBuildPrintsBuildsHelp() {
        assertHelp(BUILD, "help", "build");
    }

    @Test
    void helpHelpPrintsTheHelpCommandsHelp() {
        assertHelp("""
            Display help information about the specified command.

            Usage: dateline help [-h] [COMMAND]

            When no COMMAND is given, the usage help for the main command is displayed.
            If a COMMAND is specified, the help for that command is shown.

                  [COMMAND]   The COMMAND to display the usage help message for.
              -h, --help      Show usage help for the help command and exit.
            """, "help", "help");
    }

    @Test
    void helpAloneIsTheTopCommandsHelp() {
        assertHelp(TOP, "help");
    }

    @Test
    void helpOfAnUnknownCommandIsAUsageError() {
        assertUsageError("Unknown subcommand 'nope'.\n" + TOP, "help", "nope");
    }

    @Test
    void aMisspeltCommandGetsASuggestion() {
        assertUsageError("""
            Unmatched argument at index 0: 'bulid'
            Did you mean: dateline build?
            """, "bulid");
    }

    @Test
    void aMisspeltOptionGetsASuggestion() {
        assertUsageError("""
            Unknown options: '--sourc', 'x'
            Possible solutions: --source
            """, "build", "--sourc", "x");
    }

    @Test
    void aMisspeltOptionCanGetTwoSuggestions() {
        assertUsageError("""
            Unknown option: '--verbos'
            Possible solutions: --verbose, --version
            """, "build", "--verbos");
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        assertUsageError("Missing required parameter for option '--source' (DIR)\n" + BUILD, "build", "--source");
    }

    @Test
    void aFlagGivenTwiceIsAUsageError() {
        assertUsageError("option '--drafts' should be specified only once\n" + BUILD, "build", "--drafts", "--drafts");
    }

    @Test
    void aPortThatIsNoNumberIsAUsageError() {
        assertUsageError("Invalid value for option '--port': 'abc' is not an int\n" + SERVE, "serve", "--port", "abc");
    }

    @Test
    void aMissingHeadlineIsAUsageError() {
        assertUsageError("Missing required parameter: 'HEADLINE'\n" + NEW, "new");
    }

    @Test
    void aMissingPathIsAUsageError() {
        assertUsageError("Missing required parameter: 'PATH'\n" + IMPORT, "import");
    }
}
